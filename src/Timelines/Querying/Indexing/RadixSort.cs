using System;
using System.Numerics;

namespace Timelines.Querying.Indexing;

/// <summary>
/// A least-significant-digit radix sort of 64-bit keys carrying an int each: the index sorts its events by start
/// with it, in a few linear passes where a comparison sort of a million keys costs several times as much.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Mask = Buckets - 1;

    // Below this, the histograms cost more than they save.
    private const int SmallCount = 1024;

    /// <summary>Sorts <paramref name="keys"/> ascending and applies the same moves to <paramref name="items"/>; stable.</summary>
    public static void Sort(long[] keys, int[] items)
    {
        var n = keys.Length;
        if (n < SmallCount)
        {
            // Unstable, but small: callers order ties themselves.
            Array.Sort(keys, items);
            return;
        }

        long min = long.MaxValue, max = long.MinValue;
        foreach (var key in keys)
        {
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }

        // Keys are sorted as their unsigned distance from the smallest, so only the digits that vary are visited.
        var bits = 64 - BitOperations.LeadingZeroCount(unchecked((ulong)(max - min)));
        var passes = (bits + DigitBits - 1) / DigitBits;
        var counts = new int[passes * Buckets];
        foreach (var key in keys)
        {
            var offset = unchecked((ulong)(key - min));
            for (var p = 0; p < passes; p++)
            {
                counts[(p * Buckets) + (int)((offset >> (p * DigitBits)) & Mask)]++;
            }
        }

        long[] sourceKeys = keys, targetKeys = new long[n];
        int[] sourceItems = items, targetItems = new int[n];
        for (var p = 0; p < passes; p++)
        {
            var histogram = counts.AsSpan(p * Buckets, Buckets);
            if (histogram.Contains(n))
            {
                // Every key has the same digit here: the pass would not move anything.
                continue;
            }

            var total = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var count = histogram[b];
                histogram[b] = total;
                total += count;
            }

            var shift = p * DigitBits;
            for (var i = 0; i < n; i++)
            {
                var key = sourceKeys[i];
                var position = histogram[(int)((unchecked((ulong)(key - min)) >> shift) & Mask)]++;
                targetKeys[position] = key;
                targetItems[position] = sourceItems[i];
            }

            (sourceKeys, targetKeys) = (targetKeys, sourceKeys);
            (sourceItems, targetItems) = (targetItems, sourceItems);
        }

        if (!ReferenceEquals(sourceKeys, keys))
        {
            sourceKeys.CopyTo(keys, 0);
            sourceItems.CopyTo(items, 0);
        }
    }
}
