using System.Collections.Generic;
using System.Text.RegularExpressions;
using NodaTime;
using Timelines.Text;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>
/// The start and end date objects of a slide, both ways: what the writers put for an EDTF value, and what the
/// readers make of the date objects and the display date.
/// </summary>
/// <remarks>
/// TimelineJS3 dates carry precision (which fields are present) but no qualifier, season, unspecified digit or
/// open end. The writers say those in the display date (<see cref="EdtfDisplayFormatter"/>). The readers recognise a
/// display date only by writing: a value is read back as qualified, seasonal or ongoing only if writing that value
/// gives exactly the same date objects and the same display date. Anything else reads as the plain dates.
/// </remarks>
internal static partial class SlideDates
{
    private static readonly string[] Qualifiers = ["", "?", "~", "%"];

    /// <summary>The date objects for a value. An ongoing end is the as-of day (or none without one); other missing ends are left out.</summary>
    public static (SlideDate Start, SlideDate? End) For(EdtfValue when, LocalDate? asOf)
    {
        if (!when.IsInterval)
        {
            var date = when.Start.Date;
            return (SlideDate.Side(date, first: true), SlideDate.Spans(date) ? SlideDate.Side(date, first: false) : null);
        }

        if (when.Start.Kind != EdtfEndKind.Date)
        {
            // "Until March 2022": the one known date is where the slide stands.
            return (SlideDate.Side(when.End.Date, first: true), null);
        }

        var start = SlideDate.Side(when.Start.Date, first: true);
        return when.End.Kind switch
        {
            EdtfEndKind.Date => (start, SlideDate.Side(when.End.Date, first: false)),
            EdtfEndKind.Open when asOf is { } day && day >= when.Start.Date.FirstDay => (start, SlideDate.ForDay(day)),
            _ => (start, null),
        };
    }

    /// <summary>The value the date objects say by themselves, with no qualifier; null (with the reason) when the end is before the start.</summary>
    public static EdtfValue? Plain(SlideDate start, SlideDate? end, out string? problem)
    {
        problem = null;
        var first = EdtfDate.Parse(start.ToEdtf());
        if (end is not { } last)
        {
            return first;
        }

        var text = start.ToEdtf() + "/" + last.ToEdtf();
        if (EdtfValue.TryParse(text, out var value))
        {
            return value;
        }

        problem = $"The end date {last.ToEdtf()} is before the start date {start.ToEdtf()}.";
        return null;
    }

    /// <summary>
    /// The value a slide stands for: the one whose written form gives these date objects and this display date, or
    /// the plain value when none does. Says the as-of day an ongoing value was written with, if any.
    /// </summary>
    public static (EdtfValue Value, LocalDate? AsOf, bool DisplayMatched) Recognise(EdtfValue plain, SlideDate start, SlideDate? end, string? display)
    {
        if (string.IsNullOrWhiteSpace(display) || EdtfDisplayFormatter.Format(plain) == display)
        {
            return (plain, null, true);
        }

        LocalDate?[] asOfs = end is { AsDay: { } endDay } ? [null, endDay] : [null];
        foreach (var candidate in Candidates(start, end, display))
        {
            foreach (var asOf in asOfs)
            {
                if (EdtfDisplayFormatter.Format(candidate, asOf) != display)
                {
                    continue;
                }

                var (writtenStart, writtenEnd) = For(candidate, asOf);
                if (SlideDate.Equal(writtenStart, start) && SlideDate.Equal(writtenEnd, end))
                {
                    return (candidate, candidate.HasOpenEnd ? asOf : null, true);
                }
            }
        }

        return (plain, null, false);
    }

    private static IEnumerable<EdtfValue> Candidates(SlideDate start, SlideDate? end, string display)
    {
        var offsets = Offsets(display);
        var firsts = Sides(start, first: true, offsets);
        foreach (var single in firsts)
        {
            yield return EdtfValue.Parse(single);
        }

        List<string> starts = [.. firsts, "..", ""];
        // With no end object the one date may be either side: "until spring 2022" stands at the start of spring.
        List<string> ends = end is { } last
            ? [.. Sides(last, first: false, offsets), "..", ""]
            : [.. Sides(start, first: false, offsets), .. firsts, "..", ""];
        foreach (var a in starts)
        {
            foreach (var b in ends)
            {
                if (EdtfValue.TryParse(a + "/" + b, out var value))
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>The EDTF dates whose side (first or last) is this date object, as text.</summary>
    private static List<string> Sides(SlideDate date, bool first, List<string> offsets)
    {
        var texts = new List<string>();
        var plain = date.ToEdtf();
        if (date.HasTime)
        {
            texts.Add(plain);
            foreach (var offset in offsets)
            {
                texts.Add(plain + offset);
            }

            return Parseable(texts);
        }

        var bases = new List<string> { plain };
        if (date.Day is null && date.Month is { } month)
        {
            bases.Add(plain + "-XX");
            var season = first
                ? month switch { 3 => (date.Year, 21), 6 => (date.Year, 22), 9 => (date.Year, 23), 12 => (date.Year, 24), _ => ((int, int)?)null }
                : month switch { 5 => (date.Year, 21), 8 => (date.Year, 22), 11 => (date.Year, 23), 2 => (date.Year - 1, 24), _ => ((int, int)?)null };
            if (season is var (year, code))
            {
                bases.Add(new SlideDate(year, code).ToEdtf());
            }
        }
        else if (date.Month is null)
        {
            bases.Add(plain + "-XX");
            var digits = plain.TrimStart('-');
            for (var unspecified = 1; unspecified <= 3 && date.Year >= 0; unspecified++)
            {
                var width = unspecified == 1 ? 10 : unspecified == 2 ? 100 : 1000;
                if ((first ? date.Year % width : (date.Year + 1) % width) == 0)
                {
                    bases.Add(digits[..(4 - unspecified)] + new string('X', unspecified));
                }
            }
        }

        foreach (var text in bases)
        {
            foreach (var qualifier in Qualifiers)
            {
                texts.Add(text + qualifier);
            }
        }

        return Parseable(texts);
    }

    private static List<string> Parseable(List<string> texts) => texts.FindAll(text => EdtfValue.TryParse(text, out _));

    /// <summary>The offsets a display date names ("UTC", "UTC+02:00"), as EDTF writes them ("Z", "+02:00").</summary>
    private static List<string> Offsets(string display)
    {
        var offsets = new List<string>();
        foreach (Match match in OffsetInWords().Matches(display))
        {
            offsets.Add(match.Groups[1].Success ? match.Groups[1].Value : "Z");
        }

        return offsets;
    }

    [GeneratedRegex(@"UTC([+-]\d\d:\d\d)?", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetInWords();
}
