using System;
using System.Text;
using NodaTime;
using Timelines.Text;

namespace Timelines;

/// <summary>
/// One EDTF date as a source gave it: a year, season, month, day or second, possibly with unspecified digits
/// (<c>201X</c>, <c>2022-XX</c>) and a qualifier (<c>?</c>, <c>~</c>, <c>%</c>).
/// </summary>
/// <remarks>
/// <para>
/// An <see cref="EdtfDate"/> never invents precision: <c>2022-02</c> is "some time in February 2022", and its
/// <see cref="FirstDay"/> and <see cref="LastDay"/> say which days it could be, not that it covers them.
/// Years use astronomical numbering (year 0 is 1 BC) within NodaTime's ISO range, -9998 to 9999.
/// </para>
/// <para>
/// A date-time (<see cref="EdtfPrecision.Second"/>) names one second. With <c>Z</c> or an offset it is a point on
/// the global time line; without one it is a local date-time that needs a time zone to become an instant.
/// </para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class EdtfDate : IEquatable<EdtfDate>
{
    private const int Unspecified = -1; // A month or day written as XX.
    private const int NoTime = -1;
    private const int NoOffset = int.MinValue;

    // Packed into 24 bytes (40 with the object header), as a timeline holds one or two dates per event (issue 16):
    // a year fits 16 bits, the rest a byte each; a time of day is whole seconds (EDTF has no fractions) and an
    // offset is whole seconds too (NodaTime's own unit).
    private readonly short year;
    private readonly byte unspecifiedYearDigits;
    private readonly sbyte month;     // 0: none; -1: XX; 1-12: month; 21-24: season.
    private readonly sbyte day;       // 0: none; -1: XX; 1-31: day.
    private readonly byte qualifier;
    private readonly byte precision;
    private readonly int secondOfDay; // NoTime for a date.
    private readonly int offsetSeconds; // NoOffset for a date or a local date-time.
    private readonly LocalDate firstDay;
    private readonly LocalDate lastDay;

    private EdtfDate(
        int year,
        int unspecifiedYearDigits,
        int month,
        int day,
        LocalTime? timeOfDay,
        Offset? offset,
        EdtfQualifier qualifier)
    {
        this.year = (short)year;
        this.unspecifiedYearDigits = (byte)unspecifiedYearDigits;
        this.month = (sbyte)month;
        this.day = (sbyte)day;
        secondOfDay = timeOfDay is { } time ? (time.Hour * 3600) + (time.Minute * 60) + time.Second : NoTime;
        offsetSeconds = offset is { } o ? o.Seconds : NoOffset;
        this.qualifier = (byte)qualifier;
        precision = (byte)(timeOfDay.HasValue ? EdtfPrecision.Second
            : day != 0 ? EdtfPrecision.Day
            : month >= 21 ? EdtfPrecision.Season
            : month != 0 ? EdtfPrecision.Month
            : EdtfPrecision.Year);
        (firstDay, lastDay) = ComputeDays();
    }

    /// <summary>
    /// Gets the year in astronomical numbering. Where the year has unspecified digits they read as zero here:
    /// <c>201X</c> gives 2010 and <c>-1XXX</c> gives -1000; see <see cref="UnspecifiedYearDigits"/>.
    /// </summary>
    public int Year => year;

    /// <summary>Gets how many trailing digits of the year are unspecified (<c>X</c>): 0 to 4.</summary>
    public int UnspecifiedYearDigits => unspecifiedYearDigits;

    /// <summary>Gets the month (1 to 12), or <see langword="null"/> for a year, a season, or an unspecified month (<c>XX</c>).</summary>
    public int? Month => month is >= 1 and <= 12 ? month : null;

    /// <summary>Gets a value indicating whether the month is written but unspecified (<c>2022-XX</c>).</summary>
    public bool IsUnspecified => month == Unspecified;

    /// <summary>Gets the season, or <see langword="null"/> if this date is not a season.</summary>
    public EdtfSeason? Season => month >= 21 ? (EdtfSeason)month : null;

    /// <summary>Gets the day of the month, or <see langword="null"/> if no day is given or it is unspecified (<c>XX</c>).</summary>
    public int? Day => day > 0 ? day : null;

    /// <summary>Gets a value indicating whether the day is written but unspecified (<c>2022-02-XX</c>).</summary>
    public bool IsDayUnspecified => day == Unspecified;

    /// <summary>Gets the time of day for a date-time, or <see langword="null"/> for a date.</summary>
    public LocalTime? TimeOfDay => secondOfDay == NoTime ? null : new LocalTime(secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);

    /// <summary>
    /// Gets the UTC offset of a date-time (<see cref="NodaTime.Offset.Zero"/> for <c>Z</c>), or <see langword="null"/>
    /// for a date, or for a local date-time written without an offset.
    /// </summary>
    public Offset? Offset => offsetSeconds == NoOffset ? null : NodaTime.Offset.FromSeconds(offsetSeconds);

    /// <summary>Gets the finest unit the date was given in.</summary>
    public EdtfPrecision Precision => (EdtfPrecision)precision;

    /// <summary>Gets the qualifier attached to the date.</summary>
    public EdtfQualifier Qualifier => (EdtfQualifier)qualifier;

    /// <summary>Gets a value indicating whether the date is marked uncertain (<c>?</c> or <c>%</c>).</summary>
    public bool IsUncertain => (Qualifier & EdtfQualifier.Uncertain) != 0;

    /// <summary>Gets a value indicating whether the date is marked approximate (<c>~</c> or <c>%</c>).</summary>
    public bool IsApproximate => (Qualifier & EdtfQualifier.Approximate) != 0;

    /// <summary>Gets a value indicating whether any digit of the date is unspecified (<c>X</c>).</summary>
    public bool HasUnspecifiedDigits => UnspecifiedYearDigits > 0 || month == Unspecified || day == Unspecified;

    /// <summary>
    /// Gets the earliest calendar day this date could be. For a date-time it is the date as written, in its own
    /// offset or local time.
    /// </summary>
    public LocalDate FirstDay => firstDay;

    /// <summary>Gets the latest calendar day this date could be.</summary>
    public LocalDate LastDay => lastDay;

    /// <summary>Gets the date-time for a date-time with an offset, or <see langword="null"/> otherwise.</summary>
    public OffsetDateTime? OffsetDateTime => TimeOfDay is { } time && Offset is { } offset
        ? FirstDay.At(time).WithOffset(offset)
        : null;

    /// <summary>Gets the local date-time for a date-time (with or without offset), or <see langword="null"/> for a date.</summary>
    public LocalDateTime? LocalDateTime => TimeOfDay is { } time ? FirstDay.At(time) : null;

    /// <summary>Creates a year-precision date such as <c>2022</c> or <c>1984?</c>.</summary>
    /// <param name="year">The year, in astronomical numbering, from -9998 to 9999.</param>
    /// <param name="qualifier">The qualifier to attach.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside -9998 to 9999.</exception>
    public static EdtfDate ForYear(int year, EdtfQualifier qualifier = EdtfQualifier.None)
    {
        CheckYear(year, nameof(year));
        return new EdtfDate(year, 0, 0, 0, null, null, CheckQualifier(qualifier));
    }

    /// <summary>Creates a month-precision date such as <c>2022-02</c>.</summary>
    /// <param name="year">The year, in astronomical numbering, from -9998 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="qualifier">The qualifier to attach.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static EdtfDate ForMonth(int year, int month, EdtfQualifier qualifier = EdtfQualifier.None)
    {
        CheckYear(year, nameof(year));
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, RuleMessages.MonthOutOfRange);
        }

        return new EdtfDate(year, 0, month, 0, null, null, CheckQualifier(qualifier));
    }

    /// <summary>Creates a season such as <c>2022-21</c> (spring 2022); see <see cref="EdtfSeason"/> for the months it covers.</summary>
    /// <param name="year">The year, in astronomical numbering, from -9998 to 9999 (9998 for winter, which ends in the next year).</param>
    /// <param name="season">The season.</param>
    /// <param name="qualifier">The qualifier to attach.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or season is out of range.</exception>
    public static EdtfDate ForSeason(int year, EdtfSeason season, EdtfQualifier qualifier = EdtfQualifier.None)
    {
        CheckYear(year, nameof(year));
        if (season is < EdtfSeason.Spring or > EdtfSeason.Winter)
        {
            throw new ArgumentOutOfRangeException(nameof(season), season, RuleMessages.SeasonOutOfRange);
        }

        if (season == EdtfSeason.Winter && year == MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, RuleMessages.LastWinter);
        }

        return new EdtfDate(year, 0, (int)season, 0, null, null, CheckQualifier(qualifier));
    }

    /// <summary>Creates a day-precision date such as <c>2022-02-24</c>.</summary>
    /// <param name="date">The day. Only the ISO calendar is supported.</param>
    /// <param name="qualifier">The qualifier to attach.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static EdtfDate ForDay(LocalDate date, EdtfQualifier qualifier = EdtfQualifier.None)
    {
        CheckCalendar(date.Calendar, nameof(date));
        return new EdtfDate(date.Year, 0, date.Month, date.Day, null, null, CheckQualifier(qualifier));
    }

    /// <summary>Creates a date-time with an offset, such as <c>2022-02-24T04:00:00+02:00</c>.</summary>
    /// <param name="dateTime">The date-time. It must be a whole second in the ISO calendar: EDTF has no fractions of a second.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateTime"/> has a fraction of a second, or is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dateTime"/> is outside NodaTime's instant range (only possible in the first or last day of the years it supports).</exception>
    public static EdtfDate ForDateTime(OffsetDateTime dateTime)
    {
        CheckCalendar(dateTime.Calendar, nameof(dateTime));
        CheckWholeSecond(dateTime.TimeOfDay, nameof(dateTime));
        if (!IsInstantInRange(dateTime.LocalDateTime, dateTime.Offset))
        {
            throw new ArgumentOutOfRangeException(nameof(dateTime), dateTime, RuleMessages.DateTimeOutOfRange);
        }

        return new EdtfDate(dateTime.Year, 0, dateTime.Month, dateTime.Day, dateTime.TimeOfDay, dateTime.Offset, EdtfQualifier.None);
    }

    /// <summary>Creates a local date-time with no offset, such as <c>1985-04-12T23:20:30</c>.</summary>
    /// <param name="dateTime">The date-time. It must be a whole second in the ISO calendar.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateTime"/> has a fraction of a second, or is not in the ISO calendar.</exception>
    public static EdtfDate ForDateTime(LocalDateTime dateTime)
    {
        CheckCalendar(dateTime.Calendar, nameof(dateTime));
        CheckWholeSecond(dateTime.TimeOfDay, nameof(dateTime));
        return new EdtfDate(dateTime.Year, 0, dateTime.Month, dateTime.Day, dateTime.TimeOfDay, null, EdtfQualifier.None);
    }

    /// <summary>Creates a UTC date-time (written with <c>Z</c>) for an instant.</summary>
    /// <param name="instant">The instant. It must be a whole second.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="instant"/> has a fraction of a second.</exception>
    public static EdtfDate ForInstant(Instant instant) => ForDateTime(instant.WithOffset(NodaTime.Offset.Zero));

    /// <summary>
    /// Parses one EDTF date (not an interval), accepting the pre-2019 syntax as well; see <see cref="EdtfPattern.Lenient"/>.
    /// </summary>
    /// <param name="text">The text to parse, such as <c>2022-02</c> or <c>1984~</c>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="EdtfParseException">The text is not an EDTF date; the message says what is wrong and where.</exception>
    public static EdtfDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EdtfParser.ParseDate(text, lenient: true).GetValueOrThrow();
    }

    /// <summary>Returns a copy of this date with another qualifier.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The qualified date.</returns>
    /// <exception cref="ArgumentException">The date is a date-time, which EDTF does not let one qualify.</exception>
    public EdtfDate WithQualifier(EdtfQualifier qualifier)
    {
        if (qualifier == Qualifier)
        {
            return this;
        }

        if (TimeOfDay.HasValue && qualifier != EdtfQualifier.None)
        {
            throw new ArgumentException(RuleMessages.DateTimeWithQualifier, nameof(qualifier));
        }

        return new EdtfDate(Year, UnspecifiedYearDigits, month, day, TimeOfDay, Offset, CheckQualifier(qualifier));
    }

    /// <summary>Formats this date in the EDTF 2019 syntax, such as <c>2022-02~</c>. Parsing the result gives an equal date.</summary>
    /// <returns>The EDTF text.</returns>
    public override string ToString()
    {
        // One home for the syntax: the UTF-8 formatter the JSON writer uses (EDTF text is ASCII).
        Span<byte> text = stackalloc byte[EdtfUtf8Formatter.MaxLength];
        return Encoding.ASCII.GetString(text[..EdtfUtf8Formatter.Format(this, text)]);
    }

    /// <inheritdoc />
    public bool Equals(EdtfDate? other) =>
        other is not null
        && Year == other.Year
        && UnspecifiedYearDigits == other.UnspecifiedYearDigits
        && month == other.month
        && day == other.day
        && secondOfDay == other.secondOfDay
        && offsetSeconds == other.offsetSeconds
        && qualifier == other.qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EdtfDate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, UnspecifiedYearDigits, month, day, TimeOfDay, Offset, Qualifier);

    /// <summary>Compares two dates for equality of every field, including qualifier and offset.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if the dates are equal.</returns>
    public static bool operator ==(EdtfDate? left, EdtfDate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if the dates differ.</returns>
    public static bool operator !=(EdtfDate? left, EdtfDate? right) => !(left == right);

    internal const int MinYear = -9998;
    internal const int MaxYear = 9999;

    /// <summary>
    /// Is a local date-time at an offset an instant NodaTime can represent? Not always on the first and last days of
    /// the range: -9998-01-01T00:00:00+01:00 is before <see cref="Instant.MinValue"/>.
    /// </summary>
    internal static bool IsInstantInRange(LocalDateTime local, Offset offset)
    {
        var ticks = local.InUtc().ToInstant().ToUnixTimeTicks() - offset.Ticks;
        return ticks >= Instant.MinValue.ToUnixTimeTicks() && ticks <= Instant.MaxValue.ToUnixTimeTicks();
    }

    /// <summary>Creates a date from parsed parts that the parser has already checked.</summary>
    internal static EdtfDate FromParts(
        int year,
        int unspecifiedYearDigits,
        int month,
        int day,
        LocalTime? timeOfDay,
        Offset? offset,
        EdtfQualifier qualifier) =>
        new(year, unspecifiedYearDigits, month, day, timeOfDay, offset, qualifier);

    /// <summary>The lowest and highest years the written year could be, given its unspecified digits.</summary>
    internal static (int Low, int High) YearRange(int year, int unspecifiedYearDigits)
    {
        var span = Pow10(unspecifiedYearDigits) - 1;
        return year < 0 ? (year - span, year) : (year, year + span);
    }

    private (LocalDate First, LocalDate Last) ComputeDays()
    {
        var (low, high) = YearRange(Year, UnspecifiedYearDigits);
        if (day > 0)
        {
            var date = new LocalDate(Year, month, day);
            return (date, date);
        }

        if (month is >= 1 and <= 12)
        {
            // Not "first of the next month minus a day", which overflows NodaTime's range for 9999-12.
            var first = new LocalDate(low, month, 1);
            var last = new LocalDate(high, month, CalendarSystem.Iso.GetDaysInMonth(high, month));
            return (first, last);
        }

        if (month >= 21)
        {
            var startMonth = 3 * (month - 21) + 3;
            var first = new LocalDate(low, startMonth, 1);
            var last = new LocalDate(high, startMonth, 1).PlusMonths(3).PlusDays(-1);
            return (first, last);
        }

        return (new LocalDate(low, 1, 1), new LocalDate(high, 12, 31));
    }

    private static int Pow10(int exponent)
    {
        var result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static void CheckYear(int year, string parameterName)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameterName, year, RuleMessages.YearOutOfRange);
        }
    }

    private static EdtfQualifier CheckQualifier(EdtfQualifier qualifier) =>
        qualifier is >= EdtfQualifier.None and <= EdtfQualifier.UncertainAndApproximate
            ? qualifier
            : throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, RuleMessages.UnknownQualifier);

    private static void CheckCalendar(CalendarSystem calendar, string parameterName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(RuleMessages.NotIsoCalendar, parameterName);
        }
    }

    private static void CheckWholeSecond(LocalTime time, string parameterName)
    {
        if (time.NanosecondOfSecond != 0)
        {
            throw new ArgumentException(RuleMessages.NotWholeSeconds, parameterName);
        }
    }
}
