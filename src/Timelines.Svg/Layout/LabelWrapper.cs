using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Timelines.Svg.Layout;

/// <summary>
/// Breaks an event's label, its title followed by its date in words, into lines at spaces: as many words on a
/// line as fit its width and its number of characters. Nothing is ever cut: a word wider than a line gets a line
/// of its own and runs over, and the date stays on one line whenever it fits one.
/// </summary>
internal static class LabelWrapper
{
    public static ImmutableArray<LabelLine> Wrap(string title, string date, int maxCharacters, double maxWidth, double fontSize)
    {
        var words = new List<(string Text, bool IsDate)>();
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add((word, false));
        }

        // The date is one unit, so that "about February – about March 2022" is never split, unless it is too long for any line.
        var dateFits = TextMetrics.Width(date, fontSize) <= maxWidth && date.Length <= maxCharacters;
        foreach (var word in dateFits ? [date] : date.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add((word, true));
        }

        var lines = ImmutableArray.CreateBuilder<LabelLine>();
        var titlePart = new List<string>();
        var datePart = new List<string>();
        foreach (var (text, isDate) in words)
        {
            var candidate = string.Join(' ', [.. titlePart, .. datePart, text]);
            var fits = TextMetrics.Width(candidate, fontSize) <= maxWidth && candidate.Length <= maxCharacters;
            if (!fits && titlePart.Count + datePart.Count > 0)
            {
                lines.Add(new LabelLine(string.Join(' ', titlePart), string.Join(' ', datePart)));
                titlePart.Clear();
                datePart.Clear();
            }

            (isDate ? datePart : titlePart).Add(text);
        }

        if (titlePart.Count + datePart.Count > 0)
        {
            lines.Add(new LabelLine(string.Join(' ', titlePart), string.Join(' ', datePart)));
        }

        return lines.ToImmutable();
    }
}
