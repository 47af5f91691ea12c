using System;
using System.Globalization;
using System.Text;
using NodaTime;

namespace Timelines.Text;

/// <summary>
/// Says an EDTF value in words, in culture-invariant English, as precisely as it is known and with its qualifier:
/// <c>2022-02</c> is "February 2022", <c>2022-03~</c> "about March 2022", <c>2022?</c> "2022?", and
/// <c>2022-02/..</c> "February 2022 – ongoing (as of 1 May 2025)".
/// </summary>
/// <remarks>
/// <para>
/// The words never claim more than the value says: a month stays a month, a season is named ("spring 2022"), a
/// year with unspecified digits is a range ("2010s", "1900–1999"), and a date-time keeps its offset. Days are
/// written day first ("24 February 2022"); years before 1 AD in astronomical numbering are written with BC (year
/// 0 is "1 BC").
/// </para>
/// <para>
/// This is the one home of a date in words: the SVG labels, the HTML page's details, the TimelineJS3 display dates
/// and the iCalendar summaries all say dates with it, and the TimelineJS3 readers use it to recognise their own
/// display dates, so the same words always mean the same value wherever a reader meets them.
/// </para>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
/// </remarks>
public static class EdtfDisplayFormatter
{
    private const string Dash = " – ";

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Says a value in words.</summary>
    /// <param name="value">The value.</param>
    /// <param name="asOf">
    /// The day ongoing values were last checked, said after "ongoing" (as in "February 2022 – ongoing (as of 1 May
    /// 2025)"); <see langword="null"/> to say only "ongoing".
    /// </param>
    /// <returns>The words, such as "about February – about March 2022".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Format(EdtfValue value, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.IsInterval)
        {
            return Format(value.Start.Date);
        }

        var start = value.Start;
        var end = value.End;
        if (start.Kind == EdtfEndKind.Date && end.Kind == EdtfEndKind.Date
            && (TryCompact(start.Date, end.Date) ?? TryWithoutStartYear(start.Date, end.Date)) is { } compact)
        {
            return compact;
        }

        var endText = end.Kind switch
        {
            EdtfEndKind.Date => Format(end.Date),
            EdtfEndKind.Open => asOf is { } day ? $"ongoing (as of {FormatDay(day)})" : "ongoing",
            _ => "end unknown",
        };
        return start.Kind switch
        {
            EdtfEndKind.Date => Format(start.Date) + Dash + endText,
            EdtfEndKind.Open => "until " + endText,
            _ => "start unknown" + Dash + endText,
        };
    }

    /// <summary>Says one date in words.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The words, such as "24 February 2022", "spring 2022" or "about 1984?".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static string Format(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var text = new StringBuilder(32);
        if (date.IsApproximate)
        {
            text.Append("about ");
        }

        AppendUnqualified(text, date);
        if (date.IsUncertain)
        {
            text.Append('?');
        }

        return text.ToString();
    }

    /// <summary>Says what a qualifier means, for a legend or a tooltip.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>"uncertain" (<c>?</c>), "approximate" (<c>~</c>), "uncertain and approximate" (<c>%</c>) or "exact".</returns>
    public static string Format(EdtfQualifier qualifier) => qualifier switch
    {
        EdtfQualifier.Uncertain => "uncertain",
        EdtfQualifier.Approximate => "approximate",
        EdtfQualifier.UncertainAndApproximate => "uncertain and approximate",
        _ => "exact",
    };

    /// <summary>Says a calendar day in words, day first: "1 May 2025".</summary>
    private static string FormatDay(LocalDate day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day} {MonthNames[day.Month - 1]} {YearText(day.Year)}");

    private static void AppendUnqualified(StringBuilder text, EdtfDate date)
    {
        var year = YearText(date);
        switch (date.Precision)
        {
            case EdtfPrecision.Year:
                text.Append(year);
                break;
            case EdtfPrecision.Season:
                AppendSeason(text, date);
                break;
            case EdtfPrecision.Month when date.IsUnspecified:
                text.Append("some month of ").Append(year);
                break;
            case EdtfPrecision.Month:
                text.Append(MonthNames[date.Month!.Value - 1]).Append(' ').Append(year);
                break;
            case EdtfPrecision.Day when date.IsDayUnspecified:
                text.Append("some day of ").Append(MonthNames[date.FirstDay.Month - 1]).Append(' ').Append(year);
                break;
            case EdtfPrecision.Day:
                text.Append(FormatDay(date.FirstDay));
                break;
            default:
                AppendDateTime(text, date);
                break;
        }
    }

    private static void AppendSeason(StringBuilder text, EdtfDate date)
    {
        var season = date.Season!.Value;
        text.Append(season switch
        {
            EdtfSeason.Spring => "spring ",
            EdtfSeason.Summer => "summer ",
            EdtfSeason.Autumn => "autumn ",
            _ => "winter ",
        });
        text.Append(YearText(date));
        if (season == EdtfSeason.Winter && date.UnspecifiedYearDigits == 0)
        {
            // Winter runs into the next year (EdtfSeason): "winter 2022–2023" says both.
            text.Append('–').Append(YearText(date.Year + 1));
        }
    }

    private static void AppendDateTime(StringBuilder text, EdtfDate date)
    {
        var local = date.LocalDateTime!.Value;
        text.Append(FormatDay(local.Date)).Append(", ");
        var pattern = local.Second == 0 ? "HH':'mm" : "HH':'mm':'ss";
        text.Append(local.TimeOfDay.ToString(pattern, CultureInfo.InvariantCulture));
        if (date.Offset is { } offset)
        {
            text.Append(offset == Offset.Zero
                ? " UTC"
                : " UTC" + offset.ToString("+HH':'mm", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The short forms of an interval whose ends are plain dates of the same precision in the same year:
    /// "February – March 2022", "24 – 28 February 2022", "24 February – 3 March 2022".
    /// </summary>
    private static string? TryCompact(EdtfDate start, EdtfDate end)
    {
        if (start.Qualifier != EdtfQualifier.None || end.Qualifier != EdtfQualifier.None
            || start.HasUnspecifiedDigits || end.HasUnspecifiedDigits
            || start.Precision != end.Precision || start.Year != end.Year)
        {
            return null;
        }

        var year = YearText(start.Year);
        return start.Precision switch
        {
            EdtfPrecision.Month => $"{MonthNames[start.Month!.Value - 1]}{Dash}{MonthNames[end.Month!.Value - 1]} {year}",
            EdtfPrecision.Day when start.Month == end.Month =>
                string.Create(CultureInfo.InvariantCulture, $"{start.Day}{Dash}{end.Day} {MonthNames[end.Month!.Value - 1]} {year}"),
            EdtfPrecision.Day =>
                string.Create(CultureInfo.InvariantCulture, $"{start.Day} {MonthNames[start.Month!.Value - 1]}{Dash}{end.Day} {MonthNames[end.Month!.Value - 1]} {year}"),
            _ => null,
        };
    }

    /// <summary>
    /// The form of an interval of qualified months or days in one year that says the year once, each end keeping its
    /// own qualifier: "about February – about March 2022", "24 February? – 3 March 2022". Never for a year, a season
    /// (winter runs into the next year) or a date with unspecified digits, where leaving the year out would hide what
    /// is known.
    /// </summary>
    private static string? TryWithoutStartYear(EdtfDate start, EdtfDate end)
    {
        if (start.Year != end.Year || start.HasUnspecifiedDigits || end.HasUnspecifiedDigits
            || start.Precision is not (EdtfPrecision.Month or EdtfPrecision.Day)
            || end.Precision is not (EdtfPrecision.Month or EdtfPrecision.Day))
        {
            return null;
        }

        var text = new StringBuilder(48);
        if (start.IsApproximate)
        {
            text.Append("about ");
        }

        if (start.Day is { } day)
        {
            text.Append(day.ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        text.Append(MonthNames[start.Month!.Value - 1]);
        if (start.IsUncertain)
        {
            text.Append('?');
        }

        return text.Append(Dash).Append(Format(end)).ToString();
    }

    /// <summary>The year of a date, with unspecified digits said as a range: "2010s", "1900–1999".</summary>
    private static string YearText(EdtfDate date)
    {
        var digits = date.UnspecifiedYearDigits;
        if (digits == 0)
        {
            return YearText(date.Year);
        }

        // The span of years the digits leave open: 201X is 2010 to 2019, 19XX is 1900 to 1999.
        var width = (int)Math.Pow(10, digits);
        var first = date.FirstDay.Year;
        var last = first + width - 1;
        return digits == 1 && first > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{first}s")
            : $"{YearText(first)}–{YearText(last)}";
    }

    private static string YearText(int year) =>
        year > 0
            ? year.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{1 - year} BC");
}
