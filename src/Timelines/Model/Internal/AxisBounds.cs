using NodaTime;
using NodaTime.TimeZones;

namespace Timelines;

/// <summary>
/// The four points of a value on one time line, in Unix ticks (100 ns): the start lies in
/// [<see cref="EarliestStart"/>, <see cref="LatestStart"/>] and the exclusive end in
/// [<see cref="EarliestEnd"/>, <see cref="LatestEnd"/>]; see docs/semantics.md, sections 1, 2 and 4.
/// </summary>
/// <remarks>
/// This is the common currency of relations and queries: days have become the instants at which they start in a
/// time zone. An open start is <see cref="long.MinValue"/> on both start points, an open end that never ends
/// <see cref="long.MaxValue"/> on both end points; an unknown start has <see cref="long.MinValue"/> + 1 as its
/// earliest start, an unknown end <see cref="long.MaxValue"/> - 1 as its latest end, so that an unknown end, which
/// did happen, can never equal an open one. Every value built here satisfies ES ≤ LS &lt; LE and ES &lt; EE ≤ LE, so
/// it has resolutions, and its points are attainable one by one: the relations' reasoning relies on both.
/// </remarks>
internal readonly record struct AxisBounds(long EarliestStart, long LatestStart, long EarliestEnd, long LatestEnd)
{
    internal const long OpenStart = long.MinValue;
    internal const long UnknownStart = long.MinValue + 1;
    internal const long OpenEnd = long.MaxValue;
    internal const long UnknownEnd = long.MaxValue - 1;

    private const long TicksPerSecond = NodaConstants.TicksPerSecond;

    private static readonly ZoneLocalMappingResolver PlaceLocal =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>Gets a value indicating whether the start and the end are each known to the tick.</summary>
    public bool IsExact => EarliestStart == LatestStart && EarliestEnd == LatestEnd;

    /// <summary>Gets the possible extent as an interval, clamped to NodaTime's instant range.</summary>
    public Interval PossibleExtent => Ticks.ToInterval(EarliestStart, LatestEnd);

    /// <summary>Gets the certain extent, or <see langword="null"/> when no moment is certainly covered.</summary>
    public Interval? CertainExtent => LatestStart < EarliestEnd
        ? Ticks.ToInterval(LatestStart, EarliestEnd)
        : null;

    /// <summary>Gets an exact period from one tick to another.</summary>
    public static AxisBounds Exact(long start, long end) => new(start, start, end, end);

    /// <summary>Gets the four points of a value with days in <paramref name="zone"/>, an open end never ending.</summary>
    public static AxisBounds For(EdtfValue value, DateTimeZone zone) => For(value, zone, asOfEnd: null);

    /// <summary>
    /// Gets the four points of a value with days in <paramref name="zone"/>; an open end lasts to
    /// <paramref name="asOfEnd"/>, the end of the as-of day, or never when it is <see langword="null"/>.
    /// </summary>
    public static AxisBounds For(EdtfValue value, DateTimeZone zone, long? asOfEnd)
    {
        if (!value.IsInterval)
        {
            // A single date is its own start and end: one conversion gives the four points, and neither end can
            // narrow the other. The commonest value by far, and no longer cached since values were slimmed, so it
            // is worth not converting the same date twice.
            var (firstStart, lastStart, firstEnd, lastEnd) = ForDate(value.Start.Date, zone);
            return new AxisBounds(firstStart, lastStart, firstEnd, lastEnd);
        }

        EdtfEnd start = value.Start, end = value.End;
        long es, ls, ee, le;
        switch (start.Kind)
        {
            case EdtfEndKind.Date:
                (es, ls, _, _) = ForDate(start.Date, zone);
                break;
            case EdtfEndKind.Open:
                es = ls = OpenStart;
                break;
            default:
                // An unknown start is no later than the start of the end's last granule (it is the only date).
                es = UnknownStart;
                ls = ForDate(end.Date, zone).LastStart;
                break;
        }

        switch (end.Kind)
        {
            case EdtfEndKind.Date:
                (_, _, ee, le) = ForDate(end.Date, zone);
                break;
            case EdtfEndKind.Open when asOfEnd is { } asOf:
                return ResolveOngoing(start.Date, es, ls, asOf, zone);
            case EdtfEndKind.Open:
                ee = le = OpenEnd;
                break;
            default:
                // An unknown end is no earlier than the end of the start's first granule (it is the only date).
                ee = ForDate(start.Date, zone).FirstEnd;
                le = UnknownEnd;
                break;
        }

        // An event cannot end before it starts, so each end narrows the other, by whole granules of its own date:
        // 2022/2022-03-10 starts at the latest on 10 March (not one tick before its end), 2026-02-08/2026-02 ends
        // at the earliest at the end of 8 February. Only an interval of two dates can need it.
        if (start.Kind == EdtfEndKind.Date && end.Kind == EdtfEndKind.Date)
        {
            if (ls >= le)
            {
                ls = LastStartBefore(start.Date, end.Date, zone);
            }

            if (ee <= es)
            {
                ee = FirstEndAfter(end.Date, start.Date, zone);
            }
        }

        return new AxisBounds(es, ls, ee, le);
    }

    /// <summary>The points of one date alone: its first and last start, and its first and last exclusive end.</summary>
    internal static (long FirstStart, long LastStart, long FirstEnd, long LastEnd) ForDate(EdtfDate date, DateTimeZone zone)
    {
        if (date.TimeOfDay is not null)
        {
            var ticks = InstantTicks(date, zone);
            return (ticks, ticks, ticks + TicksPerSecond, ticks + TicksPerSecond);
        }

        LocalDate firstDay = date.FirstDay, lastDay = date.LastDay;
        var firstStart = StartOfDay(firstDay, zone);
        var firstEnd = EndOfDay(firstDay, zone);
        if (lastDay == firstDay)
        {
            return (firstStart, firstStart, firstEnd, firstEnd);
        }

        return (firstStart, StartOfDay(lastDay, zone), firstEnd, EndOfDay(lastDay, zone));
    }

    /// <summary>Gets the end of a day in a zone: the start of the next day, in ticks.</summary>
    internal static long EndOfDay(LocalDate date, DateTimeZone zone) =>
        date == LocalDate.MaxIsoValue
            ? StartOfDay(date, zone) + NodaConstants.TicksPerDay
            : StartOfDay(date.PlusDays(1), zone);

    /// <summary>
    /// Gets the start of a day in a zone, in ticks: its midnight, or its first moment where a change skips midnight.
    /// A day the zone skips entirely (Pacific/Apia's 30 December 2011) starts where the next day does: it is empty.
    /// </summary>
    internal static long StartOfDay(LocalDate date, DateTimeZone zone)
    {
        if (zone == DateTimeZone.Utc)
        {
            return UtcTicks(date.AtMidnight());
        }

        try
        {
            return ZonedTicks(zone.AtStartOfDay(date));
        }
        catch (SkippedTimeException)
        {
            // Rare enough (a handful of days in the whole tz database) that an exception is cheaper than a check on
            // every day.
            return StartOfDay(date.PlusDays(1), zone);
        }
    }

    /// <summary>
    /// An ongoing event as of the day that ends at <paramref name="asOfEnd"/>: it was going on then, so it lasts to
    /// the end of that day and started no later; one whose earliest start is after that day lasts its first granule.
    /// </summary>
    private static AxisBounds ResolveOngoing(EdtfDate startDate, long es, long ls, long asOfEnd, DateTimeZone zone)
    {
        if (es >= asOfEnd)
        {
            var firstEnd = ForDate(startDate, zone).FirstEnd;
            return new AxisBounds(es, es, firstEnd, firstEnd);
        }

        if (ls >= asOfEnd)
        {
            // Only a date of several days can start on or after the as-of day's end and yet before it: its latest
            // start becomes the start of its last day that begins before the end of the as-of day.
            ls = StartOfLastDayBefore(startDate, asOfEnd, zone);
        }

        return new AxisBounds(es, ls, asOfEnd, asOfEnd);
    }

    /// <summary>The start of the last granule of <paramref name="start"/> that begins before <paramref name="end"/> ends.</summary>
    private static long LastStartBefore(EdtfDate start, EdtfDate end, DateTimeZone zone)
    {
        if (start.TimeOfDay is not null)
        {
            // A date-time is one granule, and the interval's order puts it before the end.
            return InstantTicks(start, zone);
        }

        // The end's last tick lies in its last day, or (for a date-time) in the day of its instant.
        var endDay = end.TimeOfDay is null ? end.LastDay : Ticks.DayOf(InstantTicks(end, zone), zone);
        return StartOfDay(endDay < start.LastDay ? endDay : start.LastDay, zone);
    }

    /// <summary>The end of the first granule of <paramref name="end"/> that ends after <paramref name="start"/> starts.</summary>
    private static long FirstEndAfter(EdtfDate end, EdtfDate start, DateTimeZone zone)
    {
        if (end.TimeOfDay is not null)
        {
            return InstantTicks(end, zone) + TicksPerSecond;
        }

        var startDay = start.TimeOfDay is null ? start.FirstDay : Ticks.DayOf(InstantTicks(start, zone), zone);
        return EndOfDay(startDay > end.FirstDay ? startDay : end.FirstDay, zone);
    }

    private static long StartOfLastDayBefore(EdtfDate date, long ticks, DateTimeZone zone)
    {
        var day = Ticks.DayOf(ticks - 1, zone);
        return StartOfDay(day < date.LastDay ? day : date.LastDay, zone);
    }

    /// <summary>
    /// Gets the tick of a date-time: its offset's, or placed in the zone when it has none, an ambiguous time at the
    /// earlier instant and a skipped one at the end of the gap, so that placing keeps the order of local times and an
    /// interval of local date-times never turns inside out (docs/semantics.md, section 1).
    /// </summary>
    private static long InstantTicks(EdtfDate date, DateTimeZone zone)
    {
        var local = date.FirstDay.At(date.TimeOfDay!.Value);
        return date.Offset is { } offset ? UtcTicks(local) - offset.Ticks : ZonedTicks(zone.ResolveLocal(local, PlaceLocal));
    }

    // Computed from the local value and the offset rather than through ToInstant, which cannot represent the few
    // hours by which a zone's start of -9998-01-01 or end of 9999-12-31 falls outside NodaTime's instant range.
    private static long ZonedTicks(ZonedDateTime zoned) => UtcTicks(zoned.LocalDateTime) - zoned.Offset.Ticks;

    private static long UtcTicks(LocalDateTime local) => local.InUtc().ToInstant().ToUnixTimeTicks();
}
