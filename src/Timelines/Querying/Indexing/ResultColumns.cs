using System.Collections.Generic;
using System.Collections.Immutable;

namespace Timelines.Querying.Indexing;

/// <summary>
/// Each slot's event id and the event's position in the timeline's events, in slot order: what
/// <see cref="QueryResults"/> reads so that a query's results need no scattered read into each event object.
/// </summary>
/// <remarks>
/// <para>
/// <b>Why a separate, lazy object.</b> The two columns cost 12 bytes an event (a reference and an int), more than half
/// of the rest of the index, and only a caller of <see cref="TimelineQuery.ToResults"/> reads them; so an index builds
/// them on the first call that needs them (<see cref="EventIndex.ResultColumns"/>), once, and an index nobody asks for
/// a result view keeps its size. Nothing else reads them: the index orders tied ids from the events, as it did before
/// the columns existed.
/// </para>
/// <para>
/// Building is O(n): the ids are read from the slots' events in slot order, and the positions come from a map of the
/// timeline's events by reference (the events of a timeline are distinct objects, their ids being unique), dropped
/// once the column is filled.
/// </para>
/// <threadsafety>Immutable once built: any number of threads may read it at once.</threadsafety>
/// </remarks>
internal sealed class ResultColumns
{
    private readonly string[] ids;
    private readonly int[] positions;

    private ResultColumns(string[] ids, int[] positions)
    {
        this.ids = ids;
        this.positions = positions;
    }

    /// <summary>Gets the bytes held by the two arrays.</summary>
    public long RetainedBytes => (ids.LongLength * System.IntPtr.Size) + (positions.LongLength * sizeof(int));

    /// <summary>Gets the id of the event in a slot. O(1).</summary>
    public string IdAt(int slot) => ids[slot];

    /// <summary>Gets the position in the timeline's events of the event in a slot. O(1).</summary>
    public int PositionAt(int slot) => positions[slot];

    /// <summary>Builds the columns of an index whose slots hold <paramref name="slotEvents"/>, the timeline's <paramref name="events"/> in slot order. O(n).</summary>
    public static ResultColumns Build(TimelineEvent[] slotEvents, ImmutableArray<TimelineEvent> events)
    {
        var n = slotEvents.Length;
        var byEvent = new Dictionary<TimelineEvent, int>(events.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < events.Length; i++)
        {
            byEvent.Add(events[i], i);
        }

        var ids = new string[n];
        var positions = new int[n];
        for (var slot = 0; slot < n; slot++)
        {
            var item = slotEvents[slot];
            ids[slot] = item.Id;
            positions[slot] = byEvent[item];
        }

        return new ResultColumns(ids, positions);
    }
}
