using System;
using System.Numerics;

namespace Timelines.Querying.Indexing;

/// <summary>
/// Binary search over a sorted run of a large array, narrowed first by a search over every
/// <see cref="Stride"/>th key: the sampled keys are few enough to stay in cache, so a search touches a handful of
/// cache lines of the large array instead of one per halving step.
/// </summary>
internal static class SampledSearch
{
    public const int Stride = 64;

    /// <summary>Samples every <see cref="Stride"/>th key.</summary>
    public static long[] Sample(long[] keys)
    {
        var samples = new long[(keys.Length + Stride - 1) / Stride];
        for (var j = 0; j < samples.Length; j++)
        {
            samples[j] = keys[j * Stride];
        }

        return samples;
    }

    /// <summary>Gets the first index in [lo, hi) whose key is at least <paramref name="value"/>, or hi; keys in [lo, hi) must be sorted.</summary>
    public static int LowerBound(long[] keys, long[] samples, int lo, int hi, long value) =>
        LowerBound(keys, samples, lo, hi, value, out _);

    /// <summary>
    /// Gets the first index in [lo, hi) whose key is at least <paramref name="value"/>, or hi, and the index of
    /// the first sample inside [lo, hi) that is at least it (one past the last such sample when none is; -1 when
    /// [lo, hi) is short enough to be counted without the samples).
    /// </summary>
    /// <remarks>
    /// <paramref name="layers"/>, when given, stand above samples 0 .. <c>layers.Count</c> - 1, and are searched
    /// instead of the samples when those are the samples of [lo, hi) (a run that begins at key 0).
    /// </remarks>
    public static int LowerBound(long[] keys, long[] samples, int lo, int hi, long value, out int sample, SampleLayers? layers = null)
    {
        sample = -1;
        if (hi - lo > 2 * Stride)
        {
            // Samples first..last lie inside [lo, hi), so they are sorted too.
            int first = (lo + Stride - 1) / Stride, last = (hi - 1) / Stride;
            var a = layers is not null && first == 0 && last + 1 == layers.Count
                ? layers.LowerBound(value)
                : BinaryLowerBound(samples, first, last + 1, value);
            sample = a;
            var narrowedLo = a > first ? ((a - 1) * Stride) + 1 : lo;
            hi = a <= last ? a * Stride : hi;
            lo = narrowedLo;
        }

        return lo + CountLess(keys.AsSpan(lo, hi - lo), value);
    }

    /// <summary>
    /// Gets the first index in [first, end) whose value in <paramref name="sorted"/> is at least
    /// <paramref name="value"/>, or end: a plain binary search, for arrays small enough to stay in cache (the
    /// samples, whose order is that of the keys they sample).
    /// </summary>
    public static int BinaryLowerBound(long[] sorted, int first, int end, long value)
    {
        int a = first, b = end;
        while (a < b)
        {
            var mid = (int)((uint)(a + b) >> 1);
            if (sorted[mid] < value)
            {
                a = mid + 1;
            }
            else
            {
                b = mid;
            }
        }

        return a;
    }

    /// <summary>
    /// Counts the keys less than <paramref name="value"/> in a short sorted run, which is where the first key at
    /// least <paramref name="value"/> is: reading every key, as independent loads that the processor overlaps,
    /// is faster here than the chain of dependent loads of a binary search.
    /// </summary>
    public static int CountLess(ReadOnlySpan<long> keys, long value)
    {
        var count = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && keys.Length >= Vector<long>.Count)
        {
            var bound = new Vector<long>(value);
            var sum = Vector<long>.Zero;
            for (; i <= keys.Length - Vector<long>.Count; i += Vector<long>.Count)
            {
                sum += Vector.LessThan(new Vector<long>(keys.Slice(i)), bound);
            }

            count = (int)-Vector.Sum(sum);
        }

        for (; i < keys.Length; i++)
        {
            count += keys[i] < value ? 1 : 0;
        }

        return count;
    }
}
