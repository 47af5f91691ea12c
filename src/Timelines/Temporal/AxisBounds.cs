using System;
using NodaTime;

namespace Timelines;

/// <summary>
/// The bounds of a value on one time line, in Unix ticks (100 ns): the start lies in
/// [<see cref="EarliestStart"/>, <see cref="LatestStart"/>] and the exclusive end in
/// [<see cref="EarliestEnd"/>, <see cref="LatestEnd"/>].
/// </summary>
/// <remarks>
/// This is the common currency of relations and queries: days have become the instants at which they start in a
/// time zone, and every value covers at least one tick. An open start is <see cref="long.MinValue"/> on both start
/// bounds, an open end <see cref="long.MaxValue"/> on both end bounds; an unknown start has
/// <see cref="long.MinValue"/> + 1 as its earliest start, an unknown end <see cref="long.MaxValue"/> - 1 as its
/// latest end, so that an unknown end, which did happen, can never equal an open one.
/// </remarks>
internal readonly record struct AxisBounds(long EarliestStart, long LatestStart, long EarliestEnd, long LatestEnd)
{
    internal const long OpenStart = long.MinValue;
    internal const long UnknownStart = long.MinValue + 1;
    internal const long OpenEnd = long.MaxValue;
    internal const long UnknownEnd = long.MaxValue - 1;

    private const long TicksPerSecond = NodaConstants.TicksPerSecond;

    /// <summary>Gets the possible extent as an interval, clamped to NodaTime's instant range.</summary>
    public Interval PossibleExtent => new(ToStart(EarliestStart), ToEnd(LatestEnd));

    /// <summary>Gets the certain extent, or <see langword="null"/> when no moment is certainly covered.</summary>
    public Interval? CertainExtent => LatestStart < EarliestEnd
        ? new Interval(ToStart(LatestStart), ToEnd(EarliestEnd))
        : null;

    public static AxisBounds For(EdtfValue value, DateTimeZone zone)
    {
        long s1, s2, e1, e2;
        switch (value.Start.Kind)
        {
            case EdtfEndKind.Date:
                (s1, s2, _, _) = ForDate(value.Start.Date, zone);
                break;
            case EdtfEndKind.Open:
                s1 = s2 = OpenStart;
                break;
            default:
                s1 = UnknownStart;
                s2 = OpenEnd;
                break;
        }

        switch (value.End.Kind)
        {
            case EdtfEndKind.Date:
                (_, _, e1, e2) = ForDate(value.End.Date, zone);
                break;
            case EdtfEndKind.Open:
                e1 = e2 = OpenEnd;
                break;
            default:
                // An unknown end is no earlier than the end of the start's first day or second, as in EdtfBounds.
                e1 = value.Start.Kind == EdtfEndKind.Date ? ForDate(value.Start.Date, zone).FirstEnd : OpenStart;
                e2 = UnknownEnd;
                break;
        }

        // An event cannot end before it starts, so each end narrows the other: this is what keeps a month's
        // latest start inside an interval that ends earlier in the same month.
        s2 = Math.Min(s2, e2 - 1);
        e1 = Math.Max(e1, s1 == OpenStart ? OpenStart : s1 + 1);
        return new AxisBounds(s1, s2, e1, e2);
    }

    /// <summary>The bounds of one date alone: its first and last start, and its first and last exclusive end.</summary>
    internal static (long FirstStart, long LastStart, long FirstEnd, long LastEnd) ForDate(EdtfDate date, DateTimeZone zone)
    {
        if (date.TimeOfDay is { } time)
        {
            var local = date.FirstDay.At(time);
            var ticks = date.Offset is { } offset
                ? UtcTicks(local) - offset.Ticks
                : ZonedTicks(zone.AtLeniently(local));
            return (ticks, ticks, ticks + TicksPerSecond, ticks + TicksPerSecond);
        }

        var firstStart = StartOfDay(date.FirstDay, zone);
        var lastStart = date.LastDay == date.FirstDay ? firstStart : StartOfDay(date.LastDay, zone);
        return (firstStart, lastStart, EndOfDay(date.FirstDay, zone), EndOfDay(date.LastDay, zone));
    }

    private static long StartOfDay(LocalDate date, DateTimeZone zone) =>
        zone == DateTimeZone.Utc ? UtcTicks(date.AtMidnight()) : ZonedTicks(zone.AtStartOfDay(date));

    private static long EndOfDay(LocalDate date, DateTimeZone zone) =>
        date == LocalDate.MaxIsoValue
            ? StartOfDay(date, zone) + NodaConstants.TicksPerDay
            : StartOfDay(date.PlusDays(1), zone);

    // Computed from the local value and the offset rather than through ToInstant, which cannot represent the few
    // hours by which a zone's start of -9998-01-01 or end of 9999-12-31 falls outside NodaTime's instant range.
    private static long ZonedTicks(ZonedDateTime zoned) => UtcTicks(zoned.LocalDateTime) - zoned.Offset.Ticks;

    private static long UtcTicks(LocalDateTime local) => local.InUtc().ToInstant().ToUnixTimeTicks();

    private static Instant? ToStart(long ticks) => ticks <= UnknownStart ? null : Clamp(ticks);

    private static Instant? ToEnd(long ticks) => ticks >= UnknownEnd ? null : Clamp(ticks);

    private static Instant Clamp(long ticks)
    {
        var min = Instant.MinValue.ToUnixTimeTicks();
        var max = Instant.MaxValue.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(Math.Clamp(ticks, min, max));
    }
}
