using NodaTime;

namespace Timelines.Reasoning;

/// <summary>
/// The four points of an event's time as instants: its start lies in [<see cref="EarliestStart"/>,
/// <see cref="LatestStart"/>], its exclusive end in [<see cref="EarliestEnd"/>, <see cref="LatestEnd"/>]
/// (docs/semantics.md, section 2). A point at an end of the time line (an open or unknown start or end) is
/// <see langword="null"/>.
/// </summary>
/// <param name="EarliestStart">The earliest start, or <see langword="null"/> for an open or unknown start.</param>
/// <param name="LatestStart">The latest start, or <see langword="null"/> for an open start.</param>
/// <param name="EarliestEnd">The earliest end, or <see langword="null"/> for an end that never comes.</param>
/// <param name="LatestEnd">The latest end, or <see langword="null"/> for an open or unknown end.</param>
/// <remarks><threadsafety>This type is an immutable value type and thread-safe.</threadsafety></remarks>
public readonly record struct EventTimeBounds(Instant? EarliestStart, Instant? LatestStart, Instant? EarliestEnd, Instant? LatestEnd)
{
    internal static EventTimeBounds From(AxisBounds bounds) => new(
        Start(bounds.EarliestStart),
        Start(bounds.LatestStart),
        End(bounds.EarliestEnd),
        End(bounds.LatestEnd));

    // A start or an end at either end of the axis is no instant, whichever end it is.
    private static Instant? Start(long ticks) => ticks >= AxisBounds.UnknownEnd ? null : Ticks.ToStart(ticks);

    private static Instant? End(long ticks) => ticks <= AxisBounds.UnknownStart ? null : Ticks.ToEnd(ticks);
}
