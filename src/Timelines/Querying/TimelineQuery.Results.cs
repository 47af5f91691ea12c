using System;
using Timelines.Querying.Indexing;

namespace Timelines.Querying;

/// <content>Results read from the index's columns: ids, bounds and positions without the event objects.</content>
public readonly partial struct TimelineQuery
{
    /// <summary>
    /// Runs the query and returns its results as a <see cref="QueryResults"/>, whose ids, bounds and positions in
    /// <see cref="Timeline.Events"/> are read from the index rather than from each event, in the order and with the
    /// Skip and Take of enumerating the query.
    /// </summary>
    /// <returns>
    /// The results. The cost of running the query, plus one array of k results (4 bytes each) that the returned
    /// object owns; reading a result is then O(1). The first result view of a timeline snapshot also builds the
    /// index's id and position columns, O(n) and 12 bytes an event, kept for every later one.
    /// </returns>
    public QueryResults ToResults()
    {
        var index = Index;
        var plan = new QueryPlan(index, this);
        var buffer = Array.Empty<int>();
        var count = plan.Collect(ref buffer);
        var start = Math.Min(SkipCount, count);
        var end = TakeCount is { } take ? (int)Math.Min(count, (long)start + take) : count;
        var slots = buffer.AsSpan(start, end - start).ToArray();
        SlotBuffers.Return(buffer);
        return new QueryResults(index, slots, plan.Forever);
    }
}
