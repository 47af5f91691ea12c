using System.Collections.Immutable;

using Timelines;

namespace Belarus2022;

/// <summary>
/// One question answered twice: the events for which it possibly holds (for some way the dates could be resolved)
/// and those for which it certainly holds (for every way). The certain answer is always part of the possible one.
/// </summary>
/// <param name="Possibly">The events for which the condition possibly holds, in the timeline's query order.</param>
/// <param name="Certainly">The events for which the condition certainly holds, in the same order.</param>
public sealed record PossiblyAndCertainly(ImmutableArray<TimelineEvent> Possibly, ImmutableArray<TimelineEvent> Certainly)
{
    /// <summary>Tells whether the condition certainly holds for an event.</summary>
    /// <param name="item">An event of <see cref="Possibly"/>.</param>
    /// <returns>Whether it is also in <see cref="Certainly"/>.</returns>
    public bool IsCertain(TimelineEvent item) => Certainly.Contains(item);
}
