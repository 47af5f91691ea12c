using System;
using NodaTime;

namespace Timelines.Svg.Layout;

/// <summary>
/// Converts between Unix ticks and the days of a time zone for the axis, within the years where a zone's
/// offset cannot push a day out of NodaTime's range.
/// </summary>
internal static class CalendarTicks
{
    /// <summary>The earliest ticks at which calendar rounding and ticks are attempted.</summary>
    public static readonly long SafeMin = new LocalDate(-9990, 1, 1).AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();

    /// <summary>The latest ticks at which calendar rounding and ticks are attempted.</summary>
    public static readonly long SafeMax = new LocalDate(9990, 1, 1).AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();

    public static LocalDate DateOf(long ticks, DateTimeZone zone) =>
        Instant.FromUnixTimeTicks(Math.Clamp(ticks, SafeMin, SafeMax)).InZone(zone).Date;

    public static long StartOfDay(LocalDate date, DateTimeZone zone) =>
        zone.AtStartOfDay(date).ToInstant().ToUnixTimeTicks();

    public static long StartOfMonth(long ticks, DateTimeZone zone)
    {
        var date = DateOf(ticks, zone);
        return StartOfDay(new LocalDate(date.Year, date.Month, 1), zone);
    }

    /// <summary>The start of the first month that begins at or after <paramref name="ticks"/>.</summary>
    public static long StartOfNextMonth(long ticks, DateTimeZone zone)
    {
        var start = StartOfMonth(ticks, zone);
        return start >= ticks ? start : StartOfDay(DateOf(start, zone).PlusMonths(1), zone);
    }

    public static long StartOfDay(long ticks, DateTimeZone zone) => StartOfDay(DateOf(ticks, zone), zone);

    public static long StartOfNextDay(long ticks, DateTimeZone zone)
    {
        var start = StartOfDay(ticks, zone);
        return start >= ticks ? start : StartOfDay(DateOf(start, zone).PlusDays(1), zone);
    }

    public static bool IsSafe(long ticks) => ticks >= SafeMin && ticks <= SafeMax;
}
