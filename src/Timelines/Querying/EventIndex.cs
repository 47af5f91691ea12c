using System;
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
/// Events are split into a few components. Each regular component is sorted by (earliest start, latest end, id);
/// a query "start before b and end after a" is a binary search for b then a scan backwards that stops at the first
/// block of <see cref="BlockSize"/> slots whose running maximum of latest ends is at most a: O(log n + k + s) per
/// component, where s counts events scanned without matching. Building moves every event that outlasts more than
/// half of the next <see cref="CoverageWindow"/> events into the next component, so a few very long events (and
/// unknown ends or starts, which are very long) live in small components of their own and cannot make the scan of
/// the big one long; the last regular component takes what is left.
/// </para>
/// <para>
/// The final component holds ongoing events (open end), sorted by (earliest start, id): their end depends on the
/// query's <see cref="OngoingEnds"/>. Forever, or with no as-of day, every one that starts before a window's end
/// overlaps it; as of the as-of day, those that started by its end last to it, and the few that start after it last
/// their first day or second (<see cref="OngoingBounds"/>), so a window after the as-of day reaches back a day.
/// </para>
/// <para>
/// Memory: per event, its earliest start (8 bytes), its latest end as seconds after it (<see cref="EndColumn"/>,
/// 4 bytes) and a reference to it in slot order (8 bytes), so that results are read from one short run rather than
/// one scattered read each; per block, one running maximum (one byte per event); per 64 slots, one sampled start
/// (an eighth of a byte per event); per 64 slots of the first component, one bridge into each other component
/// (a sixteenth of a byte per event each), so that one search of the first component finds the place in the others;
/// per imprecise event, its latest start and earliest end
/// (<see cref="ImpreciseBounds"/>, 16 bytes, and a quarter of a byte per event for the map). See
/// <see cref="RetainedBytes"/>.
/// </para>
/// <threadsafety>Immutable once built: any number of threads may query it at once.</threadsafety>
/// </remarks>
internal sealed partial class EventIndex
{
    internal const int CoverageWindow = 32;
    internal const int BlockShift = 3;
    internal const int BlockSize = 1 << BlockShift;

    private readonly long[] startSamples;

    // Fractional cascading: for each component after the first, one row of (samples of the first component) + 1
    // slots; entry j is the first slot of that component whose start is at least the first component's sample j,
    // and the last entry is the component's end. Null when there is one component or the first is too short to be
    // searched by its samples.
    private readonly int[]? bridges;
    private readonly int bridgeWidth;
    private readonly TimelineEvent[] slotEvents;
    private readonly ImpreciseBounds imprecise;

    // For each ongoing slot, its latest start and its end as of the as-of day (docs/semantics.md, section 4), or
    // empty when the timeline has no as-of day: they depend on the granule of each event's start, so they are
    // computed once from its value rather than from the ticks at query time.
    private readonly OngoingBounds asOfBounds;

    private EventIndex(
        ImmutableArray<TimelineEvent> events,
        DateTimeZone zone,
        long? asOfEnd,
        long[] earliestStarts,
        EndColumn ends,
        TimelineEvent[] slotEvents,
        int[] componentStarts,
        ImpreciseBounds imprecise,
        OngoingBounds asOfBounds)
    {
        Events = events;
        Zone = zone;
        AsOfEnd = asOfEnd;
        EarliestStarts = earliestStarts;
        Ends = ends;
        this.slotEvents = slotEvents;
        ComponentStarts = componentStarts;
        this.imprecise = imprecise;
        this.asOfBounds = asOfBounds;
        BlockMaxEnds = BlockMaxima(earliestStarts, ends, componentStarts);
        startSamples = SampledSearch.Sample(earliestStarts);
        (bridges, bridgeWidth) = Bridges(earliestStarts, startSamples, componentStarts);
    }

    public ImmutableArray<TimelineEvent> Events { get; }

    public DateTimeZone Zone { get; }

    /// <summary>Gets the end of the as-of day in ticks, or null when the timeline has none.</summary>
    public long? AsOfEnd { get; }

    public long[] EarliestStarts { get; }

    /// <summary>Gets each slot's latest end (an ongoing slot's is <see cref="AxisBounds.OpenEnd"/>).</summary>
    public EndColumn Ends { get; }

    /// <summary>
    /// Gets, for each block of <see cref="BlockSize"/> slots, the largest running maximum of latest ends (within
    /// each slot's component) of its regular slots: no regular slot in or before the block, in the same component,
    /// ends later.
    /// </summary>
    public long[] BlockMaxEnds { get; }

    /// <summary>Gets the first slot of each component, then the slot count; the last component is the ongoing one.</summary>
    public int[] ComponentStarts { get; }

    public int Count => slotEvents.Length;

    public int ComponentCount => ComponentStarts.Length - 1;

    public int OngoingStart => ComponentStarts[^2];

    /// <summary>Gets how many slots hold an event with an imprecise start or end.</summary>
    public int ImpreciseCount => imprecise.Count;

    /// <summary>
    /// Gets the bytes the index holds beyond the events themselves: the lengths of its arrays times their element
    /// sizes (object headers, a few dozen bytes in all, left out). The events and the timeline's array of them are
    /// not counted; they exist without the index.
    /// </summary>
    public long RetainedBytes =>
        ((EarliestStarts.LongLength + BlockMaxEnds.LongLength + startSamples.LongLength) * sizeof(long))
        + (slotEvents.LongLength * IntPtr.Size)
        + ((ComponentStarts.LongLength + (bridges?.LongLength ?? 0)) * sizeof(int))
        + Ends.RetainedBytes
        + imprecise.RetainedBytes
        + asOfBounds.RetainedBytes;

    /// <summary>Gets the events in slot order; read only.</summary>
    public TimelineEvent[] SlotEvents => slotEvents;

    /// <summary>Gets the event in a slot. O(1).</summary>
    public TimelineEvent EventAt(int slot) => slotEvents[slot];

    /// <summary>Gets a slot's latest end, <see cref="AxisBounds.OpenEnd"/> for an ongoing slot. O(1).</summary>
    public long LatestEnd(int slot) => Ends.Get(slot, EarliestStarts[slot]);

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

        var componentStarts = (int[])ComponentStarts.Clone();
        for (var c = ongoing ? componentStarts.Length - 1 : 1; c < componentStarts.Length; c++)
        {
            componentStarts[c]++;
        }

        var isImprecise = b.LatestStart != b.EarliestStart || b.EarliestEnd != b.LatestEnd;
        return new EventIndex(
            events,
            Zone,
            AsOfEnd,
            Insert(EarliestStarts, at, b.EarliestStart),
            Ends.Inserted(at, b.EarliestStart, b.LatestEnd),
            Insert(slotEvents, at, item),
            componentStarts,
            imprecise.Inserted(at, n + 1, isImprecise, b.LatestStart, b.EarliestEnd),
            ongoing && AsOfEnd is { } asOfEnd ? asOfBounds.Appended(item.When.Axis(Zone, asOfEnd)) : asOfBounds);
    }

    /// <summary>Gets an event's bounds, with an ongoing end resolved as the query asks.</summary>
    public AxisBounds Bounds(int slot, bool forever)
    {
        var start = EarliestStarts[slot];
        var end = Ends.Get(slot, start);
        var bounds = imprecise.TryGet(slot, out var latestStart, out var earliestEnd)
            ? new AxisBounds(start, latestStart, earliestEnd, end)
            : new AxisBounds(start, start, end, end);
        return slot < OngoingStart || forever || AsOfEnd is null
            ? bounds
            : new AxisBounds(start, asOfBounds.LatestStart(slot - OngoingStart), asOfBounds.End(slot - OngoingStart), asOfBounds.End(slot - OngoingStart));
    }

    /// <summary>Gets the end an ongoing slot has under the query's choice.</summary>
    public long OngoingEnd(int slot, bool forever) =>
        forever || AsOfEnd is null ? AxisBounds.OpenEnd : asOfBounds.End(slot - OngoingStart);

    /// <summary>Gets the index of the first slot in [lo, hi) whose earliest start is at least <paramref name="value"/>.</summary>
    public int LowerBound(int lo, int hi, long value) => SampledSearch.LowerBound(EarliestStarts, startSamples, lo, hi, value);

    /// <summary>
    /// Fills <paramref name="positions"/> with the first slot of each component whose earliest start is at least
    /// <paramref name="value"/> (the component's end when there is none): one sampled search of the first
    /// component, whose sample then confines the search of each other component to its slots between two bridges
    /// (fractional cascading), a handful in the common case. O(log n), plus O(log m) per other component for the
    /// m of its slots that start between two adjacent samples of the first.
    /// </summary>
    public void LowerBounds(long value, Span<int> positions)
    {
        var starts = ComponentStarts;
        if (bridges is null)
        {
            for (var c = 0; c < ComponentCount; c++)
            {
                positions[c] = LowerBound(starts[c], starts[c + 1], value);
            }

            return;
        }

        // The first component starts at slot 0 and, having bridges, is longer than two strides: its search goes
        // through its samples 0 .. bridgeWidth - 2 and says which one it stopped at.
        positions[0] = SampledSearch.LowerBound(EarliestStarts, startSamples, 0, starts[1], value, out var a);
        for (var c = 1; c < ComponentCount; c++)
        {
            // Sample a - 1 is below the value and sample a is at least it, so the answer lies between their bridges.
            var row = (c - 1) * bridgeWidth;
            positions[c] = LowerBound(a > 0 ? bridges[row + a - 1] : starts[c], bridges[row + a], value);
        }
    }

    /// <summary>
    /// Gets the index of the first slot in [from, hi) whose earliest start is at least <paramref name="value"/>,
    /// searching forward from <paramref name="from"/> in doubling steps: O(log d), d the distance to it, and the
    /// first steps stay in the cache lines just read.
    /// </summary>
    public int LowerBoundNear(int from, int hi, long value)
    {
        var lo = from;
        for (var step = 1; ; step <<= 1)
        {
            var probe = lo + step - 1;
            if (probe >= hi)
            {
                return LowerBound(lo, hi, value);
            }

            if (EarliestStarts[probe] >= value)
            {
                return LowerBound(lo, probe + 1, value);
            }

            lo = probe + 1;
        }
    }

    /// <summary>Gets the latest end that orders a slot among results, with an ongoing end resolved as the query asks. O(1).</summary>
    public long OrderEnd(int slot, bool forever) =>
        slot >= OngoingStart ? OngoingEnd(slot, forever) : LatestEnd(slot);

    /// <summary>Compares two slots in the results' order: earliest start, then latest end, then id (ordinal).</summary>
    public int Compare(int x, int y, bool forever)
    {
        var c = EarliestStarts[x].CompareTo(EarliestStarts[y]);
        if (c != 0)
        {
            return c;
        }

        c = OrderEnd(x, forever).CompareTo(OrderEnd(y, forever));
        return c != 0 ? c : string.CompareOrdinal(slotEvents[x].Id, slotEvents[y].Id);
    }

    private static T[] Insert<T>(T[] source, int at, T value)
    {
        var result = new T[source.Length + 1];
        Array.Copy(source, result, at);
        result[at] = value;
        Array.Copy(source, at, result, at + 1, source.Length - at);
        return result;
    }

    private static (int[]? Bridges, int Width) Bridges(long[] earliestStarts, long[] samples, int[] componentStarts)
    {
        var components = componentStarts.Length - 1;
        var firstEnd = componentStarts[1];
        if (components < 2 || firstEnd <= 2 * SampledSearch.Stride)
        {
            return (null, 0);
        }

        var sampleCount = ((firstEnd - 1) / SampledSearch.Stride) + 1;
        var width = sampleCount + 1;
        var bridges = new int[(components - 1) * width];
        for (var c = 1; c < components; c++)
        {
            var row = (c - 1) * width;
            var slot = componentStarts[c];
            var end = componentStarts[c + 1];
            for (var j = 0; j < sampleCount; j++)
            {
                // Both the samples and the component's starts are sorted: one merge-like pass.
                while (slot < end && earliestStarts[slot] < samples[j])
                {
                    slot++;
                }

                bridges[row + j] = slot;
            }

            bridges[row + sampleCount] = end;
        }

        return (bridges, width);
    }

    private static long[] BlockMaxima(long[] earliestStarts, EndColumn ends, int[] componentStarts)
    {
        var maxima = new long[(ends.Length + BlockSize - 1) >> BlockShift];
        maxima.AsSpan().Fill(long.MinValue);

        // The ongoing component is searched by its starts alone; its open ends would only lengthen the scans of
        // a block it shares with the last regular component.
        for (var c = 0; c < componentStarts.Length - 2; c++)
        {
            var running = long.MinValue;
            for (var slot = componentStarts[c]; slot < componentStarts[c + 1]; slot++)
            {
                running = Math.Max(running, ends.Get(slot, earliestStarts[slot]));
                ref var block = ref maxima[slot >> BlockShift];
                block = Math.Max(block, running);
            }
        }

        return maxima;
    }

    private int CompareWithSlot(int slot, AxisBounds bounds, string id)
    {
        var c = EarliestStarts[slot].CompareTo(bounds.EarliestStart);
        if (c == 0)
        {
            c = LatestEnd(slot).CompareTo(bounds.LatestEnd);
        }

        return c != 0 ? c : string.CompareOrdinal(slotEvents[slot].Id, id);
    }
}
