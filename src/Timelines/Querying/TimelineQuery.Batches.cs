using System;
using System.Buffers;
using Timelines.Querying.Indexing;
using Timelines.Querying.Internal;

namespace Timelines.Querying;

/// <content>
/// Batches: one query run for many periods at once. The periods are run in order of their start, so that each
/// search begins near where the last one ended, in parts of the index still in cache, rather than at a random
/// place; the answers are those of the single queries.
/// </content>
public readonly partial struct TimelineQuery
{
    /// <summary>
    /// Counts, for each period, the results of this query with its time condition's period replaced by that
    /// period (an <see cref="Overlapping"/> condition when the query has none): <c>counts[i]</c> is
    /// <c>query.Overlapping(periods[i]).Count()</c> for <c>timeline.Query().CountEach(periods, counts)</c>.
    /// Certainty, ongoing ends, filters, Skip and Take apply to each period as to a single query.
    /// </summary>
    /// <param name="periods">The periods.</param>
    /// <param name="counts">Where each period's count goes, at least as long as <paramref name="periods"/>.</param>
    /// <remarks>
    /// The cost of the single counts, O(p log p) to put p periods in order of their start, and a pooled buffer;
    /// faster than a loop of single counts when the periods are many and the index does not fit in cache, since
    /// the periods are run in order of their start, each search beginning near where the last one ended.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="counts"/> is shorter than <paramref name="periods"/>.</exception>
    public void CountEach(ReadOnlySpan<QueryPeriod> periods, Span<int> counts)
    {
        if (counts.Length < periods.Length)
        {
            throw new ArgumentException(QueryMessages.TooFewCounts(periods.Length, counts.Length), nameof(counts));
        }

        var index = Index;
        var order = StartOrder(index, periods, out var keys);
        try
        {
            for (var k = 0; k < periods.Length; k++)
            {
                var i = order[k];
                var all = QueryPlan.CountAll(index, ForPeriod(periods[i]));
                var remaining = Math.Max(0, all - SkipCount);
                counts[i] = TakeCount is { } take ? Math.Min(take, remaining) : remaining;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<long>.Shared.Return(keys);
        }
    }

    /// <summary>
    /// Runs this query once for each period, its time condition's period replaced by that period (an
    /// <see cref="Overlapping"/> condition when the query has none), and hands each result to
    /// <paramref name="action"/> with the position of its period in <paramref name="periods"/>: the results of
    /// <c>query.Overlapping(periods[i])</c> for each i, for <c>timeline.Query().ForEach(periods, action)</c>.
    /// </summary>
    /// <param name="periods">The periods.</param>
    /// <param name="action">Called with the period's position and a result.</param>
    /// <remarks>
    /// The periods are run in order of their start (the earliest start of each on the timeline's time line; ties
    /// in the order given), not in the order given; each period's results come together, in the stable order, Skip
    /// and Take applied. The cost of the single queries, O(p log p) to put p periods in order, and pooled buffers.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public void ForEach(ReadOnlySpan<QueryPeriod> periods, Action<int, TimelineEvent> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var index = Index;
        var order = StartOrder(index, periods, out var keys);
        var buffer = Array.Empty<int>();
        try
        {
            for (var k = 0; k < periods.Length; k++)
            {
                var i = order[k];
                var count = new QueryPlan(index, ForPeriod(periods[i])).Collect(ref buffer);
                var start = Math.Min(SkipCount, count);
                var end = TakeCount is { } take ? (int)Math.Min(count, (long)start + take) : count;
                for (var r = start; r < end; r++)
                {
                    action(i, index.EventAt(buffer[r]));
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<long>.Shared.Return(keys);
            if (buffer.Length > 0)
            {
                SlotBuffers.Return(buffer);
            }
        }
    }

    private TimelineQuery ForPeriod(QueryPeriod period) => this with
    {
        Time = new TimeCondition(Time.Kind == TimeConditionKind.None ? TimeConditionKind.Overlapping : Time.Kind, period, Time.Relation, Time.Count),
    };

    /// <summary>The positions of the periods in order of their earliest start on the index's time line, ties in the order given.</summary>
    private int[] StartOrder(EventIndex index, ReadOnlySpan<QueryPeriod> periods, out long[] keys)
    {
        var asOfEnd = OpenEnds == OpenEnds.Forever ? null : index.AsOfEnd;
        var order = ArrayPool<int>.Shared.Rent(periods.Length);
        keys = ArrayPool<long>.Shared.Rent(periods.Length);
        var sorted = true;
        for (var i = 0; i < periods.Length; i++)
        {
            keys[i] = periods[i].Axis(index.Zone, asOfEnd).EarliestStart;
            order[i] = i;
            sorted &= i == 0 || keys[i - 1] <= keys[i];
        }

        if (!sorted)
        {
            // Sorting long keys is several times faster than sorting (key, position) pairs through a comparer;
            // Array.Sort is not stable, so each run of equal starts is then put back in the order given.
            Array.Sort(keys, order, 0, periods.Length);
            for (var i = 1; i < periods.Length; i++)
            {
                if (keys[i] != keys[i - 1])
                {
                    continue;
                }

                var first = i - 1;
                while (i + 1 < periods.Length && keys[i + 1] == keys[first])
                {
                    i++;
                }

                Array.Sort(order, first, i - first + 1);
            }
        }

        return order;
    }
}
