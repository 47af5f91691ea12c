using System;
using Timelines.Querying.Indexing;
using Timelines.Querying.Internal;

namespace Timelines.Querying;

/// <content>The choice of bounds a query answers on: the events' own, or those their relations imply.</content>
public readonly partial struct TimelineQuery
{
    /// <summary>Gets the index the query runs on: the timeline's own, or the one of its derived bounds.</summary>
    internal EventIndex Index => Bounds == BoundsSource.Derived ? Timeline.DerivedIndex : Timeline.Index;

    /// <summary>
    /// Answers on the bounds the timeline's relations and constraints narrow each event to
    /// (<see cref="Timeline.Chronology"/>) instead of its own date's. The first such query of a snapshot infers its
    /// chronology and builds a second index. On derived bounds an ongoing event ends at the as-of day, as the
    /// inference takes it, whatever <see cref="OpenEnds"/> says; a period given as an event keeps that event's
    /// own bounds.
    /// </summary>
    /// <returns>The changed query. O(1).</returns>
    public TimelineQuery OnDerivedBounds() => this with { Bounds = BoundsSource.Derived };

    /// <summary>Answers on each event's own bounds, as its date gives them (the default).</summary>
    /// <returns>The changed query. O(1).</returns>
    public TimelineQuery OnDeclaredBounds() => this with { Bounds = BoundsSource.Declared };

    /// <summary>Sets which bounds of the events the query answers on.</summary>
    /// <param name="bounds">The choice.</param>
    /// <returns>The changed query. O(1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bounds"/> is not defined.</exception>
    public TimelineQuery On(BoundsSource bounds) => bounds is BoundsSource.Declared or BoundsSource.Derived
        ? this with { Bounds = bounds }
        : throw new ArgumentOutOfRangeException(nameof(bounds), bounds, QueryMessages.NotABoundsSource);
}
