using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Timelines.Svg.Layout;

/// <summary>
/// Breaks an event's label, its title followed by its date in words, into lines at spaces: as many words on a
/// line as fit its width and its number of characters. Nothing is ever cut: the date stays on one line whenever
/// it fits one, and only a word too long for any line is broken, between two characters.
/// </summary>
internal static class LabelWrapper
{
    public static ImmutableArray<LabelLine> Wrap(string title, string date, int maxCharacters, double maxWidth, double fontSize)
    {
        bool Fits(string text) => TextMetrics.Width(text, fontSize) <= maxWidth && text.Length <= maxCharacters;

        var words = new List<(string Text, bool IsDate)>();
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add((word, false));
        }

        // The date is one unit, so that "about February – about March 2022" is never split, unless it is too long for any line.
        foreach (var word in Fits(date) ? [date] : date.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add((word, true));
        }

        var lines = ImmutableArray.CreateBuilder<LabelLine>();
        var titlePart = new List<string>();
        var datePart = new List<string>();
        void EndLine(bool breaksWord)
        {
            lines.Add(new LabelLine(string.Join(' ', titlePart), string.Join(' ', datePart), breaksWord));
            titlePart.Clear();
            datePart.Clear();
        }

        foreach (var (word, isDate) in words)
        {
            if (titlePart.Count + datePart.Count > 0 && !Fits(string.Join(' ', [.. titlePart, .. datePart, word])))
            {
                EndLine(breaksWord: false);
            }

            var rest = word;
            while (titlePart.Count + datePart.Count == 0 && !Fits(rest) && Split(rest, Fits) is { } pieces)
            {
                (isDate ? datePart : titlePart).Add(pieces.Head);
                EndLine(breaksWord: true);
                rest = pieces.Tail;
            }

            (isDate ? datePart : titlePart).Add(rest);
        }

        EndLine(breaksWord: false);
        return lines.ToImmutable();
    }

    /// <summary>
    /// Splits a word too long for a line into the longest head that fits (at least one character, so that the
    /// wrapping ends) and the rest, between text elements so a surrogate pair or an accented letter stays whole;
    /// <see langword="null"/> when the word is a single text element.
    /// </summary>
    private static (string Head, string Tail)? Split(string word, Func<string, bool> fits)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        var head = new StringBuilder();
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (head.Length > 0 && !fits(head + element))
            {
                break;
            }

            head.Append(element);
        }

        return head.Length < word.Length ? (head.ToString(), word[head.Length..]) : null;
    }
}
