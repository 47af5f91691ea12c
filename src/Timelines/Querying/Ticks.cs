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

    private static Instant Clamp(long ticks) => Instant.FromUnixTimeTicks(Math.Clamp(ticks, MinTicks, MaxTicks));
}
