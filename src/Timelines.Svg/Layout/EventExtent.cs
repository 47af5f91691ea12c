using NodaTime;

namespace Timelines.Svg.Layout;

/// <summary>An event with its possible and certain extents in the picture's zone, computed once.</summary>
internal sealed record EventExtent(TimelineEvent Event, Interval Possible, Interval? Certain)
{
    public long StartTicks => Possible.HasStart ? Possible.Start.ToUnixTimeTicks() : long.MinValue;

    public long EndTicks => Possible.HasEnd ? Possible.End.ToUnixTimeTicks() : long.MaxValue;

    public static EventExtent For(TimelineEvent item, DateTimeZone zone) =>
        new(item, item.When.ToInterval(zone), item.When.ToCertainInterval(zone));
}
