using System.Threading;
using Timelines.Querying;

namespace Timelines;

/// <content>Queries over the timeline's events, answered from an interval index built once per snapshot.</content>
public sealed partial class Timeline
{
    private readonly object indexLock = new();
    private EventIndex? index;

    // The index of the snapshot this one appended an event to, if it was built: extended rather than rebuilt.
    private EventIndex? previousIndex;

    /// <summary>Gets the index of this snapshot's events, building it on first use (thread-safe, built once).</summary>
    internal EventIndex Index
    {
        get
        {
            var built = Volatile.Read(ref index);
            if (built is not null)
            {
                return built;
            }

            lock (indexLock)
            {
                built = index ?? previousIndex?.TryAppend(Events) ?? EventIndex.Build(Events, TimeZone, AsOf);
                previousIndex = null;
                Volatile.Write(ref index, built);
                return built;
            }
        }
    }

    /// <summary>
    /// Lets this snapshot, made by appending one event to <paramref name="previous"/>, extend the previous
    /// snapshot's index (if built) instead of building its own from scratch. Call before sharing this snapshot.
    /// </summary>
    internal Timeline ExtendingIndexOf(Timeline previous)
    {
        previousIndex = Volatile.Read(ref previous.index);
        return this;
    }

    /// <summary>Gets the position of the event with an id in <see cref="Events"/>, or -1. O(1).</summary>
    internal int IndexOf(string id) => indexById.TryGetValue(id, out var position) ? position : -1;

    /// <summary>
    /// Starts a query over this snapshot's events, with no time condition and no filters, for example
    /// <c>timeline.Query().Overlapping(EdtfValue.Parse("2022-03")).WithTag("sanctions").Take(10)</c>. O(1).
    /// </summary>
    /// <remarks>
    /// The first query of a snapshot builds its interval index: O(n log n), or O(n) when the events are in start
    /// order. Any number of threads may query one snapshot at once; a changed copy of the timeline has an index of
    /// its own.
    /// </remarks>
    /// <returns>The query.</returns>
    public TimelineQuery Query() => new(this);
}
