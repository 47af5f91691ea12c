using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Timelines.Querying;

/// <summary>
/// An augmented interval list (AIList, Feng, Ratan and Sheffield 2019) over one timeline snapshot's events, in
/// struct-of-arrays form with 64-bit keys: the interval of each event is its possible extent
/// [earliest start, latest end) in Unix ticks.
/// </summary>
/// <remarks>
/// <para>
/// Events are split into a few components. Each regular component is sorted by (earliest start, latest end, id)
/// and carries a running maximum of latest ends, so a query "start before b and end after a" is a binary search
/// for b then a scan backwards that stops as soon as the running maximum is at most a: O(log n + k + s) per
/// component, where s counts events scanned without matching. Building moves every event that covers more than half
/// of the next <see cref="CoverageWindow"/> events into the next component, so a few very long events (and unknown
/// ends or starts, which are very long) live in small components of their own and cannot make the scan of the big
/// one long; the last regular component takes what is left.
/// </para>
/// <para>
/// The final component holds ongoing events (open end), sorted by (earliest start, id): their end depends on the
/// query's <see cref="OngoingEnds"/>, and for either choice the events that overlap a window are a contiguous
/// range of it, found by binary search.
/// </para>
/// <para>A second array holds the regular components' latest ends, sorted, for O(log n) overlap counts.</para>
/// <threadsafety>Immutable once built: any number of threads may query it at once.</threadsafety>
/// </remarks>
internal sealed partial class EventIndex
{
    internal const int CoverageWindow = 32;
    private const int MaxRegularComponents = 6;
    private const int MinComponentSize = 64;

    private readonly long[] startSamples;
    private readonly long[] endSamples;

    private EventIndex(
        ImmutableArray<TimelineEvent> events,
        DateTimeZone zone,
        long? asOfEnd,
        long[] earliestStarts,
        long[] latestStarts,
        long[] earliestEnds,
        long[] latestEnds,
        long[] maxEnds,
        int[] eventAt,
        int[] componentStarts,
        long[] sortedEnds)
    {
        Events = events;
        Zone = zone;
        AsOfEnd = asOfEnd;
        EarliestStarts = earliestStarts;
        LatestStarts = latestStarts;
        EarliestEnds = earliestEnds;
        LatestEnds = latestEnds;
        MaxEnds = maxEnds;
        EventAt = eventAt;
        ComponentStarts = componentStarts;
        SortedEnds = sortedEnds;
        startSamples = SampledSearch.Sample(earliestStarts);
        endSamples = SampledSearch.Sample(sortedEnds);
    }

    public ImmutableArray<TimelineEvent> Events { get; }

    public DateTimeZone Zone { get; }

    /// <summary>Gets the end of the as-of day in ticks, or null when the timeline has none.</summary>
    public long? AsOfEnd { get; }

    public long[] EarliestStarts { get; }

    public long[] LatestStarts { get; }

    public long[] EarliestEnds { get; }

    public long[] LatestEnds { get; }

    public long[] MaxEnds { get; }

    /// <summary>Gets, for each slot, the position of its event in <see cref="Events"/>.</summary>
    public int[] EventAt { get; }

    /// <summary>Gets the first slot of each component, then the slot count; the last component is the ongoing one.</summary>
    public int[] ComponentStarts { get; }

    public long[] SortedEnds { get; }

    public int Count => EventAt.Length;

    public int ComponentCount => ComponentStarts.Length - 1;

    public int OngoingStart => ComponentStarts[^2];

    /// <summary>Builds the index. O(n log n), or O(n) when the events are already in start order.</summary>
    public static EventIndex Build(ImmutableArray<TimelineEvent> events, DateTimeZone zone, LocalDate? asOf)
    {
        var n = events.Length;
        var bounds = new AxisBounds[n];
        var regular = new List<int>(n);
        var ongoing = new List<int>();
        for (var i = 0; i < n; i++)
        {
            bounds[i] = events[i].When.Axis(zone);
            (bounds[i].LatestEnd == AxisBounds.OpenEnd ? ongoing : regular).Add(i);
        }

        var regularOrder = regular.ToArray();
        SortIfNeeded(regularOrder, bounds, events);
        var ongoingOrder = ongoing.ToArray();
        SortIfNeeded(ongoingOrder, bounds, events);
        long? asOfEnd = asOf is { } day ? EdtfValue.ForDate(EdtfDate.ForDay(day)).Axis(zone).LatestEnd : null;
        return Assemble(events, zone, asOfEnd, bounds, regularOrder, ongoingOrder);
    }

    /// <summary>
    /// Builds the index of this index's events and one more, appended to <paramref name="events"/>, without sorting:
    /// O(n) to copy the arrays. Returns null when the new event does not sort after every event of the component
    /// it belongs to (the first regular one, or the ongoing one); the caller then builds from scratch.
    /// </summary>
    public EventIndex? TryAppend(ImmutableArray<TimelineEvent> events)
    {
        var n = Count;
        if (events.Length != n + 1 || ComponentCount < 2)
        {
            return null;
        }

        var item = events[n];
        var b = item.When.Axis(Zone);
        var ongoing = b.LatestEnd == AxisBounds.OpenEnd;
        var componentStart = ongoing ? OngoingStart : 0;
        var at = ongoing ? n : ComponentStarts[1];
        if (at > componentStart && CompareWithSlot(at - 1, b, item.Id) > 0)
        {
            return null;
        }

        var maxEnd = at > componentStart ? Math.Max(MaxEnds[at - 1], b.LatestEnd) : b.LatestEnd;
        var componentStarts = (int[])ComponentStarts.Clone();
        for (var c = ongoing ? componentStarts.Length - 1 : 1; c < componentStarts.Length; c++)
        {
            componentStarts[c]++;
        }

        var sortedEnds = SortedEnds;
        if (!ongoing)
        {
            var position = CountEndingBy(b.LatestEnd);
            sortedEnds = Insert(SortedEnds, position, b.LatestEnd);
        }

        return new EventIndex(
            events,
            Zone,
            AsOfEnd,
            Insert(EarliestStarts, at, b.EarliestStart),
            Insert(LatestStarts, at, b.LatestStart),
            Insert(EarliestEnds, at, b.EarliestEnd),
            Insert(LatestEnds, at, b.LatestEnd),
            Insert(MaxEnds, at, maxEnd),
            Insert(EventAt, at, n),
            componentStarts,
            sortedEnds);
    }

    /// <summary>Gets an event's bounds, with an ongoing end resolved as the query asks.</summary>
    public AxisBounds Bounds(int slot, bool forever)
    {
        var bounds = new AxisBounds(EarliestStarts[slot], LatestStarts[slot], EarliestEnds[slot], LatestEnds[slot]);
        return slot >= OngoingStart ? ResolveOngoing(bounds, forever) : bounds;
    }

    /// <summary>Gets the latest end an ongoing event has under the query's choice.</summary>
    public long OngoingEnd(long earliestStart, bool forever) =>
        forever || AsOfEnd is not { } end ? AxisBounds.OpenEnd : Math.Max(end, earliestStart + 1);

    /// <summary>Gets the index of the first slot in [lo, hi) whose earliest start is at least <paramref name="value"/>.</summary>
    public int LowerBound(int lo, int hi, long value) => SampledSearch.LowerBound(EarliestStarts, startSamples, lo, hi, value);

    /// <summary>Gets how many regular events have a latest end at most <paramref name="value"/>. O(log n).</summary>
    public int CountEndingBy(long value) =>
        value == long.MaxValue ? SortedEnds.Length : SampledSearch.LowerBound(SortedEnds, endSamples, 0, SortedEnds.Length, value + 1);

    /// <summary>Compares two slots in the results' order: earliest start, then latest end, then id (ordinal).</summary>
    public int Compare(int x, int y, bool forever)
    {
        var c = EarliestStarts[x].CompareTo(EarliestStarts[y]);
        if (c != 0)
        {
            return c;
        }

        var ex = x >= OngoingStart ? OngoingEnd(EarliestStarts[x], forever) : LatestEnds[x];
        var ey = y >= OngoingStart ? OngoingEnd(EarliestStarts[y], forever) : LatestEnds[y];
        c = ex.CompareTo(ey);
        return c != 0 ? c : string.CompareOrdinal(Events[EventAt[x]].Id, Events[EventAt[y]].Id);
    }

    private static T[] Insert<T>(T[] source, int at, T value)
    {
        var result = new T[source.Length + 1];
        Array.Copy(source, result, at);
        result[at] = value;
        Array.Copy(source, at, result, at + 1, source.Length - at);
        return result;
    }

    private int CompareWithSlot(int slot, AxisBounds bounds, string id)
    {
        var c = EarliestStarts[slot].CompareTo(bounds.EarliestStart);
        if (c == 0)
        {
            c = LatestEnds[slot].CompareTo(bounds.LatestEnd);
        }

        return c != 0 ? c : string.CompareOrdinal(Events[EventAt[slot]].Id, id);
    }

    private AxisBounds ResolveOngoing(AxisBounds bounds, bool forever)
    {
        if (forever || AsOfEnd is null)
        {
            return bounds;
        }

        var end = OngoingEnd(bounds.EarliestStart, forever);
        return new AxisBounds(bounds.EarliestStart, Math.Min(bounds.LatestStart, end - 1), end, end);
    }

    private static void SortIfNeeded(int[] order, AxisBounds[] bounds, ImmutableArray<TimelineEvent> events)
    {
        var comparer = new BuildComparer(bounds, events);
        for (var i = 1; i < order.Length; i++)
        {
            if (comparer.Compare(order[i - 1], order[i]) > 0)
            {
                Sort(order, bounds, comparer);
                return;
            }
        }
    }

    private static void Sort(int[] order, AxisBounds[] bounds, BuildComparer comparer)
    {
        // Sort on the primitive start keys first, which is several times faster than sorting with a comparer,
        // then order each run of equal starts by latest end and id.
        var keys = new long[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = bounds[order[i]].EarliestStart;
        }

        Array.Sort(keys, order);
        for (var runStart = 0; runStart < order.Length;)
        {
            var runEnd = runStart + 1;
            while (runEnd < order.Length && keys[runEnd] == keys[runStart])
            {
                runEnd++;
            }

            if (runEnd - runStart > 1)
            {
                order.AsSpan(runStart, runEnd - runStart).Sort(comparer);
            }

            runStart = runEnd;
        }
    }

    private static EventIndex Assemble(
        ImmutableArray<TimelineEvent> events,
        DateTimeZone zone,
        long? asOfEnd,
        AxisBounds[] bounds,
        int[] regularOrder,
        int[] ongoingOrder)
    {
        var components = Decompose(regularOrder, bounds);
        var n = regularOrder.Length + ongoingOrder.Length;
        var earliestStarts = new long[n];
        var latestStarts = new long[n];
        var earliestEnds = new long[n];
        var latestEnds = new long[n];
        var maxEnds = new long[n];
        var eventAt = new int[n];
        var componentStarts = new int[components.Count + 2];
        var slot = 0;
        for (var c = 0; c <= components.Count; c++)
        {
            componentStarts[c] = slot;
            var running = long.MinValue;
            foreach (var item in c < components.Count ? components[c] : ongoingOrder)
            {
                var b = bounds[item];
                earliestStarts[slot] = b.EarliestStart;
                latestStarts[slot] = b.LatestStart;
                earliestEnds[slot] = b.EarliestEnd;
                latestEnds[slot] = b.LatestEnd;
                running = Math.Max(running, b.LatestEnd);
                maxEnds[slot] = running;
                eventAt[slot] = item;
                slot++;
            }
        }

        componentStarts[^1] = slot;
        var sortedEnds = latestEnds.AsSpan(0, regularOrder.Length).ToArray();
        Array.Sort(sortedEnds);
        return new EventIndex(events, zone, asOfEnd, earliestStarts, latestStarts, earliestEnds, latestEnds, maxEnds, eventAt, componentStarts, sortedEnds);
    }

    private static List<int[]> Decompose(int[] order, AxisBounds[] bounds)
    {
        var components = new List<int[]>();
        var rest = order;
        var ends = new long[order.Length];
        while (rest.Length > 0)
        {
            if (rest.Length <= MinComponentSize || components.Count == MaxRegularComponents - 1)
            {
                components.Add(rest);
                break;
            }

            for (var i = 0; i < rest.Length; i++)
            {
                ends[i] = bounds[rest[i]].LatestEnd;
            }

            var keep = new List<int>(rest.Length);
            var moved = new List<int>();
            for (var i = 0; i < rest.Length; i++)
            {
                var end = ends[i];
                var last = Math.Min(rest.Length - 1, i + CoverageWindow);
                var covered = 0;
                for (var j = i + 1; j <= last; j++)
                {
                    covered += ends[j] <= end ? 1 : 0;
                }

                (covered > CoverageWindow / 2 ? moved : keep).Add(rest[i]);
            }

            components.Add(keep.ToArray());
            rest = moved.ToArray();
        }

        return components;
    }

    private readonly struct BuildComparer(AxisBounds[] bounds, ImmutableArray<TimelineEvent> events) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var c = bounds[x].EarliestStart.CompareTo(bounds[y].EarliestStart);
            if (c == 0)
            {
                c = bounds[x].LatestEnd.CompareTo(bounds[y].LatestEnd);
            }

            return c != 0 ? c : string.CompareOrdinal(events[x].Id, events[y].Id);
        }
    }
}
