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
    private readonly EndpointCondition condition;
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
        condition = ConditionFor(time);
        nearestCount = time.Count;
        certainly = query.Certainty == Certainty.Certainly;

        // A period with an open end lasts as the query says ongoing events do (docs/semantics.md, section 5).
        period = time.Kind == TimeConditionKind.None ? default : time.Period.Axis(index.Zone, Forever ? null : index.AsOfEnd);
        excludedEvent = time.ExcludedEventId is { } excluded && query.Timeline.IndexOf(excluded) is >= 0 and var position
            ? index.Events[position]
            : null;
        hasFilters = excludedEvent is not null || query.Filters is not null;
        // Where the window is exactly the condition, candidates need no further test of time.
        windowIsExact = time.Kind == TimeConditionKind.None
            || (query.Certainty == Certainty.Possibly && time.Kind == TimeConditionKind.Overlapping)
            || (query.Certainty == Certainty.Certainly && time.Kind == TimeConditionKind.After);
        hasTimeTest = !windowIsExact;

        (window, windowLow, windowHigh) = Plan(time, query.Certainty, period);
    }

    private enum Window
    {
        Stab,
        StartRange,
        Next,
        Previous,
    }

    /// <summary>Gets the distance, in ticks, within which an ongoing event that starts after the as-of day still lasts: its first day or second.</summary>
    private const long LongestGranule = 3 * NodaTime.NodaConstants.TicksPerDay;

    public bool Forever { get; }

    public EventIndex Index => index;

    /// <summary>Counts matches before Skip and Take, without visiting them when the window is exactly the condition.</summary>
    public int CountAll()
    {
        if (windowIsExact && !hasFilters)
        {
            return window == Window.Stab && windowLow < windowHigh ? StabCount(windowLow, windowHigh) : RangeCount(windowLow, windowHigh);
        }

        if (!hasFilters && window == Window.Next && certainly)
        {
            // Certainly after: every event starting at or after the period's latest end, and only those.
            return Math.Min(nearestCount, RangeCount(windowLow, windowHigh));
        }

        var counter = new Counter();
        Scan(ref counter);
        return window is Window.Next or Window.Previous ? Math.Min(nearestCount, counter.Count) : counter.Count;
    }

    /// <summary>Collects the matching slots, in the results' order, into a pooled buffer.</summary>
    public int Collect(ref int[] buffer)
    {
        var collector = new Collector(buffer);
        Scan(ref collector);
        buffer = collector.Buffer;
        var count = collector.Count;
        Sort(buffer.AsSpan(0, count));
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

    /// <summary>Gets the comparisons the time condition makes (docs/semantics.md, section 5).</summary>
    private static EndpointCondition ConditionFor(in TimeCondition time) => time.Kind switch
    {
        TimeConditionKind.Overlapping => EndpointCondition.Overlapping,
        TimeConditionKind.Within => EndpointCondition.Within,
        TimeConditionKind.Containing => EndpointCondition.Containing,
        TimeConditionKind.Before or TimeConditionKind.Previous => EndpointCondition.EndsBefore,
        TimeConditionKind.After or TimeConditionKind.Next => EndpointCondition.StartsAfter,
        TimeConditionKind.StartingIn => EndpointCondition.StartingIn,
        TimeConditionKind.Related => EndpointCondition.For(time.Relation),
        _ => default,
    };

    private static long SaturatingAdd(long value, long delta) =>
        delta > 0 ? (value > long.MaxValue - delta ? long.MaxValue : value + delta)
        : (value < long.MinValue - delta ? long.MinValue : value + delta);

    private void Scan<TSink>(ref TSink sink)
        where TSink : struct, IHitSink
    {
        switch (window)
        {
            case Window.Stab:
                ScanStab(windowLow, windowHigh, hasTimeTest || hasFilters, ref sink);
                break;
            case Window.StartRange:
                ScanRange(ref sink);
                break;
            default:
                ScanNearest(ref sink);
                break;
        }
    }

    /// <summary>
    /// Adds the slots going on in the stabbing window [qs, qe) (starting before qe, ending after qs) that pass
    /// <see cref="Matches"/> when <paramref name="filtered"/>.
    /// </summary>
    private void ScanStab<TSink>(long qs, long qe, bool filtered, ref TSink sink)
        where TSink : struct, IHitSink
    {
        var starts = index.ComponentStarts;
        var regular = index.ComponentCount - 1;
        Span<int> startingAtQe = stackalloc int[index.ComponentCount];
        index.LowerBounds(qe, startingAtQe);
        for (var c = 0; c < regular; c++)
        {
            ScanBack(startingAtQe[c] - 1, starts[c], qs, ref sink, filtered);
        }

        var ongoing = OngoingStab(qs, startingAtQe[regular]);
        for (var t = ongoing.Extra; t < ongoing.From; t++)
        {
            if (index.OngoingEnd(t, Forever) > qs && (!filtered || Matches(t)))
            {
                sink.Add(t);
            }
        }

        for (var t = ongoing.From; t < ongoing.To; t++)
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

    /// <summary>
    /// Gets the ongoing slots going on in a stabbing window [qs, qe), given <paramref name="to"/>, the first ongoing
    /// slot starting at or after qe: every slot of [From, To), and those of [Extra, From) whose end is after qs.
    /// </summary>
    private (int Extra, int From, int To) OngoingStab(long qs, int to)
    {
        var lo = index.OngoingStart;
        if (Forever || index.AsOfEnd is not { } asOfEnd)
        {
            // An end that never comes is after every tick but the last.
            var from = qs < long.MaxValue ? lo : to;
            return (from, from, to);
        }

        if (asOfEnd > qs)
        {
            // Every ongoing event lasts at least to the end of the as-of day (or, starting later, past its start).
            return (lo, lo, to);
        }

        // Those that start before the end of the as-of day end there, before qs; those that start at or after qs
        // end after it; those that start after the as-of day but before qs last only their first granule, so only
        // the ones starting within a day of qs can reach past it.
        var atQs = index.LowerBound(lo, to, qs);
        var extra = index.LowerBound(lo, atQs, Math.Max(asOfEnd, SaturatingAdd(qs, -LongestGranule)));
        return (extra, atQs, to);
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

    /// <summary>
    /// Finds the first (<see cref="Window.Next"/>) or last (<see cref="Window.Previous"/>) few matches in the
    /// results' order by merging the components from the window's edge, and keeps going while the starts tie with
    /// the last one needed: the index orders slots by start, and a tie of starts fully only in the final sort.
    /// </summary>
    private void ScanNearest<TSink>(ref TSink sink)
        where TSink : struct, IHitSink
    {
        var wanted = nearestCount;
        if (wanted == 0)
        {
            return;
        }

        var forward = window == Window.Next;
        var found = 0;
        if (forward && !certainly)
        {
            // Possibly after: the events that start before the period's earliest end but may start after it are
            // going on at it, and come before every event that starts from it, so they are found first, all of them.
            var before = new StabCollector<TSink>(sink);
            ScanStab(windowLow, windowLow, filtered: true, ref before);
            sink = before.Sink;
            found = before.Count;
            if (found >= wanted)
            {
                return;
            }
        }

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

        // Forward from the window's low edge, every event matches in time (it starts at or after the point);
        // backward, each one is tested.
        var timeTested = !forward;
        var lastStart = 0L;
        var reached = false;
        while (true)
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
            var start = index.EarliestStarts[slot];
            if (reached && start != lastStart)
            {
                return;
            }

            if (timeTested ? Matches(slot) : !hasFilters || PassesFilters(index.EventAt(slot)))
            {
                sink.Add(slot);
                found++;
                lastStart = start;
                reached |= found >= wanted;
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

    private TruthValue Truth(in AxisBounds e) => AllenAlgebra.Truth(e, condition, period);

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

        var ongoing = OngoingStab(qs, index.LowerBoundNear(startingAtQs[regular], index.Count, qe));
        for (var t = ongoing.Extra; t < ongoing.From; t++)
        {
            counter.Count += index.OngoingEnd(t, Forever) > qs ? 1 : 0;
        }

        return counter.Count + (ongoing.To - ongoing.From);
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

    /// <summary>Passes hits on to another sink and counts them.</summary>
    private struct StabCollector<TSink>(TSink sink) : IHitSink
        where TSink : struct, IHitSink
    {
        public TSink Sink = sink;
        public int Count;

        public void Add(int slot)
        {
            Sink.Add(slot);
            Count++;
        }
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
