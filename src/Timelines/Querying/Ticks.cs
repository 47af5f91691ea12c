using System;
using NodaTime;

namespace Timelines.Querying;

/// <summary>Converts index ticks to NodaTime values, open and unknown ends becoming missing interval ends.</summary>
internal static class Ticks
{
    private static readonly long MinTicks = Instant.MinValue.ToUnixTimeTicks();
    private static readonly long MaxTicks = Instant.MaxValue.ToUnixTimeTicks();

    public static Instant? ToStart(long ticks) => ticks <= AxisBounds.UnknownStart ? null : Clamp(ticks);

    public static Instant? ToEnd(long ticks) => ticks >= AxisBounds.UnknownEnd ? null : Clamp(ticks);

    public static Interval ToInterval(long start, long end) => new(ToStart(start), ToEnd(end));

    /// <summary>Gets a start on the axis as aggregations see it: an unknown start reaches its beginning, as an open one does.</summary>
    public static long AxisStart(long ticks) => ticks <= AxisBounds.UnknownStart ? AxisBounds.OpenStart : ticks;

    /// <summary>Gets an end on the axis as aggregations see it: an unknown end reaches its end, as an open one does.</summary>
    public static long AxisEnd(long ticks) => ticks >= AxisBounds.UnknownEnd ? AxisBounds.OpenEnd : ticks;

    /// <summary>
    /// Converts a period of ticks to whole days in a zone, both ends included, when it begins and ends at the start
    /// of a day there; an open start is the calendar's first day and an open end its last.
    /// </summary>
    public static bool TryToDates(long start, long end, DateTimeZone zone, out DateInterval dates)
    {
        // The first day is the one holding the first tick, the last the one holding the last; each must be whole.
        var first = start <= AxisBounds.UnknownStart ? new LocalDate(EdtfDate.MinYear, 1, 1) : DayOf(start, zone);
        var last = end >= AxisBounds.UnknownEnd ? new LocalDate(EdtfDate.MaxYear, 12, 31) : DayOf(end - 1, zone);
        var whole = (start <= AxisBounds.UnknownStart || AxisBounds.StartOfDay(first, zone) == start)
            && (end >= AxisBounds.UnknownEnd || AxisBounds.EndOfDay(last, zone) == end);
        dates = whole ? new DateInterval(first, last) : null!;
        return whole;
    }

    private static LocalDate DayOf(long ticks, DateTimeZone zone) => Clamp(ticks).InZone(zone).Date;

    private static Instant Clamp(long ticks) => Instant.FromUnixTimeTicks(Math.Clamp(ticks, MinTicks, MaxTicks));
}
