using System.Globalization;
using NodaTime;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>
/// A TimelineJS3 date object: a year and, optionally, month, day, hour, minute and second. Which fields are present
/// is its precision, so <c>{ year: 2022, month: 2 }</c> is February 2022, never its first day.
/// </summary>
internal readonly record struct SlideDate(int Year, int? Month = null, int? Day = null, int? Hour = null, int? Minute = null, int? Second = null)
{
    public static SlideDate ForDay(LocalDate day) => new(day.Year, day.Month, day.Day);

    public static SlideDate ForDateTime(LocalDateTime time) => new(time.Year, time.Month, time.Day, time.Hour, time.Minute, time.Second);

    public bool HasTime => Hour.HasValue;

    public bool IsDay => Day.HasValue && !Hour.HasValue;

    public LocalDate? AsDay => Day is { } day && Month is { } month ? new LocalDate(Year, month, day) : null;

    /// <summary>The EDTF text of this date as written, without qualifier: <c>2022-02</c>, <c>2022-02-24T04:00:00</c>.</summary>
    public string ToEdtf()
    {
        var year = Year < 0
            ? "-" + (-Year).ToString("0000", CultureInfo.InvariantCulture)
            : Year.ToString("0000", CultureInfo.InvariantCulture);
        if (Month is not { } month)
        {
            return year;
        }

        if (Day is not { } day)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}");
        }

        return Hour is { } hour
            ? string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-{day:00}T{hour:00}:{Minute ?? 0:00}:{Second ?? 0:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-{day:00}");
    }

    /// <summary>The time of day as the spreadsheet template writes it: <c>14:30</c>, or <c>14:30:05</c> with seconds.</summary>
    public string? TimeText => Hour is { } hour
        ? (Second ?? 0) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{Minute ?? 0:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{Minute ?? 0:00}:{Second:00}")
        : null;

    /// <summary>Checks the fields against the calendar; null when they make a date, otherwise what is wrong and which field.</summary>
    public (string Field, string Message)? Check()
    {
        if (Year is < -9998 or > 9999)
        {
            return ("year", Reading.FormatMessages.OutOfRange("year", Year.ToString(CultureInfo.InvariantCulture), "from -9998 to 9999"));
        }

        if (Month is { } month && month is < 1 or > 12)
        {
            return ("month", Reading.FormatMessages.OutOfRange("month", month.ToString(CultureInfo.InvariantCulture), "from 1 to 12"));
        }

        if (Day is { } day && (Month is null || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(Year, Month.Value)))
        {
            return Month is null
                ? ("day", Reading.FormatMessages.NeedsPart("day", "month"))
                : ("day", Reading.FormatMessages.OutOfRange("day", day.ToString(CultureInfo.InvariantCulture), $"a day of {Year}-{Month:00}"));
        }

        if ((Hour ?? Minute ?? Second) is not null && Day is null)
        {
            return ("hour", Reading.FormatMessages.NeedsPart("time", "day"));
        }

        if (Hour is { } hour && hour is < 0 or > 23)
        {
            return ("hour", Reading.FormatMessages.OutOfRange("hour", hour.ToString(CultureInfo.InvariantCulture), "from 0 to 23"));
        }

        if (Minute is { } minute && minute is < 0 or > 59)
        {
            return ("minute", Reading.FormatMessages.OutOfRange("minute", minute.ToString(CultureInfo.InvariantCulture), "from 0 to 59"));
        }

        if (Second is { } second && second is < 0 or > 59)
        {
            return ("second", Reading.FormatMessages.OutOfRange("second", second.ToString(CultureInfo.InvariantCulture), "from 0 to 59"));
        }

        return (Minute ?? Second) is not null && Hour is null ? ("hour", Reading.FormatMessages.NeedsPart("minute or second", "hour")) : null;
    }

    /// <summary>Gives the fields a time of day when only some are present (TimelineJS3 treats a missing minute as 0).</summary>
    public SlideDate Normalized() => Hour.HasValue ? this with { Minute = Minute ?? 0, Second = Second ?? 0 } : this;

    public static bool Equal(SlideDate? a, SlideDate? b) =>
        a.HasValue == b.HasValue && (!a.HasValue || a.Value.Normalized() == b!.Value.Normalized());

    public override string ToString() => ToEdtf();

    /// <summary>The side of an EDTF date this date object stands for.</summary>
    public static SlideDate Side(EdtfDate date, bool first)
    {
        if (date.LocalDateTime is { } local)
        {
            return ForDateTime(local);
        }

        var year = date.UnspecifiedYearDigits > 0 || date.Season is not null
            ? (first ? date.FirstDay.Year : date.LastDay.Year)
            : date.Year;
        return date.Precision switch
        {
            EdtfPrecision.Day when !date.IsDayUnspecified => new SlideDate(year, date.FirstDay.Month, date.FirstDay.Day),
            EdtfPrecision.Day => new SlideDate(year, date.FirstDay.Month),
            EdtfPrecision.Month when !date.IsUnspecified && date.UnspecifiedYearDigits == 0 => new SlideDate(year, date.Month),
            EdtfPrecision.Season => new SlideDate(year, first ? date.FirstDay.Month : date.LastDay.Month),
            _ => new SlideDate(year),
        };
    }

    /// <summary>Whether one date object cannot say the date: a season or a year with unspecified digits needs a start and an end.</summary>
    public static bool Spans(EdtfDate date) => date.Season is not null || (date.UnspecifiedYearDigits > 0 && Side(date, true) != Side(date, false));
}
