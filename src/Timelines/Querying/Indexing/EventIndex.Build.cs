using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Numerics;
using NodaTime;

namespace Timelines.Querying.Indexing;

/// <content>Building the index: one pass over the events, a radix sort unless they are in order, and the components.</content>
internal sealed partial class EventIndex
{
    private const int MaxRegularComponents = 6;
    private const int MinComponentSize = 64;

    /// <summary>
    /// Builds the index. O(n) for the sort (a radix sort on the starts) and the rest. With <paramref name="bounds"/>
    /// (one per event, in order), the index holds those points instead of the ones the events' dates give.
    /// </summary>
    public static EventIndex Build(ImmutableArray<TimelineEvent> events, DateTimeZone zone, LocalDate? asOf, AxisBounds[]? bounds = null)
    {
        var n = events.Length;
        var columns = new BuildColumns(n);
        var ongoingCount = 0;
        for (var i = 0; i < n; i++)
        {
            var b = bounds is null ? events[i].When.Axis(zone) : bounds[i];
            columns.Set(i, b);
            ongoingCount += b.LatestEnd == AxisBounds.OpenEnd ? 1 : 0;
        }

        var regularOrder = new int[n - ongoingCount];
        var ongoingOrder = new int[ongoingCount];
        int r = 0, o = 0;
        for (var i = 0; i < n; i++)
        {
            if (columns.LatestEnds[i] == AxisBounds.OpenEnd)
            {
                ongoingOrder[o++] = i;
            }
            else
            {
                regularOrder[r++] = i;
            }
        }

        var comparer = new BuildComparer(columns.EarliestStarts, columns.LatestEnds, events);
        var (sortedStarts, sortedEnds) = SortByStart(regularOrder, comparer);
        SortByStart(ongoingOrder, comparer);
        long? asOfEnd = asOf is { } day ? AxisBounds.EndOfDay(day, zone) : null;
        var components = Decompose(sortedEnds);
        return Assemble(events, zone, asOfEnd, columns, new SortedEvents(regularOrder, sortedStarts, sortedEnds, components), ongoingOrder);
    }

    /// <summary>
    /// Sorts events by (earliest start, latest end, id), radix-sorting the starts unless they are in order already,
    /// and returns their starts and ends in that order.
    /// </summary>
    private static (long[] Starts, long[] Ends) SortByStart(int[] order, BuildComparer comparer)
    {
        var starts = new long[order.Length];
        var inOrder = true;
        for (var i = 0; i < order.Length; i++)
        {
            starts[i] = comparer.EarliestStarts[order[i]];
            inOrder &= i == 0 || starts[i - 1] <= starts[i];
        }

        if (!inOrder)
        {
            RadixSort.Sort(starts, order);
        }

        // Then order each run of equal starts by latest end and id. Many events share a start (every event of a
        // year starts on its first of January), so the ends are sorted as primitive keys and only equal ends
        // compare ids.
        var endKeys = Array.Empty<long>();
        for (var runStart = 0; runStart < order.Length;)
        {
            var runEnd = RunEnd(starts, runStart);
            if (runEnd - runStart > 1)
            {
                var run = order.AsSpan(runStart, runEnd - runStart);
                if (endKeys.Length < run.Length)
                {
                    endKeys = new long[Math.Max(run.Length, 2 * endKeys.Length)];
                }

                var keys = endKeys.AsSpan(0, run.Length);
                for (var i = 0; i < run.Length; i++)
                {
                    keys[i] = comparer.LatestEnds[run[i]];
                }

                SortRunByEnds(run, keys, comparer);
            }

            runStart = runEnd;
        }

        // One pass of scattered reads here, so that everything after reads in order.
        var ends = new long[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ends[i] = comparer.LatestEnds[order[i]];
        }

        return (starts, ends);
    }

    /// <summary>
    /// Orders a run of items that share a start by their ends, given as primitive keys in <paramref name="ends"/>
    /// (sorted along with the items), and compares items in full only where their ends tie too: used by the build
    /// and by the sort of a query's results.
    /// </summary>
    private static void SortRunByEnds<TComparer>(Span<int> run, Span<long> ends, TComparer comparer)
        where TComparer : IComparer<int>
    {
        ends.Sort(run);
        for (var tieStart = 0; tieStart < run.Length;)
        {
            var tieEnd = RunEnd(ends, tieStart);
            if (tieEnd - tieStart > 1)
            {
                run[tieStart..tieEnd].Sort(comparer);
            }

            tieStart = tieEnd;
        }
    }

    /// <summary>Gets the end of the run of keys equal to the one at <paramref name="start"/>.</summary>
    private static int RunEnd(ReadOnlySpan<long> keys, int start)
    {
        var end = start + 1;
        while (end < keys.Length && keys[end] == keys[start])
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Splits events in start order into components, given their ends in that order, and returns the positions in
    /// that order each component takes: an event that outlasts more than half of the next
    /// <see cref="CoverageWindow"/> events would keep the scan of its component going over them, so it moves on.
    /// </summary>
    private static List<int[]> Decompose(long[] sortedEnds)
    {
        var components = new List<int[]>();
        var n = sortedEnds.Length;
        int[]? rest = null;
        var restCount = n;
        var ends = sortedEnds;
        var keep = new int[n];
        var moved = new int[n];
        while (restCount > 0)
        {
            if (restCount <= MinComponentSize || components.Count == MaxRegularComponents - 1)
            {
                components.Add(rest ?? Identity(n));
                break;
            }

            int kept = 0, movedCount = 0;
            var span = ends.AsSpan(0, restCount);
            for (var i = 0; i < restCount; i++)
            {
                var position = rest is null ? i : rest[i];
                if (Outlasts(span, i) > CoverageWindow / 2)
                {
                    moved[movedCount++] = position;
                }
                else
                {
                    keep[kept++] = position;
                }
            }

            components.Add(keep.AsSpan(0, kept).ToArray());
            rest = moved.AsSpan(0, movedCount).ToArray();
            restCount = movedCount;
            ends = new long[restCount];
            for (var i = 0; i < restCount; i++)
            {
                ends[i] = sortedEnds[rest[i]];
            }
        }

        return components;
    }

    private static int[] Identity(int n)
    {
        var positions = new int[n];
        for (var i = 0; i < n; i++)
        {
            positions[i] = i;
        }

        return positions;
    }

    /// <summary>Counts the events among the next <see cref="CoverageWindow"/> that end before event <paramref name="i"/> does.</summary>
    private static int Outlasts(ReadOnlySpan<long> ends, int i)
    {
        var end = ends[i];
        var next = ends.Slice(i + 1, Math.Min(CoverageWindow, ends.Length - i - 1));
        var count = 0;
        var j = 0;
        if (Vector.IsHardwareAccelerated && next.Length == CoverageWindow && CoverageWindow % Vector<long>.Count == 0)
        {
            // Each lane that ends earlier is -1.
            var sum = Vector<long>.Zero;
            var bound = new Vector<long>(end);
            for (; j < CoverageWindow; j += Vector<long>.Count)
            {
                sum += Vector.LessThan(new Vector<long>(next.Slice(j)), bound);
            }

            count = (int)-Vector.Sum(sum);
        }

        for (; j < next.Length; j++)
        {
            count += next[j] < end ? 1 : 0;
        }

        return count;
    }

    private static EventIndex Assemble(
        ImmutableArray<TimelineEvent> events,
        DateTimeZone zone,
        long? asOfEnd,
        BuildColumns columns,
        SortedEvents regular,
        int[] ongoingOrder)
    {
        var n = events.Length;
        var earliestStarts = new long[n];
        var ends = new EndColumn.Builder(n);
        var slotEvents = new TimelineEvent[n];
        var imprecise = new ImpreciseBounds.Builder(columns.HasImprecise ? n : 0);
        var componentStarts = new int[regular.Components.Count + 2];
        var slot = 0;
        for (var c = 0; c < regular.Components.Count; c++)
        {
            componentStarts[c] = slot;
            foreach (var position in regular.Components[c])
            {
                var item = regular.Order[position];
                earliestStarts[slot] = regular.Starts[position];
                ends.Add(regular.Starts[position], regular.Ends[position]);
                slotEvents[slot] = events[item];
                if (columns.HasImprecise && columns.TryGetImprecise(item, out var latestStart, out var earliestEnd))
                {
                    imprecise.Add(slot, latestStart, earliestEnd);
                }

                slot++;
            }
        }

        componentStarts[^2] = slot;
        var asOfValues = new AxisBounds[asOfEnd is null ? 0 : ongoingOrder.Length];
        foreach (var item in ongoingOrder)
        {
            if (asOfEnd is { } end)
            {
                asOfValues[slot - componentStarts[^2]] = events[item].When.Axis(zone, end);
            }

            earliestStarts[slot] = columns.EarliestStarts[item];
            ends.Add(columns.EarliestStarts[item], columns.LatestEnds[item]);
            slotEvents[slot] = events[item];
            if (columns.HasImprecise && columns.TryGetImprecise(item, out var latestStart, out var earliestEnd))
            {
                imprecise.Add(slot, latestStart, earliestEnd);
            }

            slot++;
        }

        componentStarts[^1] = slot;
        return new EventIndex(
            events, zone, asOfEnd, earliestStarts, ends.Build(), slotEvents, componentStarts, imprecise.Build(), new OngoingBounds(asOfValues));
    }

    /// <summary>The regular events in start order (as positions in the timeline), their starts and ends, and the positions in that order of each component.</summary>
    private sealed record SortedEvents(int[] Order, long[] Starts, long[] Ends, List<int[]> Components);

    /// <summary>The events' bounds in the timeline's order, the imprecise halves only once an event needs them.</summary>
    private sealed class BuildColumns(int count)
    {
        private long[]? latestStarts;
        private long[]? earliestEnds;
        private bool[]? isImprecise;

        public long[] EarliestStarts { get; } = new long[count];

        public long[] LatestEnds { get; } = new long[count];

        public bool HasImprecise => isImprecise is not null;

        public void Set(int i, in AxisBounds b)
        {
            EarliestStarts[i] = b.EarliestStart;
            LatestEnds[i] = b.LatestEnd;
            if (b.LatestStart != b.EarliestStart || b.EarliestEnd != b.LatestEnd)
            {
                latestStarts ??= new long[count];
                earliestEnds ??= new long[count];
                isImprecise ??= new bool[count];
                latestStarts[i] = b.LatestStart;
                earliestEnds[i] = b.EarliestEnd;
                isImprecise[i] = true;
            }
        }

        public bool TryGetImprecise(int i, out long latestStart, out long earliestEnd)
        {
            if (isImprecise is not null && isImprecise[i])
            {
                latestStart = latestStarts![i];
                earliestEnd = earliestEnds![i];
                return true;
            }

            latestStart = earliestEnd = 0;
            return false;
        }
    }

    private readonly struct BuildComparer(long[] earliestStarts, long[] latestEnds, ImmutableArray<TimelineEvent> events) : IComparer<int>
    {
        public long[] EarliestStarts => earliestStarts;

        public long[] LatestEnds => latestEnds;

        public int Compare(int x, int y)
        {
            var c = earliestStarts[x].CompareTo(earliestStarts[y]);
            if (c == 0)
            {
                c = latestEnds[x].CompareTo(latestEnds[y]);
            }

            return c != 0 ? c : string.CompareOrdinal(events[x].Id, events[y].Id);
        }
    }
}
