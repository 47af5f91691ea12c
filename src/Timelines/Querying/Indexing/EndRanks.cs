using System;
using System.Numerics;
using NodaTime;

namespace Timelines.Querying.Indexing;

/// <summary>
/// The latest ends of an index's regular slots (every component but the ongoing one), sorted, so that the number of
/// them ending at or before a point is one search: what lets an unfiltered count of the events possibly going on in
/// a window be two rank searches instead of a scan.
/// </summary>
/// <remarks>
/// <para>
/// <b>Why.</b> A regular slot is going on in [qs, qe) when it starts before qe and ends after qs. Those that start
/// before qe are, per component, a prefix of its slots (each component is sorted by start), so counting them is the
/// index's search of qe. Of those, the ones that do not end after qs are exactly all regular slots ending at or
/// before qs, when qs &lt; qe and no slot ends before it starts: such a slot starts at or before its end, so before
/// qe. So the count is (slots starting before qe) - (slots ending at or before qs), with no scan of the slots going on
/// at qs, however many they are (an index's scans go back over every one of them, and a cold scan is a cache miss
/// every few of them).
/// </para>
/// <para>
/// <b>Layout.</b> One sampled end per <see cref="SampledSearch.Stride"/> (8 bytes each, searched first through their <see cref="SampleLayers"/>), then each
/// end as whole seconds after its block's sample in 32 bits: exact, since every bound an EDTF value has is a whole
/// second (as in <see cref="EndColumn"/>), and a block of 64 sorted ends spans far less than the 136 years 32 bits
/// hold. Unknown ends (the largest) are only counted. When some end does not fit (not whole seconds from its sample,
/// or too far: derived bounds, or ends across millennia in one block), every end is kept in 64 bits instead.
/// </para>
/// <para>
/// <b>Cost.</b> About 4 bytes an event (8 in the wide form), built on the first count that uses it (O(n): a radix
/// sort), once per index, and only then: an index nobody counts keeps its size. When some slot's latest end is before
/// its earliest start (the points an index is built from need not come from one value's bounds), the identity above
/// does not hold; the object then holds nothing and says so (<see cref="Exact"/>), and the count scans as before.
/// </para>
/// <threadsafety>Immutable once built: any number of threads may read it at once.</threadsafety>
/// </remarks>
internal sealed class EndRanks
{
    private const int Stride = SampledSearch.Stride;
    private const ulong TicksPerSecond = (ulong)NodaConstants.TicksPerSecond;

    // The first end of each block of Stride sorted ends (unknown ends left out).
    private readonly long[] samples;

    // The layers above the samples, searched instead of them (SampleLayers).
    private readonly SampleLayers layers;

    // Each end as seconds after its block's sample, or null when they do not all fit; then the ends themselves.
    private readonly uint[]? seconds;
    private readonly long[]? wide;
    private readonly int count;
    private readonly int unknownEnds;

    private EndRanks(long[] samples, uint[]? seconds, long[]? wide, int count, int unknownEnds, bool exact)
    {
        this.samples = samples;
        layers = new SampleLayers(samples, samples.Length);
        this.seconds = seconds;
        this.wide = wide;
        this.count = count;
        this.unknownEnds = unknownEnds;
        Exact = exact;
    }

    /// <summary>Gets a value indicating whether every regular slot ends at or after its start, so that <see cref="CountEndingAtOrBefore"/> may stand for the slots that start before a later point and end at or before this one.</summary>
    public bool Exact { get; }

    /// <summary>Gets a value indicating whether the ends are kept in 32 bits each; for tests.</summary>
    public bool IsCompact => seconds is not null;

    /// <summary>Gets the bytes held by the arrays.</summary>
    public long RetainedBytes =>
        (samples.LongLength * sizeof(long)) + layers.RetainedBytes + ((seconds?.LongLength ?? 0) * sizeof(uint)) + ((wide?.LongLength ?? 0) * sizeof(long));

    /// <summary>
    /// Builds the ranks of slots 0 .. <paramref name="regularCount"/> - 1, given each slot's earliest start and its
    /// end column. O(n).
    /// </summary>
    public static EndRanks Build(long[] earliestStarts, EndColumn ends, int regularCount)
    {
        var sorted = new long[regularCount];
        for (var slot = 0; slot < regularCount; slot++)
        {
            var start = earliestStarts[slot];
            var end = ends.Get(slot, start);
            if (end < start)
            {
                return new EndRanks([], null, [], 0, 0, exact: false);
            }

            sorted[slot] = end;
        }

        // The items are not needed; the sort wants a column to carry along.
        RadixSort.Sort(sorted, new int[regularCount]);

        // Regular ends are never open, so unknown ends are the largest.
        var kept = regularCount;
        while (kept > 0 && sorted[kept - 1] == AxisBounds.UnknownEnd)
        {
            kept--;
        }

        var keys = sorted.AsSpan(0, kept);
        var samples = new long[(kept + Stride - 1) / Stride];
        for (var j = 0; j < samples.Length; j++)
        {
            samples[j] = keys[j * Stride];
        }

        var seconds = new uint[kept];
        for (var i = 0; i < kept; i++)
        {
            // Sorted, so at least the sample: the difference as unsigned is exact.
            var ticks = unchecked((ulong)(keys[i] - samples[i / Stride]));
            if (ticks % TicksPerSecond != 0 || ticks / TicksPerSecond > uint.MaxValue)
            {
                return new EndRanks(samples, null, keys.ToArray(), kept, regularCount - kept, exact: true);
            }

            seconds[i] = (uint)(ticks / TicksPerSecond);
        }

        return new EndRanks(samples, seconds, null, kept, regularCount - kept, exact: true);
    }

    /// <summary>Counts the regular slots whose latest end is at or before <paramref name="point"/>. O(log n); only when <see cref="Exact"/>.</summary>
    public int CountEndingAtOrBefore(long point)
    {
        var unknown = point >= AxisBounds.UnknownEnd ? unknownEnds : 0;
        if (point == long.MaxValue)
        {
            return count + unknown;
        }

        // The ends at or before the point are those below the next tick: the first block whose sample is not
        // below it starts after them, so they end in the block before, which is counted alone.
        var value = point + 1;
        var block = layers.LowerBound(value) - 1;
        if (block < 0)
        {
            return unknown;
        }

        var from = block * Stride;
        var to = Math.Min(from + Stride, count);
        if (seconds is null)
        {
            // Without 32-bit ends the 64-bit ones are kept; a block is short enough for the search to compare every key.
            return SampledSearch.LowerBound(wide!, samples, from, to, value) + unknown;
        }

        // An end is below the value when its seconds after the sample are fewer than the distance rounded up.
        var ticks = unchecked((ulong)(value - samples[block]));
        var bound = (ticks / TicksPerSecond) + (ticks % TicksPerSecond == 0 ? 0UL : 1UL);
        var below = bound > uint.MaxValue ? to - from : CountLess(seconds.AsSpan(from, to - from), (uint)bound);
        return from + below + unknown;
    }

    /// <summary>Counts the values below <paramref name="value"/> in a block, as independent vector compares (as <see cref="SampledSearch"/> does with its keys).</summary>
    private static int CountLess(ReadOnlySpan<uint> keys, uint value)
    {
        var result = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && keys.Length >= Vector<uint>.Count)
        {
            // Each lane below the value is all ones, minus one; the lanes' sums are exact, a block being short.
            var bound = new Vector<uint>(value);
            var sum = Vector<uint>.Zero;
            for (; i <= keys.Length - Vector<uint>.Count; i += Vector<uint>.Count)
            {
                sum += Vector.LessThan(new Vector<uint>(keys.Slice(i)), bound);
            }

            result = (int)(0u - Vector.Sum(sum));
        }

        for (; i < keys.Length; i++)
        {
            result += keys[i] < value ? 1 : 0;
        }

        return result;
    }
}
