using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Timelines.Querying;

/// <summary>
/// A <see cref="TimelineQuery"/> resolved against one snapshot's <see cref="EventIndex"/>: the window of the index
/// that can hold matches (a stabbing window or a range of starts), and the exact test each candidate must pass.
/// </summary>
/// <remarks>
/// Every time condition is a conjunction of comparisons between the ends of the event and of the period. Each
/// candidate window below is implied by the weakest answer the condition accepts (Maybe), using only that an
/// event's latest start is before its latest end and its earliest end after its earliest start; so the window
/// never loses a match, and the exact test, from <see cref="AllenAlgebra"/>'s comparisons, removes the rest.
/// </remarks>
internal readonly struct QueryPlan
{
    private const int InsertionSortLimit = 48;

    private readonly EventIndex index;
    // The parts of the query the plan reads, rather than a copy of the whole query: the plan is made per query.
    private readonly FilterSet filters;
    private readonly TimeConditionKind kind;
    private readonly AllenRelation relation;
    private readonly int nearestCount;
    private readonly bool certainly;
    private readonly AxisBounds period;
    private readonly Window window;
    private readonly long windowLow;
    private readonly long windowHigh;
    private readonly TimelineEvent? excludedEvent;
    private readonly bool hasFilters;
    private readonly bool hasTimeTest;
    private readonly bool windowIsExact;

    public QueryPlan(EventIndex index, in TimelineQuery query)
    {
        this.index = index;
        Forever = query.OngoingEnds == OngoingEnds.Forever;
        var time = query.Time;
        filters = query.Filters ?? FilterSet.None;
        kind = time.Kind;
        relation = time.Relation;
        nearestCount = time.Count;
        certainly = query.Certainty == Certainty.Certainly;
        period = time.Kind == TimeConditionKind.None ? default : time.Period.Axis(index.Zone);
        excludedEvent = time.ExcludedEventId is { } excluded && query.Timeline.IndexOf(excluded) is >= 0 and var position
            ? index.Events[position]
            : null;
        hasFilters = excludedEvent is not null || query.Filters is not null;
        // Where the window is exactly the condition, candidates need no further test of time.
        windowIsExact = time.Kind == TimeConditionKind.None
            || (query.Certainty == Certainty.Possibly && time.Kind == TimeConditionKind.Overlapping)
            || (query.Certainty == Certainty.Certainly && time.Kind == TimeConditionKind.After);
        hasTimeTest = !windowIsExact && time.Kind is not (TimeConditionKind.Next or TimeConditionKind.Previous);

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

    public EventIndex Index => index;

    /// <summary>Counts matches before Skip and Take, without visiting them when the window is exactly the condition.</summary>
    public int CountAll()
    {
        if (windowIsExact && !hasFilters)
        {
            return window == Window.Stab && windowLow < windowHigh ? StabCount(windowLow, windowHigh) : RangeCount(windowLow, windowHigh);
        }

        if (!hasFilters && window is Window.Next or Window.Previous)
        {
            return Math.Min(nearestCount, RangeCount(windowLow, windowHigh));
        }

        var counter = new Counter();
        Scan(ref counter);
        return counter.Count;
    }

    /// <summary>Collects the matching slots, in the results' order, into a pooled buffer.</summary>
    public int Collect(ref int[] buffer)
    {
        var collector = new Collector(buffer);
        Scan(ref collector);
        buffer = collector.Buffer;
        Sort(buffer.AsSpan(0, collector.Count));
        return collector.Count;
    }

    private void Sort(Span<int> slots)
    {
        // The backward scans leave the hits in runs of descending order: reversed, they are ascending runs.
        slots.Reverse();
        if (slots.Length <= InsertionSortLimit)
        {
            InsertionSort(slots);
        }
        else
        {
            SortByKeys(slots);
        }
    }

    /// <summary>Merges the ascending runs of a few hits in about linear time, allocating nothing.</summary>
    private void InsertionSort(Span<int> slots)
    {
        var starts = index.EarliestStarts;
        for (var i = 1; i < slots.Length; i++)
        {
            var slot = slots[i];
            var start = starts[slot];
            var j = i - 1;

            // Starts differ far more often than not; only equal starts need the full comparison.
            while (j >= 0 && (starts[slots[j]] > start || (starts[slots[j]] == start && index.Compare(slots[j], slot, Forever) > 0)))
            {
                slots[j + 1] = slots[j];
                j--;
            }

            slots[j + 1] = slot;
        }
    }

    /// <summary>
    /// Sorts many hits by their starts as primitive keys, then each run of equal starts by ends, and only ties of
    /// both by the full comparison: many events can share a start (every event of a year starts on 1 January), and
    /// comparing primitive keys is several times cheaper than comparing slots through the index.
    /// </summary>
    private void SortByKeys(Span<int> slots)
    {
        var rented = ArrayPool<long>.Shared.Rent(slots.Length);
        var keys = rented.AsSpan(0, slots.Length);
        var starts = index.EarliestStarts;
        for (var i = 0; i < slots.Length; i++)
        {
            keys[i] = starts[slots[i]];
        }

        keys.Sort(slots);
        for (var run = 0; run < slots.Length;)
        {
            var runEnd = EventIndex.RunEnd(keys, run);
            if (runEnd - run > 1)
            {
                // The run's keys are all the same start: reuse them for the ends.
                var runSlots = slots[run..runEnd];
                var endKeys = keys[run..runEnd];
                for (var i = 0; i < runSlots.Length; i++)
                {
                    endKeys[i] = index.OrderEnd(runSlots[i], Forever);
                }

                EventIndex.SortRunByEnds(runSlots, endKeys, new SlotComparer(index, Forever));
            }

            run = runEnd;
        }

        ArrayPool<long>.Shared.Return(rented);
    }


    public AxisBounds Bounds(int slot) => index.Bounds(slot, Forever);

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
            TimeConditionKind.Next => (Window.Next, q.EarliestStart, long.MaxValue),
            _ => (Window.Previous, long.MinValue, q.EarliestStart),
        };
    }

    private static long SaturatingAdd(long value, long delta) =>
        delta > 0 ? (value > long.MaxValue - delta ? long.MaxValue : value + delta)
        : (value < long.MinValue - delta ? long.MinValue : value + delta);

    private void Scan<TSink>(ref TSink sink)
        where TSink : struct, IHitSink
    {
        switch (window)
        {
            case Window.Stab:
                ScanStab(ref sink);
                break;
            case Window.StartRange:
                ScanRange(ref sink);
                break;
            default:
                ScanNearest(ref sink);
                break;
        }
    }

    private void ScanStab<TSink>(ref TSink sink)
        where TSink : struct, IHitSink
    {
        long qs = windowLow, qe = windowHigh;
        var starts = index.ComponentStarts;
        var regular = index.ComponentCount - 1;
        var filtered = hasTimeTest || hasFilters;
        Span<int> startingAtQe = stackalloc int[index.ComponentCount];
        index.LowerBounds(qe, startingAtQe);
        for (var c = 0; c < regular; c++)
        {
            ScanBack(startingAtQe[c] - 1, starts[c], qs, ref sink, filtered);
        }

        var (ongoingFrom, ongoingTo) = OngoingStabRange(qs, startingAtQe[regular]);
        for (var t = ongoingFrom; t < ongoingTo; t++)
        {
            if (!filtered || Matches(t))
            {
                sink.Add(t);
            }
        }
    }

    /// <summary>
    /// Walks one component backwards from slot <paramref name="from"/> down to <paramref name="lo"/>, adding the
    /// slots that end after <paramref name="qs"/> and pass <see cref="Matches"/> when <paramref name="filtered"/>,
    /// until a block's running maximum of ends shows that no earlier slot ends after <paramref name="qs"/>.
    /// </summary>
    private void ScanBack<TSink>(int from, int lo, long qs, ref TSink sink, bool filtered)
        where TSink : struct, IHitSink
    {
        var starts = index.EarliestStarts;
        var ends = index.Ends;
        var blockMaxEnds = index.BlockMaxEnds;
        var t = from;
        while (t >= lo && blockMaxEnds[t >> EventIndex.BlockShift] > qs)
        {
            var blockStart = Math.Max(lo, t & ~(EventIndex.BlockSize - 1));
            for (; t >= blockStart; t--)
            {
                if (ends.Get(t, starts[t]) > qs && (!filtered || Matches(t)))
                {
                    sink.Add(t);
                }
            }
        }
    }

    /// <summary>Gets the ongoing slots going on in the window, given <paramref name="to"/>, the first ongoing slot starting at or after its end.</summary>
    private (int From, int To) OngoingStabRange(long qs, int to)
    {
        var lo = index.OngoingStart;
        if (Forever || index.AsOfEnd is not { } asOfEnd)
        {
            return (qs < long.MaxValue ? lo : to, to);
        }

        // The resolved end max(asOfEnd, start + 1) is after qs when the as-of end is, or when the start is at least qs.
        return (asOfEnd > qs ? lo : index.LowerBound(lo, to, qs), to);
    }

    private void ScanRange<TSink>(ref TSink sink)
        where TSink : struct, IHitSink
    {
        Span<int> from = stackalloc int[index.ComponentCount];
        Span<int> to = stackalloc int[index.ComponentCount];
        index.LowerBounds(windowLow, from);
        index.LowerBounds(windowHigh, to);
        for (var c = 0; c < index.ComponentCount; c++)
        {
            for (var t = from[c]; t < to[c]; t++)
            {
                if (Matches(t))
                {
                    sink.Add(t);
                }
            }
        }
    }

    private void ScanNearest<TSink>(ref TSink sink)
        where TSink : struct, IHitSink
    {
        var forward = window == Window.Next;
        var starts = index.ComponentStarts;
        var components = index.ComponentCount;
        Span<int> cursor = stackalloc int[components];
        index.LowerBounds(forward ? windowLow : windowHigh, cursor);
        if (!forward)
        {
            for (var c = 0; c < components; c++)
            {
                cursor[c]--;
            }
        }

        var wanted = nearestCount;
        var found = 0;
        while (found < wanted)
        {
            var best = -1;
            for (var c = 0; c < components; c++)
            {
                var inside = forward ? cursor[c] < starts[c + 1] : cursor[c] >= starts[c];
                if (inside && (best < 0 || (index.Compare(cursor[c], cursor[best], Forever) < 0) == forward))
                {
                    best = c;
                }
            }

            if (best < 0)
            {
                return;
            }

            var slot = cursor[best];
            cursor[best] += forward ? 1 : -1;
            if (Matches(slot))
            {
                sink.Add(slot);
                found++;
            }
        }
    }

    private bool Matches(int slot)
    {
        if (hasTimeTest)
        {
            var truth = Truth(index.Bounds(slot, Forever));
            if (truth == TruthValue.No || (truth == TruthValue.Maybe && certainly))
            {
                return false;
            }
        }

        return !hasFilters || PassesFilters(index.EventAt(slot));
    }

    private TruthValue Truth(in AxisBounds e)
    {
        var q = period;
        return kind switch
        {
            TimeConditionKind.Overlapping => AllenAlgebra.Intersects(e, q),
            TimeConditionKind.Within => AllenAlgebra.Encloses(q, e),
            TimeConditionKind.Containing => AllenAlgebra.Encloses(e, q),
            TimeConditionKind.Before => NotAfter(e.EarliestEnd, e.LatestEnd, q.EarliestStart, q.LatestStart),
            TimeConditionKind.After => NotAfter(q.EarliestEnd, q.LatestEnd, e.EarliestStart, e.LatestStart),
            TimeConditionKind.StartingIn => Min(
                NotAfter(q.EarliestStart, q.LatestStart, e.EarliestStart, e.LatestStart),
                e.LatestStart < q.EarliestEnd ? TruthValue.Yes : e.EarliestStart >= q.LatestEnd ? TruthValue.No : TruthValue.Maybe),
            _ => AllenAlgebra.Evaluate(e, relation, q),
        };
    }

    /// <summary>Is x (in [x1, x2]) at most y (in [y1, y2])?</summary>
    private static TruthValue NotAfter(long x1, long x2, long y1, long y2) =>
        x2 <= y1 ? TruthValue.Yes : x1 > y2 ? TruthValue.No : TruthValue.Maybe;

    private static TruthValue Min(TruthValue first, TruthValue second) => first < second ? first : second;

    private bool PassesFilters(TimelineEvent item)
    {
        if (ReferenceEquals(item, excludedEvent))
        {
            return false;
        }

        if (!filters.Ids.IsDefaultOrEmpty && !ContainsOrdinal(filters.Ids, item.Id))
        {
            return false;
        }

        if (!filters.Statuses.IsDefaultOrEmpty && (item.Status is not { } status || !filters.Statuses.Contains(status)))
        {
            return false;
        }

        foreach (var tag in filters.Tags)
        {
            if (!ContainsOrdinal(item.Tags, tag))
            {
                return false;
            }
        }

        foreach (var actor in filters.Actors)
        {
            if (!HasName(item.Actors, actor, static a => a.Name))
            {
                return false;
            }
        }

        foreach (var place in filters.Places)
        {
            if (!HasName(item.Places, place, static p => p.Name))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsOrdinal(ImmutableArray<string> items, string value)
    {
        foreach (var item in items)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasName<T>(ImmutableArray<T> items, string name, Func<T, string> nameOf)
    {
        foreach (var item in items)
        {
            if (string.Equals(nameOf(item), name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private int StabCount(long qs, long qe)
    {
        // In a regular component, every event that starts in [qs, qe) ends after qs, since it ends after it starts;
        // of those that start before qs, the backward scan from qs finds the ones still going on at qs. So the cost
        // is O(log n) plus the events going on at qs, however many start in the window.
        var starts = index.ComponentStarts;
        var regular = index.ComponentCount - 1;
        var counter = new Counter();
        Span<int> startingAtQs = stackalloc int[index.ComponentCount];
        index.LowerBounds(qs, startingAtQs);
        for (var c = 0; c < regular; c++)
        {
            var startingBefore = startingAtQs[c];
            counter.Count += index.LowerBoundNear(startingBefore, starts[c + 1], qe) - startingBefore;
            ScanBack(startingBefore - 1, starts[c], qs, ref counter, filtered: false);
        }

        var (from, to) = OngoingStabRange(qs, index.LowerBoundNear(startingAtQs[regular], index.Count, qe));
        return counter.Count + (to - from);
    }

    private int RangeCount(long low, long high)
    {
        Span<int> from = stackalloc int[index.ComponentCount];
        Span<int> to = stackalloc int[index.ComponentCount];
        index.LowerBounds(low, from);
        index.LowerBounds(high, to);
        var count = 0;
        for (var c = 0; c < index.ComponentCount; c++)
        {
            count += to[c] - from[c];
        }

        return count;
    }

    private interface IHitSink
    {
        void Add(int slot);
    }

    private struct Counter : IHitSink
    {
        public int Count;

        public void Add(int slot) => Count++;
    }

    private struct Collector(int[] buffer) : IHitSink
    {
        public int[] Buffer = buffer;
        public int Count;

        public void Add(int slot)
        {
            if (Count == Buffer.Length)
            {
                var larger = SlotBuffers.Rent(Math.Max(16, Buffer.Length * 2));
                Buffer.AsSpan(0, Count).CopyTo(larger);
                SlotBuffers.Return(Buffer);

                Buffer = larger;
            }

            Buffer[Count++] = slot;
        }
    }

    private readonly struct SlotComparer(EventIndex index, bool forever) : IComparer<int>
    {
        public int Compare(int x, int y) => index.Compare(x, y, forever);
    }
}
