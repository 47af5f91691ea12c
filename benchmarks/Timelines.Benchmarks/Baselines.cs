using System;
using System.Collections.Generic;

namespace Timelines.Benchmarks;

/// <summary>The two approaches the index is measured against, over the same intervals.</summary>
public static class Baselines
{
    /// <summary>Counts overlaps by looking at every interval.</summary>
    public static int LinearScanCount(long[] starts, long[] ends, long queryStart, long queryEnd)
    {
        var count = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] < queryEnd && queryStart < ends[i])
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Intervals sorted by start, searched for the first start at or after the query's end, then scanned back while
    /// a start could still reach the query, bounded by the longest interval (the approach of rust-lapper). Given
    /// the events too, it keeps them in start order and can return the matching ones, in start order.
    /// </summary>
    public sealed class SortedScanBack
    {
        private readonly long[] starts;
        private readonly long[] ends;
        private readonly TimelineEvent[] events;
        private readonly long maxLength;

        public SortedScanBack(long[] starts, long[] ends, IReadOnlyList<TimelineEvent>? events = null)
        {
            var order = new int[starts.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            var keys = (long[])starts.Clone();
            Array.Sort(keys, order);
            this.starts = keys;
            this.ends = new long[ends.Length];
            for (var i = 0; i < order.Length; i++)
            {
                this.ends[i] = ends[order[i]];
                maxLength = Math.Max(maxLength, this.ends[i] - this.starts[i]);
            }

            this.events = new TimelineEvent[events is null ? 0 : order.Length];
            for (var i = 0; i < this.events.Length; i++)
            {
                this.events[i] = events![order[i]];
            }
        }

        /// <summary>
        /// Copies the events that overlap the query into <paramref name="buffer"/> (grown when too small), in start
        /// order (ties in no particular order), and returns how many.
        /// </summary>
        public int CopyMatches(long queryStart, long queryEnd, ref TimelineEvent[] buffer)
        {
            var upper = LowerBound(starts, queryEnd);
            var lowestStart = queryStart - maxLength;
            var count = 0;
            for (var i = upper - 1; i >= 0 && starts[i] > lowestStart; i--)
            {
                if (ends[i] > queryStart)
                {
                    if (count == buffer.Length)
                    {
                        Array.Resize(ref buffer, Math.Max(16, 2 * count));
                    }

                    buffer[count++] = events[i];
                }
            }

            Array.Reverse(buffer, 0, count);
            return count;
        }

        public int Count(long queryStart, long queryEnd)
        {
            var upper = LowerBound(starts, queryEnd);
            var lowestStart = queryStart - maxLength;
            var count = 0;
            for (var i = upper - 1; i >= 0 && starts[i] > lowestStart; i--)
            {
                if (ends[i] > queryStart)
                {
                    count++;
                }
            }

            return count;
        }

        private static int LowerBound(long[] sorted, long value)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var mid = (int)((uint)(low + high) >> 1);
                if (sorted[mid] < value)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }
}
