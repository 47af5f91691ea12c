using System;
using Timelines.Querying.Internal;

namespace Timelines.Querying;

/// <content>The test of one event against the query, for events that are not (yet) in a timeline.</content>
public readonly partial struct TimelineQuery
{
    /// <summary>
    /// Gets a value indicating whether one event meets the query's time condition and filters, exactly as running
    /// the query decides for the events of its timeline: in the timeline's zone, at its certainty, with open ends
    /// lasting as <see cref="OpenEnds"/> says (to the end of the timeline's as-of day, or forever). Skip and Take
    /// do not apply. The event need not belong to the timeline, so events read one at a time from a stream can be
    /// counted or picked out in constant memory, against a query made on an empty timeline with the stream's zone
    /// and as-of day, without building a timeline of them.
    /// </summary>
    /// <param name="item">The event.</param>
    /// <returns>
    /// <see langword="true"/> if running the query on a timeline holding <paramref name="item"/> would return it,
    /// Skip and Take aside. O(1) for the time condition, plus the filters. No allocation.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// The query cannot be decided one event at a time: <see cref="Next"/> and <see cref="Previous"/> pick the
    /// nearest events, which depends on the others, and <see cref="OnDerivedBounds"/> answers on bounds inferred from
    /// the whole timeline's relations; or the query is a default value.
    /// </exception>
    public bool Matches(TimelineEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var timeline = Timeline;
        if (Time.Kind is TimeConditionKind.Next or TimeConditionKind.Previous)
        {
            throw new InvalidOperationException(QueryMessages.NearestNotPerEvent(Time.Kind));
        }

        if (Bounds == BoundsSource.Derived)
        {
            throw new InvalidOperationException(QueryMessages.DerivedBoundsNotPerEvent);
        }

        // As the query's plan does (QueryPlan, CandidateTest): the event given as the period is left out, the
        // filters apply, and the time condition is the Allen algebra's test of the two values' bounds.
        if (Time.ExcludedEventId is { } excluded && string.Equals(item.Id, excluded, StringComparison.Ordinal))
        {
            return false;
        }

        if (filters is not null && !filters.Passes(item))
        {
            return false;
        }

        if (Time.Kind == TimeConditionKind.None)
        {
            return true;
        }

        var asOfEnd = OpenEnds == OpenEnds.Forever ? null : timeline.AsOfEnd;
        var period = Time.Period.Axis(timeline.TimeZone, asOfEnd);
        return AllenAlgebra.Holds(item.When.Axis(timeline.TimeZone, asOfEnd), Time.Comparisons, period, Certainty == Certainty.Certainly);
    }
}
