using System;
using System.Collections.Immutable;
using System.Threading;
using NodaTime;

namespace Timelines.Querying.Indexing;

/// <summary>
/// The interval index of one timeline snapshot: an augmented interval list (AIList, Feng, Ratan and Sheffield 2019)
/// in struct-of-arrays form with 64-bit keys, the interval of each event being its possible extent
/// [earliest start, latest end) in Unix ticks. It owns its arrays: callers get slots, each slot's event and bounds,
/// and the searches below, never the arrays.
/// </summary>
/// <remarks>
/// <para>
/// Layout. Slots 0 .. n-1 hold the events split into components, each a run of slots: a few regular components,
/// then the ongoing one (open ends). Each regular component is sorted by (earliest start, latest end, id), the
/// ongoing one by (earliest start, id). Per slot there are three columns: the earliest start (8 bytes), the latest
/// end as seconds after it (<see cref="EndColumn"/>, 4 bytes) and the event (a reference, 8 bytes), so that the
/// results of a query are read from one short run rather than one scattered read each. Per block of
/// <see cref="BlockSize"/> slots, one running maximum of the latest ends of the regular slots in or before it, within
/// its component (one byte per event). Per 64 slots, one sampled start (<see cref="SampledSearch"/>, an eighth of a
/// byte per event), and per 64 slots of the first component, one bridge into each other component (a sixteenth of a
/// byte per event each). An imprecise event's latest start and earliest end live in a sparse column
/// (<see cref="ImpreciseBounds"/>, 16 bytes, and a quarter of a byte per event for the map: a precise event's are
/// its earliest start and latest end again); an ongoing event's bounds as of the as-of day in another
/// (<see cref="OngoingBounds"/>). See <see cref="RetainedBytes"/>.
/// </para>
/// <para>
/// Built lazily. Two more columns let a query's results be read without the event objects
/// (<see cref="QueryResults"/>): each slot's id (a reference, 8 bytes) and its event's position in the timeline
/// (4 bytes), in a <see cref="Indexing.ResultColumns"/> built on the first <see cref="TimelineQuery.ToResults"/>.
/// They are not part of the index proper: an index nobody asks for a result view does not hold them, and the order
/// reads tied ids from the events. The regular slots' latest ends, sorted (<see cref="EndRanks"/>, about 4 bytes an
/// event, 8 when they do not fit 32 bits), are built on the first unfiltered count of what possibly overlaps a
/// window. Each lazy part is built at most once per index as far as anyone can see: a thread builds it and
/// publishes it with a compare-exchange, the first one published wins, and readers see either nothing or the whole
/// immutable object.
/// </para>
/// <para>
/// Building (EventIndex.Build.cs) moves every event that outlasts more than half of the next
/// <see cref="CoverageWindow"/> events into the next component, so that a few very long events (and unknown ends or
/// starts, which are very long) live in small components of their own and cannot make the scan of the big one long;
/// the last regular component takes what is left.
/// </para>
/// <para>
/// Searching (EventIndex.Search.cs). "Start before qe and end after qs" (<see cref="ScanOverlapping"/>) is, per
/// regular component, a search for the first slot starting at qe, then a scan backwards that stops at the first
/// block whose running maximum of ends is at most qs: O(log n + k + s) per component, s the events scanned without
/// matching. The search is one sampled search of the first component (through the layers above its samples,
/// <see cref="SampleLayers"/>: a vector count per layer instead of a binary search), whose sample then confines the search of
/// each other component to the few slots between two bridges (fractional cascading). The ongoing component is
/// searched by its starts alone: its ends depend on the query's <see cref="OpenEnds"/>. Forever, or with no as-of
/// day, every one that starts before qe overlaps; as of the as-of day, those that started by its end last to it, and
/// the few that start after it last their first day or second, so a window after the as-of day reaches back a day.
/// A range of starts (<see cref="ScanStarts"/>) is two searches per component; the first or last few slots from a
/// start (<see cref="ScanNearest"/>) merge the components from there. Counting what the first scan finds, untested
/// (<see cref="CountOverlapping"/>), visits no regular slot: the slots that start before qe, less those that end at
/// or before qs (<see cref="EndRanks"/>: the regular latest ends, sorted), which all start
/// before qe when qs &lt; qe and no slot ends before it starts. Scans hand each candidate slot to an
/// <see cref="ISlotTest"/> and the ones that pass to an <see cref="ISlotSink"/>, in runs of descending slots;
/// <see cref="Sort"/> puts them in the results' order (EventIndex.Order.cs).
/// </para>
/// <threadsafety>Immutable once built: any number of threads may query it at once.</threadsafety>
/// </remarks>
internal sealed partial class EventIndex
{
    private const int CoverageWindow = 32;
    private const int BlockShift = 3;
    private const int BlockSize = 1 << BlockShift;

    private readonly long[] earliestStarts;

    // Each slot's latest end (an ongoing slot's is AxisBounds.OpenEnd).
    private readonly EndColumn ends;

    // For each block of BlockSize slots, the largest running maximum of latest ends (within each slot's component)
    // of its regular slots: no regular slot in or before the block, in the same component, ends later.
    private readonly long[] blockMaxEnds;

    // The first slot of each component, then the slot count; the last component is the ongoing one.
    private readonly int[] componentStarts;
    private readonly long[] startSamples;

    // The layers above the first component's samples, which its searches go through (SampleLayers).
    private readonly SampleLayers startLayers;

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

    // Each slot's event's id and position in the timeline, for QueryResults; null until a result view asks for them.
    private ResultColumns? resultColumns;

    // The regular slots' latest ends, sorted, for counting without a scan; null until a count asks for them.
    private EndRanks? endRanks;

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
        this.earliestStarts = earliestStarts;
        this.ends = ends;
        this.slotEvents = slotEvents;
        this.componentStarts = componentStarts;
        this.imprecise = imprecise;
        this.asOfBounds = asOfBounds;
        blockMaxEnds = BlockMaxima(earliestStarts, ends, componentStarts);
        startSamples = SampledSearch.Sample(earliestStarts);
        startLayers = new SampleLayers(startSamples, componentStarts[1] > 0 ? ((componentStarts[1] - 1) / SampledSearch.Stride) + 1 : 0);
        (bridges, bridgeWidth) = Bridges(earliestStarts, startSamples, componentStarts);
    }

    public ImmutableArray<TimelineEvent> Events { get; }

    public DateTimeZone Zone { get; }

    /// <summary>Gets the end of the as-of day in ticks, or null when the timeline has none.</summary>
    public long? AsOfEnd { get; }

    /// <summary>Gets each slot's earliest start, sorted within each component; read only, for tests.</summary>
    public ReadOnlySpan<long> EarliestStarts => earliestStarts;

    /// <summary>Gets the first slot of each component, then the slot count (the last component is the ongoing one); read only, for tests.</summary>
    public ReadOnlySpan<int> ComponentStarts => componentStarts;

    public int Count => slotEvents.Length;

    public int ComponentCount => componentStarts.Length - 1;

    private int OngoingStart => componentStarts[^2];

    /// <summary>Gets how many slots hold an event with an imprecise start or end.</summary>
    public int ImpreciseCount => imprecise.Count;

    /// <summary>
    /// Gets the bytes the index holds beyond the events themselves: the lengths of its arrays times their element
    /// sizes (object headers, a few dozen bytes in all, left out), with the lazy parts only once they are built. The
    /// events and the timeline's array of them are not counted; they exist without the index.
    /// </summary>
    public long RetainedBytes =>
        ((earliestStarts.LongLength + blockMaxEnds.LongLength + startSamples.LongLength) * sizeof(long))
        + (slotEvents.LongLength * IntPtr.Size)
        + ((componentStarts.LongLength + (bridges?.LongLength ?? 0)) * sizeof(int))
        + startLayers.RetainedBytes
        + ends.RetainedBytes
        + imprecise.RetainedBytes
        + asOfBounds.RetainedBytes
        + (Volatile.Read(ref resultColumns)?.RetainedBytes ?? 0)
        + (Volatile.Read(ref endRanks)?.RetainedBytes ?? 0);

    /// <summary>
    /// Gets each slot's event id and position in <see cref="Events"/>, building them on the first call (O(n), once
    /// per index: a racing thread's copy is dropped for the one published first), O(1) after.
    /// </summary>
    public ResultColumns ResultColumns =>
        Volatile.Read(ref resultColumns) ?? LazyInitializer.EnsureInitialized(ref resultColumns, () => ResultColumns.Build(slotEvents, Events));

    /// <summary>
    /// Gets the regular slots' latest ends, sorted, building them on the first call (O(n), once per index: a racing
    /// thread's copy is dropped for the one published first), O(1) after.
    /// </summary>
    public EndRanks RegularEndRanks =>
        Volatile.Read(ref endRanks) ?? LazyInitializer.EnsureInitialized(ref endRanks, () => EndRanks.Build(earliestStarts, ends, OngoingStart));

    /// <summary>Gets the events in slot order, which result slots point into; read only.</summary>
    public TimelineEvent[] SlotEvents => slotEvents;

    /// <summary>Gets the event in a slot. O(1).</summary>
    public TimelineEvent EventAt(int slot) => slotEvents[slot];

    /// <summary>Gets a slot's latest end, <see cref="AxisBounds.OpenEnd"/> for an ongoing slot. O(1).</summary>
    private long LatestEnd(int slot) => ends.Get(slot, earliestStarts[slot]);

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
        var at = ongoing ? n : componentStarts[1];
        if (at > componentStart && CompareWithSlot(at - 1, b, item.Id) > 0)
        {
            return null;
        }

        var starts = (int[])componentStarts.Clone();
        for (var c = ongoing ? starts.Length - 1 : 1; c < starts.Length; c++)
        {
            starts[c]++;
        }

        var isImprecise = b.LatestStart != b.EarliestStart || b.EarliestEnd != b.LatestEnd;
        return new EventIndex(
            events,
            Zone,
            AsOfEnd,
            Insert(earliestStarts, at, b.EarliestStart),
            ends.Inserted(at, b.EarliestStart, b.LatestEnd),
            Insert(slotEvents, at, item),
            starts,
            imprecise.Inserted(at, n + 1, isImprecise, b.LatestStart, b.EarliestEnd),
            ongoing && AsOfEnd is { } asOfEnd ? asOfBounds.Appended(item.When.Axis(Zone, asOfEnd)) : asOfBounds);
    }

    /// <summary>Gets an event's bounds, with an ongoing end resolved as the query asks.</summary>
    public AxisBounds Bounds(int slot, bool forever)
    {
        var start = earliestStarts[slot];
        var end = ends.Get(slot, start);
        var bounds = imprecise.TryGet(slot, out var latestStart, out var earliestEnd)
            ? new AxisBounds(start, latestStart, earliestEnd, end)
            : new AxisBounds(start, start, end, end);
        return slot < OngoingStart || forever || AsOfEnd is null
            ? bounds
            : new AxisBounds(start, asOfBounds.LatestStart(slot - OngoingStart), asOfBounds.End(slot - OngoingStart), asOfBounds.End(slot - OngoingStart));
    }

    /// <summary>Gets the end an ongoing slot has under the query's choice.</summary>
    private long OngoingEnd(int slot, bool forever) =>
        forever || AsOfEnd is null ? AxisBounds.OpenEnd : asOfBounds.End(slot - OngoingStart);

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
        var c = earliestStarts[slot].CompareTo(bounds.EarliestStart);
        if (c == 0)
        {
            c = LatestEnd(slot).CompareTo(bounds.LatestEnd);
        }

        return c != 0 ? c : string.CompareOrdinal(slotEvents[slot].Id, id);
    }
}
