using System;
using NodaTime;

namespace Timelines.Reasoning.Network;

/// <summary>
/// The arithmetic of the network: periods as ranges of ticks, and additions that keep the ends of the axis where
/// they are (docs/semantics.md, section 8).
/// </summary>
internal static class GapTicks
{
    /// <summary>The longest gap counted, in ticks (about 14,600 years): more than the whole calendar spans.</summary>
    internal const long Longest = 1L << 62;

    private const long TicksPerDay = NodaConstants.TicksPerDay;

    /// <summary>Checks that a period has no units of opposite signs, and returns it.</summary>
    public static Period Require(Period period, string parameterName) =>
        MixesSigns(period) ? throw new ArgumentException(RuleMessages.GapMixesSigns(period.ToString()), parameterName) : period;

    /// <summary>Gets whether a period has units of opposite signs (P1M-1D), which no gap may have.</summary>
    public static bool MixesSigns(Period period)
    {
        var positive = period.Years > 0 || period.Months > 0 || period.Weeks > 0 || period.Days > 0 || period.Hours > 0
            || period.Minutes > 0 || period.Seconds > 0 || period.Milliseconds > 0 || period.Ticks > 0 || period.Nanoseconds > 0;
        var negative = period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Hours < 0
            || period.Minutes < 0 || period.Seconds < 0 || period.Milliseconds < 0 || period.Ticks < 0 || period.Nanoseconds < 0;
        return positive && negative;
    }

    /// <summary>Gets whether a period is negative: some unit below zero (and, a gap having one sign, none above).</summary>
    public static bool IsNegative(Period period) => period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0
        || period.Hours < 0 || period.Minutes < 0 || period.Seconds < 0 || period.Milliseconds < 0 || period.Ticks < 0 || period.Nanoseconds < 0;

    /// <summary>Gets the fewest ticks a period can last: a month 28 days, a year 365 (31 and 366 when negative).</summary>
    public static long Least(Period period) => Count(period, least: true);

    /// <summary>Gets the most ticks a period can last: a month 31 days, a year 366 (28 and 365 when negative).</summary>
    public static long Most(Period period) => Count(period, least: false);

    /// <summary>Gets whether a point is one of the four ends of the axis, which no gap moves.</summary>
    public static bool IsEnd(long value) => value <= AxisBounds.UnknownStart || value >= AxisBounds.UnknownEnd;

    /// <summary>
    /// Adds a gap to a point. An end of the axis stays where it is; a sum beyond the axis becomes its open end.
    /// </summary>
    public static long Add(long value, long gap)
    {
        if (IsEnd(value))
        {
            return value;
        }

        var sum = (Int128)value + gap;
        return sum >= AxisBounds.UnknownEnd ? AxisBounds.OpenEnd
            : sum <= AxisBounds.UnknownStart ? AxisBounds.OpenStart
            : (long)sum;
    }

    private static long Count(Period period, bool least)
    {
        // Months and years are the only units of varying length; each is counted at the end of its range that
        // the bound needs, so a stated gap never excludes what the calendar could allow.
        var monthDays = period.Months >= 0 == least ? 28 : 31;
        var yearDays = period.Years >= 0 == least ? 365 : 366;
        Int128 ticks = ((Int128)period.Years * yearDays + (Int128)period.Months * monthDays + (Int128)period.Weeks * 7 + period.Days) * TicksPerDay
            + (Int128)period.Hours * NodaConstants.TicksPerHour
            + (Int128)period.Minutes * NodaConstants.TicksPerMinute
            + (Int128)period.Seconds * NodaConstants.TicksPerSecond
            + (Int128)period.Milliseconds * NodaConstants.TicksPerMillisecond
            + period.Ticks;

        // Nanoseconds below a tick round outward: down for the least gap, up for the most.
        var nanos = (Int128)period.Nanoseconds;
        ticks += least ? Floor(nanos, 100) : -Floor(-nanos, 100);
        return ticks > Longest ? Longest : ticks < -Longest ? -Longest : (long)ticks;
    }

    private static Int128 Floor(Int128 value, int divisor)
    {
        var quotient = value / divisor;
        return value % divisor < 0 ? quotient - 1 : quotient;
    }
}
