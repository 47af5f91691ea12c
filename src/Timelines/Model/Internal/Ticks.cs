using System;
using NodaTime;

namespace Timelines;

/// <summary>
/// Converts ticks of the axis (<see cref="AxisBounds"/>, the index, aggregations) to NodaTime values, open and unknown
/// ends becoming missing interval ends: the one home of ticks to <see cref="Instant"/>.
/// </summary>
internal static class Ticks
{
    private static readonly long MinTicks = Instant.MinValue.ToUnixTimeTicks();
    private static readonly long MaxTicks = Instant.MaxValue.ToUnixTimeTicks();

    // The local ticks (UTC ticks plus a zone's offset) of NodaTime's first day's start and its last day's end.
    private static readonly long LocalTicksOfFirstDay = LocalDate.MinIsoValue.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();
    private static readonly long LocalTicksAfterLastDay = LocalDate.MaxIsoValue.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks() + NodaConstants.TicksPerDay;

    public static Instant? ToStart(long ticks) => ticks <= AxisBounds.UnknownStart ? null : Clamp(ticks);

    public static Instant? ToEnd(long ticks) => ticks >= AxisBounds.UnknownEnd ? null : Clamp(ticks);

    public static Interval ToInterval(long start, long end) => new(ToStart(start), ToEnd(end));

    /// <summary>Gets a start on the axis as aggregations see it: an unknown start reaches its beginning, as an open one does.</summary>
    public static long AxisStart(long ticks) => ticks <= AxisBounds.UnknownStart ? AxisBounds.OpenStart : ticks;

    /// <summary>Gets an end on the axis as aggregations see it: an unknown end reaches its end, as an open one does.</summary>
    public static long AxisEnd(long ticks) => ticks >= AxisBounds.UnknownEnd ? AxisBounds.OpenEnd : ticks;

    /// <summary>
    /// Converts a period of ticks to whole days in a zone, both ends included (docs/semantics.md, section 6): false
    /// when it does not begin and end at the start of a day there. An open or unknown start is the calendar's first
    /// day, an open or unknown end its last; a period wholly before the first day or after the last holds no day,
    /// and gives true with <paramref name="dates"/> null.
    /// </summary>
    public static bool TryToDates(long start, long end, DateTimeZone zone, out DateInterval? dates)
    {
        dates = null;
        var firstDay = new LocalDate(EdtfDate.MinYear, 1, 1);
        var lastDay = new LocalDate(EdtfDate.MaxYear, 12, 31);
        var (calendarStart, calendarEnd) = (AxisBounds.StartOfDay(firstDay, zone), AxisBounds.EndOfDay(lastDay, zone));
        if (end <= calendarStart || start >= calendarEnd)
        {
            return true;
        }

        // The first day is the one holding the first tick, the last the one holding the last; each must be whole.
        var openStart = start <= AxisBounds.UnknownStart;
        var openEnd = end >= AxisBounds.UnknownEnd;
        var first = openStart ? firstDay : DayOf(start, zone);
        var last = openEnd ? lastDay : DayOf(end - 1, zone);
        var whole = (openStart || AxisBounds.StartOfDay(first, zone) == start)
            && (openEnd || AxisBounds.EndOfDay(last, zone) == end)
            && first <= last;
        dates = whole ? new DateInterval(first, last) : null;
        return whole;
    }

    /// <summary>Gets the day of the zone that holds a tick.</summary>
    /// <remarks>
    /// Every tick asked about lies within a date of EDTF's range, so within NodaTime's but for the few hours by which
    /// a zone's first or last day reaches beyond it: 9999-12-31T18:00Z is already 1 January 10000 in Pacific/Apia
    /// (UTC+13), a date NodaTime cannot hold. Such a tick belongs to the calendar's first or last day, as far as any
    /// day of EDTF's range can say, so it gets that day instead of an exception.
    /// </remarks>
    public static LocalDate DayOf(long ticks, DateTimeZone zone)
    {
        var instant = Clamp(ticks);
        var local = instant.ToUnixTimeTicks() + zone.GetUtcOffset(instant).Ticks;
        return local >= LocalTicksAfterLastDay ? LocalDate.MaxIsoValue
            : local < LocalTicksOfFirstDay ? LocalDate.MinIsoValue
            : instant.InZone(zone).Date;
    }

    /// <summary>Gets the instant of a tick, clamped to NodaTime's instant range.</summary>
    public static Instant Clamp(long ticks) => Instant.FromUnixTimeTicks(Math.Clamp(ticks, MinTicks, MaxTicks));
}
