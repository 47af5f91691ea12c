using System;
using System.Collections.Generic;
using NodaTime;

namespace Timelines.Svg.Layout;

/// <summary>
/// Chooses the period a picture shows when the options do not fix it: from the earliest to the latest moment any
/// event's extents or the as-of day name, rounded out to whole months (or whole days for a short timeline) so that
/// the axis starts and ends on a tick, and never further. The extents are the core's (<see cref="EdtfValue.ToInterval"/>,
/// <see cref="EdtfValue.ToCertainInterval"/>) in the picture's zone.
/// </summary>
/// <remarks>
/// Events that run on without an end add nothing: they are drawn up to the as-of day, which is in the period, or,
/// without one, to the period's end, with an arrow saying they go on. Widening the period for them would only
/// add an empty stretch of axis that no date speaks for.
/// </remarks>
internal static class TimeDomain
{
    /// <summary>Gets the period in Unix ticks, or <see langword="null"/> when nothing gives a moment.</summary>
    public static (long Start, long End)? Choose(IReadOnlyList<TimelineEvent> events, long? asOf, Interval? period, DateTimeZone zone)
    {
        var min = long.MaxValue;
        var max = long.MinValue;
        foreach (var item in events)
        {
            Include(item.When.ToInterval(zone), ref min, ref max);
            if (item.When.ToCertainInterval(zone) is { } certain)
            {
                Include(certain, ref min, ref max);
            }
        }

        if (asOf is { } day)
        {
            min = Math.Min(min, day);
            max = Math.Max(max, day);
        }

        if (period is { HasStart: true, HasEnd: true } both)
        {
            return (both.Start.ToUnixTimeTicks(), both.End.ToUnixTimeTicks());
        }

        if (min > max)
        {
            return null;
        }

        if (max == min)
        {
            max = min + NodaConstants.TicksPerDay;
        }

        if (CalendarTicks.IsSafe(min) && CalendarTicks.IsSafe(max))
        {
            var roundToMonths = max - min >= 60 * NodaConstants.TicksPerDay;
            var roundedMin = roundToMonths ? CalendarTicks.StartOfMonth(min, zone) : CalendarTicks.StartOfDay(min, zone);
            var roundedMax = roundToMonths ? CalendarTicks.StartOfNextMonth(max, zone) : CalendarTicks.StartOfNextDay(max, zone);
            if (roundedMin <= min && roundedMax >= max && roundedMax > roundedMin)
            {
                (min, max) = (roundedMin, roundedMax);
            }
        }

        if (period is { } one)
        {
            // One end fixed by the period, the other by the events; if they cross, show a day past the fixed end.
            min = one.HasStart ? one.Start.ToUnixTimeTicks() : min;
            max = one.HasEnd ? one.End.ToUnixTimeTicks() : max;
            if (max <= min)
            {
                (min, max) = one.HasStart ? (min, min + NodaConstants.TicksPerDay) : (max - NodaConstants.TicksPerDay, max);
            }
        }

        return (min, max);
    }

    private static void Include(Interval interval, ref long min, ref long max)
    {
        if (interval.HasStart)
        {
            var start = interval.Start.ToUnixTimeTicks();
            min = Math.Min(min, start);
            max = Math.Max(max, start);
        }

        if (interval.HasEnd)
        {
            var end = interval.End.ToUnixTimeTicks();
            min = Math.Min(min, end);
            max = Math.Max(max, end);
        }
    }
}
