using System.Globalization;
using System.Text;
using NodaTime;

namespace Timelines.Words;

/// <summary>
/// Says an EDTF value in English words for a reader: "February 2022", "about March 2022", "2022?", "spring 2022",
/// "about February – about March 2022", "since February 2022", "from 1 April 2022, end unknown".
/// </summary>
/// <remarks>
/// <para>
/// One source file compiled into each picture package (Timelines.Svg, Timelines.Html) as an internal type, so
/// that the SVG's labels and the HTML page's details say a date the same way. It is a stopgap: the public
/// formatter of the Timelines.Formats package is meant to replace it, and this file then goes.
/// </para>
/// <para>
/// The words keep the value's precision (a month stays a month) and its qualifiers: <c>?</c> (uncertain) follows
/// the date, <c>~</c> (approximate) puts "about" before it, <c>%</c> does both. Invariant: the same words in every
/// culture.
/// </para>
/// </remarks>
internal static class EdtfWords
{
    /// <summary>Says a value in words.</summary>
    public static string Describe(EdtfValue value)
    {
        if (!value.IsInterval)
        {
            return Date(value.Start.Date, withYear: true);
        }

        var (start, end) = (value.Start, value.End);
        return (start.Kind, end.Kind) switch
        {
            (EdtfEndKind.Date, EdtfEndKind.Open) => "since " + Date(start.Date, withYear: true),
            (EdtfEndKind.Date, EdtfEndKind.Unknown) => "from " + Date(start.Date, withYear: true) + ", end unknown",
            (EdtfEndKind.Open, EdtfEndKind.Date) => "until " + Date(end.Date, withYear: true),
            (EdtfEndKind.Unknown, EdtfEndKind.Date) => "until " + Date(end.Date, withYear: true) + ", start unknown",
            _ => Date(start.Date, withYear: !SameYear(start.Date, end.Date)) + " – " + Date(end.Date, withYear: true),
        };
    }

    /// <summary>Says what a qualifier means, for a legend: "uncertain" or "approximate".</summary>
    public static string Qualifier(EdtfQualifier qualifier) => qualifier switch
    {
        EdtfQualifier.Uncertain => "uncertain",
        EdtfQualifier.Approximate => "approximate",
        EdtfQualifier.UncertainAndApproximate => "uncertain and approximate",
        _ => "exact",
    };

    /// <summary>
    /// Whether the start's year can be left out: both ends are in one year, written in full, and the start is
    /// finer than a year ("February – March 2022", never "– 2022" for "2021/2022").
    /// </summary>
    private static bool SameYear(EdtfDate start, EdtfDate end) =>
        start.Year == end.Year && start.UnspecifiedYearDigits == 0 && end.UnspecifiedYearDigits == 0
        && start.Precision != EdtfPrecision.Year && !start.IsUnspecified;

    private static string Date(EdtfDate date, bool withYear)
    {
        var text = new StringBuilder();
        if (date.IsApproximate)
        {
            text.Append("about ");
        }

        var year = Year(date);
        if (date.IsUnspecified)
        {
            // 2022-XX, 2022-XX-XX: the month is written but unknown, and so is any day within it.
            text.Append(year).Append(date.Precision == EdtfPrecision.Month ? ", month unknown" : ", month and day unknown");
        }
        else if (date.Precision == EdtfPrecision.Year)
        {
            text.Append(year);
        }
        else if (date.Season is { } season)
        {
            text.Append(Season(season));
            AppendYear(text, year, withYear);
        }
        else
        {
            if (date.Day is { } day)
            {
                text.Append(day.ToString(CultureInfo.InvariantCulture)).Append(' ');
            }

            text.Append(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.FirstDay.Month));
            AppendYear(text, year, withYear);
            if (date.IsDayUnspecified)
            {
                text.Append(", day unknown");
            }

            if (date.TimeOfDay is { } time)
            {
                text.Append(", ").Append(time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture));
                if (date.Offset is { } offset)
                {
                    text.Append(offset == Offset.Zero ? " UTC" : " UTC" + offset.ToString("m", CultureInfo.InvariantCulture));
                }
            }
        }

        if (date.IsUncertain)
        {
            text.Append('?');
        }

        return text.ToString();
    }

    private static void AppendYear(StringBuilder text, string year, bool withYear)
    {
        if (withYear)
        {
            text.Append(' ').Append(year);
        }
    }

    /// <summary>
    /// A year: with unspecified digits as a decade, century or millennium ("the 2010s", "the 1900s"); year 0 and
    /// before, in astronomical numbering, as BCE (year 0 is 1 BCE).
    /// </summary>
    private static string Year(EdtfDate date)
    {
        if (date.UnspecifiedYearDigits == 4)
        {
            return "an unknown year";
        }

        if (date.UnspecifiedYearDigits > 0)
        {
            return date.Year > 0
                ? "the " + date.Year.ToString(CultureInfo.InvariantCulture) + "s"
                : "the " + (-(long)date.Year).ToString(CultureInfo.InvariantCulture) + "s BCE";
        }

        return date.Year > 0
            ? date.Year.ToString(CultureInfo.InvariantCulture)
            : (1L - date.Year).ToString(CultureInfo.InvariantCulture) + " BCE";
    }

    private static string Season(EdtfSeason season) => season switch
    {
        EdtfSeason.Spring => "spring",
        EdtfSeason.Summer => "summer",
        EdtfSeason.Autumn => "autumn",
        _ => "winter",
    };

}
