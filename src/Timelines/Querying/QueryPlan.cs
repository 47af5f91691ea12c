using System;
using Timelines.Querying.Indexing;

namespace Timelines.Querying;

/// <summary>
/// A <see cref="TimelineQuery"/> resolved against one snapshot's <see cref="EventIndex"/>: the window of the index
/// that can hold matches (a stabbing window, a range of starts, or the nearest slots from a start), and the exact
/// test (<see cref="CandidateTest"/>) each candidate must pass.
/// </summary>
/// <remarks>
/// Every time condition is a conjunction of comparisons between the ends of the event and of the period. Each
/// candidate window below is implied by the weakest answer the condition accepts (Maybe), using only that an
/// event's latest start is before its latest end and its earliest end after its earliest start; so the window
/// never loses a match, and the exact test, from <see cref="AllenAlgebra"/>'s comparisons, removes the rest.
/// </remarks>
internal readonly struct QueryPlan
{
    private readonly EventIndex index;
    // The parts of the query the plan reads, rather than a copy of the whole query: the plan is made per query.
    private readonly CandidateTest test;
    private readonly int nearestCount;
    private readonly bool certainly;
    private readonly Window window;
    private readonly long windowLow;
    private readonly long windowHigh;
    private readonly bool windowIsExact;

    public QueryPlan(EventIndex index, in TimelineQuery query)
    {
        this.index = index;
        Forever = query.OpenEnds == OpenEnds.Forever;
        var time = query.Time;
        nearestCount = time.Count;
        certainly = query.Certainty == Certainty.Certainly;

        // A period with an open end lasts as the query says ongoing events do (docs/semantics.md, section 5).
        var period = time.Kind == TimeConditionKind.None ? default : time.Period.Axis(index.Zone, Forever ? null : index.AsOfEnd);
        var excludedEvent = time.ExcludedEventId is { } excluded && query.Timeline.IndexOf(excluded) is >= 0 and var position
            ? index.Events[position]
            : null;

        // Where the window is exactly the condition, candidates need no further test of time.
        windowIsExact = time.Kind == TimeConditionKind.None
            || (query.Certainty == Certainty.Possibly && time.Kind == TimeConditionKind.Overlapping)
            || (query.Certainty == Certainty.Certainly && time.Kind == TimeConditionKind.After);
        test = new CandidateTest(index, time, period, certainly, Forever, timeTested: !windowIsExact, query.Filters, excludedEvent);
        (window, windowLow, windowHigh) = Plan(time, query.Certainty, period);
    }

    private enum Window
    {
        Stab,
        StartRange,
        Next,
        Previous,
    }

    public bool Forever { get; }

    /// <summary>
    /// Counts the matches of <paramref name="query"/> before Skip and Take: as <see cref="CountAll()"/> does, but
    /// the commonest count, of the events possibly overlapping a period with no filter, goes straight to the
    /// index's two rank searches without making a plan: making one (its test, its windows) took about half as long
    /// as those searches themselves on a cache-warm index.
    /// </summary>
    public static int CountAll(EventIndex index, in TimelineQuery query)
    {
        var time = query.Time;
        if (time.Kind == TimeConditionKind.Overlapping && query.Certainty == Certainty.Possibly && query.Filters is null && time.Period.Event is null)
        {
            // The window of Plan for possibly overlapping, which is exactly the condition (so CountAll's first case).
            var forever = query.OpenEnds == OpenEnds.Forever;
            var q = time.Period.Axis(index.Zone, forever ? null : index.AsOfEnd);
            return q.EarliestStart < q.LatestEnd ? index.CountOverlapping(q.EarliestStart, q.LatestEnd, forever) : index.CountStarts(q.EarliestStart, q.LatestEnd);
        }

        return new QueryPlan(index, query).CountAll();
    }

    /// <summary>Counts matches before Skip and Take, without visiting them when the window is exactly the condition.</summary>
    public int CountAll()
    {
        if (windowIsExact && !test.Filtered)
        {
            return window == Window.Stab && windowLow < windowHigh ? index.CountOverlapping(windowLow, windowHigh, Forever) : index.CountStarts(windowLow, windowHigh);
        }

        if (!test.Filtered && window == Window.Next && certainly)
        {
            // Certainly after: every event starting at or after the period's latest end, and only those.
            return Math.Min(nearestCount, index.CountStarts(windowLow, windowHigh));
        }

        var counter = default(SlotCounter);
        Scan(ref counter);
        return window is Window.Next or Window.Previous ? Math.Min(nearestCount, counter.Count) : counter.Count;
    }

    /// <summary>Collects the matching slots, in the results' order, into a pooled buffer.</summary>
    public int Collect(ref int[] buffer)
    {
        var collector = new SlotCollector(buffer);
        Scan(ref collector);
        buffer = collector.Buffer;
        var count = collector.Count;
        index.Sort(buffer.AsSpan(0, count), Forever);
        if (count > nearestCount && window is Window.Next or Window.Previous)
        {
            // The nearest scan also collects the events that tie on start with the last one it needed, since the
            // index orders a tie of starts only partly; the sort has ordered them, so the first or last few are the answer.
            if (window == Window.Previous)
            {
                buffer.AsSpan(count - nearestCount, nearestCount).CopyTo(buffer);
            }

            count = nearestCount;
        }

        return count;
    }

    public AxisBounds Bounds(int slot) => index.Bounds(slot, Forever);

    /// <summary>
    /// Gets the window of the index that holds every match: a stabbing window [Low, High) (events starting before
    /// High and ending after Low) or a range of starts [Low, High). Each is implied by the weakest answer the
    /// condition accepts, from the bounds alone (docs/semantics.md, section 5): the exact test removes the rest.
    /// </summary>
    private static (Window Window, long Low, long High) Plan(in TimeCondition time, Certainty certainty, in AxisBounds q)
    {
        var certainly = certainty == Certainty.Certainly;
        return time.Kind switch
        {
            TimeConditionKind.None => (Window.StartRange, long.MinValue, long.MaxValue),
            TimeConditionKind.Overlapping => certainly ? (Window.Stab, q.LatestStart, q.EarliestEnd) : (Window.Stab, q.EarliestStart, q.LatestEnd),
            TimeConditionKind.Within => certainly ? (Window.StartRange, q.LatestStart, q.EarliestEnd) : (Window.Stab, q.EarliestStart, q.LatestEnd),
            TimeConditionKind.Containing => (Window.Stab, SaturatingAdd(q.EarliestEnd, -1), SaturatingAdd(q.LatestStart, 1)),
            TimeConditionKind.Before => (Window.StartRange, long.MinValue, certainly ? q.EarliestStart : q.LatestStart),
            TimeConditionKind.After => certainly ? (Window.StartRange, q.LatestEnd, long.MaxValue) : (Window.Stab, q.EarliestEnd, long.MaxValue),
            TimeConditionKind.StartingIn => certainly ? (Window.StartRange, q.LatestStart, q.EarliestEnd) : (Window.Stab, q.EarliestStart, q.LatestEnd),
            TimeConditionKind.Related => time.Relation switch
            {
                AllenRelation.Before => (Window.StartRange, long.MinValue, q.LatestStart),
                AllenRelation.Meets => (Window.Stab, SaturatingAdd(q.EarliestStart, -1), q.LatestStart),
                AllenRelation.MetBy => (Window.Stab, q.EarliestEnd, SaturatingAdd(q.LatestEnd, 1)),
                AllenRelation.After => (Window.Stab, q.EarliestEnd, long.MaxValue),
                _ => (Window.Stab, q.EarliestStart, q.LatestEnd),
            },

            // Next is After: certainly, the events starting at or after the period's latest end; possibly, those
            // whose latest start is at or after its earliest end, which start from there or go on across it.
            TimeConditionKind.Next => (Window.Next, certainly ? q.LatestEnd : q.EarliestEnd, long.MaxValue),

            // Previous is Before: every match starts before the period's latest start (earliest, certainly).
            _ => (Window.Previous, long.MinValue, certainly ? q.EarliestStart : q.LatestStart),
        };
    }

    private static long SaturatingAdd(long value, long delta) =>
        delta > 0 ? (value > long.MaxValue - delta ? long.MaxValue : value + delta)
        : (value < long.MinValue - delta ? long.MinValue : value + delta);

    private void Scan<TSink>(ref TSink sink)
        where TSink : struct, ISlotSink
    {
        switch (window)
        {
            case Window.Stab:
                index.ScanOverlapping(windowLow, windowHigh, Forever, test.Tests, test, ref sink);
                break;
            case Window.StartRange:
                index.ScanStarts(windowLow, windowHigh, test, ref sink);
                break;
            default:
                ScanNearest(ref sink);
                break;
        }
    }

    /// <summary>
    /// Finds the first (<see cref="Window.Next"/>) or last (<see cref="Window.Previous"/>) few matches in the
    /// results' order from the window's edge, with the events that tie on start with the last one needed.
    /// </summary>
    private void ScanNearest<TSink>(ref TSink sink)
        where TSink : struct, ISlotSink
    {
        var wanted = nearestCount;
        if (wanted == 0)
        {
            return;
        }

        if (window == Window.Previous)
        {
            // Backward, every event is tested.
            index.ScanNearest(forward: false, windowHigh, wanted, Forever, test, ref sink);
            return;
        }

        if (!certainly)
        {
            // Possibly after: the events that start before the period's earliest end but may start after it are
            // going on at it, and come before every event that starts from it, so they are found first, all of them.
            var before = new CountingSink<TSink>(sink);
            index.ScanOverlapping(windowLow, windowLow, Forever, tested: true, test, ref before);
            sink = before.Sink;
            if (before.Count >= wanted)
            {
                return;
            }

            wanted -= before.Count;
        }

        // Forward from the window's low edge, every event matches in time (it starts at or after the point).
        index.ScanNearest(forward: true, windowLow, wanted, Forever, test.FiltersOnly, ref sink);
    }

    /// <summary>Passes hits on to another sink and counts them.</summary>
    private struct CountingSink<TSink>(TSink sink) : ISlotSink
        where TSink : struct, ISlotSink
    {
        public TSink Sink = sink;
        public int Count;

        public void Add(int slot)
        {
            Sink.Add(slot);
            Count++;
        }
    }
}
