using System;
using System.Collections.Generic;
using System.Threading;
using Timelines.Querying;
using Timelines.Querying.Indexing;

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

    /// <summary>Gets the end of the as-of day in ticks, or null when the timeline has none.</summary>
    internal long? AsOfEnd => AsOf is { } day ? AxisBounds.EndOfDay(day, TimeZone) : null;

    /// <summary>Gets the position of the event with an id in <see cref="Events"/>, or -1. O(1).</summary>
    internal int IndexOf(string id) => indexById.TryGetValue(id, out var position) ? position : -1;

    /// <summary>
    /// Answers whether an event stands in an Allen relation to a period or another event, "<paramref name="item"/>
    /// <paramref name="relation"/> <paramref name="period"/>", exactly as this timeline's queries do: in its zone,
    /// with ongoing events lasting to its as-of day (docs/semantics.md, section 5).
    /// </summary>
    /// <param name="item">The event; it need not belong to the timeline.</param>
    /// <param name="relation">The relation.</param>
    /// <param name="period">The period, or another event.</param>
    /// <returns>Yes for every resolution of both, No for none, Maybe otherwise. O(1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not one of Allen's thirteen relations.</exception>
    public TruthValue Is(TimelineEvent item, AllenRelation relation, QueryPeriod period)
    {
        ArgumentNullException.ThrowIfNull(item);
        var asOfEnd = AsOfEnd;
        return AllenAlgebra.Evaluate(item.When.Axis(TimeZone, asOfEnd), relation, period.Axis(TimeZone, asOfEnd));
    }

    /// <summary>Answers all thirteen Allen relations between two events at once, as <see cref="Is"/> answers each.</summary>
    /// <param name="first">The first event ("first R second").</param>
    /// <param name="second">The second event.</param>
    /// <returns>The answer for each relation, in the order of <see cref="AllenRelation"/>. O(1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    public IReadOnlyDictionary<AllenRelation, TruthValue> Relate(TimelineEvent first, TimelineEvent second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var asOfEnd = AsOfEnd;
        return AllenAlgebra.RelationsBetween(first.When.Axis(TimeZone, asOfEnd), second.When.Axis(TimeZone, asOfEnd));
    }

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
