using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Timelines.Querying.Indexing;

/// <summary>
/// Layers of samples above a sorted run of samples, each layer every <see cref="Fanout"/>th key of the one below,
/// so that the first sample at least a value is found by one short vector count per layer instead of a binary
/// search: what the index's searches of starts and of ends (<see cref="EndRanks"/>) go through before the block
/// of keys a sample stands for.
/// </summary>
/// <remarks>
/// <para>
/// <b>Why.</b> A cold query's binary search over the samples (15,625 of them at a million events, 125 KB) takes
/// about 14 dependent steps, each a branch the processor cannot predict and, below the top levels, a load from the
/// second-level cache. Here each layer is one read of <see cref="Fanout"/> adjacent keys (two cache lines), counted
/// with vector compares and no branch on the keys: four layers at a million events, five at ten million, the upper
/// ones small enough to stay in the first-level cache. The idea is that of static search trees with wide nodes
/// (as in B+ trees laid out for SIMD), kept as plain sorted arrays.
/// </para>
/// <para>
/// <b>Cost.</b> About one fifteenth of the samples, which are one key in 64: under 0.01 bytes an event.
/// </para>
/// <threadsafety>Immutable once built: any number of threads may read it at once.</threadsafety>
/// </remarks>
internal sealed class SampleLayers
{
    /// <summary>The keys of a layer per key of the layer above: a layer's search reads this many adjacent keys.</summary>
    public const int Fanout = 16;

    private readonly long[] samples;

    // layers[0] is every Fanout-th sample, layers[k] every Fanout-th key of layers[k - 1]; the last holds at most
    // Fanout keys. Empty when the samples themselves are that few.
    private readonly long[][] layers;

    /// <summary>Initializes the layers above <paramref name="samples"/>[0 .. <paramref name="count"/>), which must be sorted. O(count / Fanout).</summary>
    public SampleLayers(long[] samples, int count)
    {
        this.samples = samples;
        Count = count;
        var built = new System.Collections.Generic.List<long[]>();
        ReadOnlySpan<long> lower = samples.AsSpan(0, count);
        while (lower.Length > Fanout)
        {
            var upper = new long[(lower.Length + Fanout - 1) / Fanout];
            for (var j = 0; j < upper.Length; j++)
            {
                upper[j] = lower[j * Fanout];
            }

            built.Add(upper);
            lower = upper;
        }

        layers = [.. built];
    }

    /// <summary>Gets how many samples the layers stand above: they answer for samples 0 .. Count - 1.</summary>
    public int Count { get; }

    /// <summary>Gets the bytes the layers hold (not the samples, which belong to their owner).</summary>
    public long RetainedBytes
    {
        get
        {
            long bytes = 0;
            foreach (var layer in layers)
            {
                bytes += layer.LongLength * sizeof(long);
            }

            return bytes;
        }
    }

    /// <summary>Gets the first index in [0, <see cref="Count"/>) whose sample is at least <paramref name="value"/>, or <see cref="Count"/>: what a binary search of the samples gives. O(log n / log Fanout).</summary>
    public int LowerBound(long value)
    {
        // In a layer, the keys below the value are a prefix: their count is the position of the first key that
        // is not. With i keys of the layer above below the value, key (i - 1) * Fanout of this one is below it
        // and key i * Fanout is not (when it exists), so only the Fanout keys from (i - 1) * Fanout need counting.
        var top = layers.Length - 1;
        var i = SampledSearch.CountLess(top >= 0 ? layers[top] : samples.AsSpan(0, Count), value);
        for (var k = top - 1; k >= -1 && i > 0; k--)
        {
            ReadOnlySpan<long> lower = k >= 0 ? layers[k] : samples.AsSpan(0, Count);
            var from = (i - 1) * Fanout;
            i = from + (lower.Length - from >= Fanout
                ? CountLessOfFanout(lower.Slice(from, Fanout), value)
                : SampledSearch.CountLess(lower.Slice(from), value));
        }

        return i;
    }

    /// <summary>Counts the keys below <paramref name="value"/> among exactly <see cref="Fanout"/> keys: four 256-bit compares, no loop, no branch on the keys.</summary>
    private static int CountLessOfFanout(ReadOnlySpan<long> keys, long value)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return SampledSearch.CountLess(keys, value);
        }

        // keys holds Fanout = 16 longs, so the four loads stay inside it. Each lane below the value is all ones (-1).
        ref var first = ref MemoryMarshal.GetReference(keys);
        var bound = Vector256.Create(value);
        var below = Vector256.LessThan(Vector256.LoadUnsafe(ref first), bound).ExtractMostSignificantBits()
            | (Vector256.LessThan(Vector256.LoadUnsafe(ref first, 4), bound).ExtractMostSignificantBits() << 4)
            | (Vector256.LessThan(Vector256.LoadUnsafe(ref first, 8), bound).ExtractMostSignificantBits() << 8)
            | (Vector256.LessThan(Vector256.LoadUnsafe(ref first, 12), bound).ExtractMostSignificantBits() << 12);
        return BitOperations.PopCount(below);
    }
}
