using System;
using CsCheck;
using NodaTime;

namespace Timelines.Tests.Temporal;

/// <summary>CsCheck generators of canonical EDTF values, of precise values, and of values with a refinement.</summary>
internal static class EdtfGenerators
{
    private static readonly LocalDate Origin = new(2022, 2, 20);
    private static readonly Instant OriginInstant = Origin.AtMidnight().InUtc().ToInstant();

    public static readonly Gen<EdtfQualifier> Qualifier = GenValues.OneOf(
        EdtfQualifier.None, EdtfQualifier.Uncertain, EdtfQualifier.Approximate, EdtfQualifier.UncertainAndApproximate);

    /// <summary>Years across the whole range, with extra weight on year zero and on a few recent years.</summary>
    public static readonly Gen<int> AnyYear = Gen.Frequency(
        (3, (IGen<int>)Gen.Int[EdtfDate.MinYear, EdtfDate.MaxYear]),
        (1, GenValues.OneOf(EdtfDate.MinYear, EdtfDate.MaxYear, -1, 0, 1)),
        (1, Gen.Int[-3, 3]),
        (3, Gen.Int[2019, 2023]));

    /// <summary>A few recent years only, so that values meet, overlap and contain each other often.</summary>
    public static readonly Gen<int> NearYear = Gen.Int[2020, 2023];

    public static readonly Gen<EdtfDate> AnyDate = DateIn(AnyYear);

    public static readonly Gen<EdtfValue> AnyValue = ValueIn(AnyDate);

    public static readonly Gen<EdtfValue> NearValue = ValueIn(DateIn(NearYear));

    /// <summary>Days and instants in a short window around 2022-02-20, on a grid coarse enough that ends often tie.</summary>
    public static readonly Gen<EdtfDate> PreciseDate = Gen.Frequency(
        (3, (IGen<EdtfDate>)Gen.Int[0, 6].Select(n => EdtfDate.ForDay(Origin.PlusDays(n)))),
        (3, Gen.Int[0, 28].Select(n => EdtfDate.ForInstant(OriginInstant + Duration.FromHours(6 * n)))),
        (1, Gen.Int[1, 7].Select(n => EdtfDate.ForInstant(OriginInstant + Duration.FromDays(n) - Duration.FromSeconds(1)))),
        (1, from n in Gen.Int[0, 28]
            from hours in Gen.Int[-5, 5]
            select EdtfDate.ForDateTime((OriginInstant + Duration.FromHours(6 * n)).WithOffset(Offset.FromHours(hours)))));

    /// <summary>Values known exactly: a precise date, or an interval between two.</summary>
    public static readonly Gen<EdtfValue> PreciseValue = Gen.Frequency(
        (1, (IGen<EdtfValue>)PreciseDate.Select(EdtfValue.ForDate)),
        (2, from a in PreciseDate from b in PreciseDate select Interval(a, b)));

    /// <summary>A vague value of recent years, and a value of days that lies within it.</summary>
    public static readonly Gen<(EdtfValue Vague, EdtfValue Refined)> Refinement =
        from vague in NearValue
        from pick1 in Gen.Int[0, 1_000_000]
        from pick2 in Gen.Int[0, 1_000_000]
        from shape in Gen.Int[0, 3]
        select (vague, Refine(vague, pick1, pick2, shape));

    public static Gen<EdtfDate> DateIn(Gen<int> year) => Gen.Frequency(
        (2, (IGen<EdtfDate>)(from y in year from q in Qualifier select EdtfDate.ForYear(y, q))),
        (1, from y in year from s in Gen.Int[21, 24] from q in Qualifier select Season(y, (EdtfSeason)s, q)),
        (2, from y in year from m in Gen.Int[1, 12] from q in Qualifier select EdtfDate.ForMonth(y, m, q)),
        (3, from y in year from m in Gen.Int[1, 12] from d in Gen.Int[1, 31] from q in Qualifier select EdtfDate.ForDay(Day(y, m, d), q)),
        (2, from y in year
            from digits in Gen.Int[0, 2]
            from shape in Gen.Int[0, 2]
            from m in Gen.Int[1, 12]
            from q in Qualifier
            select Unspecified(y, digits, shape, m, q)),
        (1, from y in year
            from m in Gen.Int[1, 12]
            from d in Gen.Int[1, 31]
            from second in Gen.Int[0, 86399]
            from quarterHours in Gen.Int[-72, 72]
            select WithOffset(Day(y, m, d).At(LocalTime.FromSecondsSinceMidnight(second)), Offset.FromSeconds(quarterHours * 900))),
        (1, from y in year
            from m in Gen.Int[1, 12]
            from d in Gen.Int[1, 31]
            from second in Gen.Int[0, 86399]
            select EdtfDate.ForDateTime(Day(y, m, d).At(LocalTime.FromSecondsSinceMidnight(second)))));

    public static Gen<EdtfValue> ValueIn(Gen<EdtfDate> date) => Gen.Frequency(
        (2, (IGen<EdtfValue>)date.Select(EdtfValue.ForDate)),
        (3, from a in date from b in date select Interval(a, b)),
        (1, from a in date from kind in Gen.Int[0, 3] select HalfInterval(a, kind)));

    /// <summary>
    /// Is the value an interval between a date-time with an offset and a value without one? Such a value may be
    /// possible in some zones only, so checks that vary the zone leave it out.
    /// </summary>
    public static bool MixesOffsets(EdtfValue value) =>
        value.IsInterval && value.Start.Kind == EdtfEndKind.Date && value.End.Kind == EdtfEndKind.Date
        && value.Start.Date.Offset.HasValue != value.End.Date.Offset.HasValue;

    /// <summary>
    /// An interval between two dates, in whichever order the library accepts; where neither order is accepted (a
    /// local date and an instant too close to be ordered in every zone), the first date alone.
    /// </summary>
    // Level 1 has no unspecified digits in an interval's dates: such a pair gives the first date alone.
    private static EdtfValue Interval(EdtfDate a, EdtfDate b) =>
        EdtfValue.TryCreateInterval(a, b, out _) ?? EdtfValue.TryCreateInterval(b, a, out _) ?? EdtfValue.ForDate(a);

    private static EdtfValue HalfInterval(EdtfDate date, int kind) => date.HasUnspecifiedDigits ? EdtfValue.ForDate(date) : kind switch
    {
        0 => EdtfValue.Interval(date, EdtfEnd.Open),
        1 => EdtfValue.Interval(EdtfEnd.Open, date),
        2 => EdtfValue.Interval(date, EdtfEnd.Unknown),
        _ => EdtfValue.Interval(EdtfEnd.Unknown, date),
    };

    private static LocalDate Day(int year, int month, int day) =>
        new(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    private static EdtfDate Season(int year, EdtfSeason season, EdtfQualifier qualifier) =>
        EdtfDate.ForSeason(season == EdtfSeason.Winter && year == EdtfDate.MaxYear ? year - 1 : year, season, qualifier);

    private static EdtfDate WithOffset(LocalDateTime local, Offset offset) =>
        EdtfDate.ForDateTime(local.WithOffset(EdtfDate.IsInstantInRange(local, offset) ? offset : Offset.Zero));

    /// <summary>
    /// A date with unspecified digits, as level 1 allows them: with <paramref name="digits"/> of 1 or 2 the year ends
    /// in that many X and stands alone; with none, the month is XX or the day is.
    /// </summary>
    private static EdtfDate Unspecified(int year, int digits, int shape, int month, EdtfQualifier qualifier)
    {
        if (digits == 0)
        {
            return shape switch
            {
                0 => EdtfDate.FromParts(year, 0, -1, 0, null, null, qualifier),
                1 => EdtfDate.FromParts(year, 0, -1, -1, null, null, qualifier),
                _ => EdtfDate.FromParts(year, 0, month, -1, null, null, qualifier),
            };
        }

        var span = (int)Math.Pow(10, digits);
        var magnitude = Math.Abs(year) - (Math.Abs(year) % span);

        // A negative year keeps its sign only if it has a non-zero digit and its whole span lies in the range.
        var negative = year < 0 && magnitude > 0 && magnitude + span - 1 <= -EdtfDate.MinYear;
        return EdtfDate.FromParts(negative ? -magnitude : magnitude, digits, 0, 0, null, null, qualifier);
    }

    private static EdtfValue Refine(EdtfValue vague, int pick1, int pick2, int shape)
    {
        if (!vague.IsInterval)
        {
            var date = vague.Date!;
            if (date.TimeOfDay.HasValue)
            {
                return vague;
            }

            var first = DayIn(date, pick1);
            var second = DayIn(date, pick2);
            return shape < 2
                ? EdtfValue.ForDate(EdtfDate.ForDay(first))
                : EdtfValue.Interval(EdtfDate.ForDay(Min(first, second)), EdtfDate.ForDay(Max(first, second)));
        }

        var start = vague.Start;
        var end = vague.End;
        if (IsCalendarDate(start) && IsCalendarDate(end))
        {
            var startDay = DayIn(start.Date, pick1);
            if (startDay > end.Date.LastDay)
            {
                startDay = start.Date.FirstDay;
            }

            var lowest = Max(startDay, end.Date.FirstDay);
            var endDay = lowest.PlusDays(pick2 % (Period.DaysBetween(lowest, end.Date.LastDay) + 1));
            return EdtfValue.Interval(EdtfDate.ForDay(startDay), EdtfDate.ForDay(endDay));
        }

        if (IsCalendarDate(start) && !(end.Kind == EdtfEndKind.Date))
        {
            var startDay = DayIn(start.Date, pick1);
            EdtfEnd refinedEnd = end.Kind == EdtfEndKind.Unknown && shape >= 2
                ? EdtfDate.ForDay(startDay.PlusDays(pick2 % 400))
                : end;
            return EdtfValue.Interval(EdtfDate.ForDay(startDay), refinedEnd);
        }

        if (IsCalendarDate(end) && !(start.Kind == EdtfEndKind.Date))
        {
            var endDay = DayIn(end.Date, pick2);
            EdtfEnd refinedStart = start.Kind == EdtfEndKind.Unknown && shape >= 2
                ? EdtfDate.ForDay(endDay.PlusDays(-(pick1 % 400)))
                : start;
            return EdtfValue.Interval(refinedStart, EdtfDate.ForDay(endDay));
        }

        // An end with a time of day is already exact; leave such intervals as they are.
        return vague;
    }

    private static bool IsCalendarDate(EdtfEnd end) => end.Kind == EdtfEndKind.Date && !end.Date.TimeOfDay.HasValue;

    private static LocalDate DayIn(EdtfDate date, int pick) =>
        date.FirstDay.PlusDays(pick % (Period.DaysBetween(date.FirstDay, date.LastDay) + 1));

    private static LocalDate Min(LocalDate x, LocalDate y) => x < y ? x : y;

    private static LocalDate Max(LocalDate x, LocalDate y) => x > y ? x : y;
}
