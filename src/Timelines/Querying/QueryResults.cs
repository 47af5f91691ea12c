using System;
using System.Runtime.CompilerServices;
using Timelines.Querying.Indexing;
using Timelines.Querying.Internal;
using Timelines.Reasoning;

namespace Timelines.Querying;

/// <summary>
/// The results of one run of a <see cref="TimelineQuery"/> (<see cref="TimelineQuery.ToResults"/>), read by result
/// number from the timeline index's own columns: each result's id, bounds and position in
/// <see cref="Timeline.Events"/> without reading the event object, and the event itself when it is needed.
/// </summary>
/// <remarks>
/// <para>
/// Results are numbered 0 .. <see cref="Count"/> - 1 in the query's stable order (earliest start, latest end, id),
/// with Skip and Take applied: result i is the i-th event that enumerating the query gives.
/// </para>
/// <para>
/// <b>Why.</b> Enumerating a query returns event objects, and reading anything from one (its id, for instance) is a
/// scattered read into memory that is rarely in cache when the timeline is large. The index keeps each event's id,
/// bounds and position in columns in its own order, in which a query's results lie close together, so reading them
/// here touches a few cache lines per query rather than one per result. The id and position columns are built on
/// the index's first result view (O(n), once per timeline snapshot) and kept with the index after.
/// </para>
/// <threadsafety>Immutable: any number of threads may read one instance at once.</threadsafety>
/// </remarks>
public sealed class QueryResults
{
    private readonly EventIndex index;

    // The index's id and position columns, built on the index's first result view.
    private readonly ResultColumns columns;

    // The index slots of the results, in the results' order; this object's own copy, never changed.
    private readonly int[] slots;
    private readonly bool forever;

    internal QueryResults(EventIndex index, int[] slots, bool forever)
    {
        this.index = index;
        columns = index.ResultColumns;
        this.slots = slots;
        this.forever = forever;
    }

    /// <summary>Gets the number of results, Skip and Take applied. O(1).</summary>
    public int Count => slots.Length;

    /// <summary>Gets a result's event id, without reading the event. O(1).</summary>
    /// <param name="index">The result's number, from 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The id, as <see cref="TimelineEvent.Id"/> has it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public string GetId(int index) => columns.IdAt(Slot(index));

    /// <summary>
    /// Gets a result's position in the timeline's <see cref="Timeline.Events"/>, without reading the event: for
    /// arrays a caller keeps beside the timeline, one entry per event. O(1).
    /// </summary>
    /// <param name="index">The result's number, from 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The position, from 0 to the timeline's event count - 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public int GetPosition(int index) => columns.PositionAt(Slot(index));

    /// <summary>
    /// Gets the four points of a result's time as the query saw them, without reading the event: the declared
    /// bounds, an ongoing end at the end of the as-of day or open as the query's <see cref="TimelineQuery.OpenEnds"/>
    /// says; or, for a query <see cref="TimelineQuery.OnDerivedBounds"/>, the derived ones
    /// (<see cref="Chronology.DerivedBounds"/>). O(1).
    /// </summary>
    /// <param name="index">The result's number, from 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The bounds; a point at an end of the time line (an open or unknown start or end) is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public EventTimeBounds GetBounds(int index) => EventTimeBounds.From(this.index.Bounds(Slot(index), forever));

    /// <summary>Gets a result's event. O(1).</summary>
    /// <param name="index">The result's number, from 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The event, the one enumerating the query gives at that place.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public TimelineEvent GetEvent(int index) => this.index.EventAt(Slot(index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(int index)
    {
        if ((uint)index >= (uint)slots.Length)
        {
            ThrowOutOfRange(index);
        }

        return slots[index];
    }

    private void ThrowOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, QueryMessages.NoSuchResult(index, slots.Length));
}
