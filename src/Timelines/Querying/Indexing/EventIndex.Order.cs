using System;
using System.Buffers;
using System.Collections.Generic;

namespace Timelines.Querying.Indexing;

/// <content>The results' order: earliest start, then latest end (an ongoing end resolved as the query asks), then id.</content>
internal sealed partial class EventIndex
{
    private const int InsertionSortLimit = 48;

    /// <summary>
    /// Sorts slots a scan added into the results' order, allocating nothing for a few: the backward scans leave them
    /// in runs of descending slots, which reversed are ascending runs.
    /// </summary>
    public void Sort(Span<int> slots, bool forever)
    {
        slots.Reverse();
        if (slots.Length <= InsertionSortLimit)
        {
            InsertionSort(slots, forever);
        }
        else
        {
            SortByKeys(slots, forever);
        }
    }

    /// <summary>Compares two slots in the results' order: earliest start, then latest end, then id (ordinal).</summary>
    private int Compare(int x, int y, bool forever)
    {
        var c = earliestStarts[x].CompareTo(earliestStarts[y]);
        if (c != 0)
        {
            return c;
        }

        c = OrderEnd(x, forever).CompareTo(OrderEnd(y, forever));
        return c != 0 ? c : string.CompareOrdinal(slotEvents[x].Id, slotEvents[y].Id);
    }

    /// <summary>Gets the latest end that orders a slot among results, with an ongoing end resolved as the query asks. O(1).</summary>
    private long OrderEnd(int slot, bool forever) =>
        slot >= OngoingStart ? OngoingEnd(slot, forever) : LatestEnd(slot);

    /// <summary>Merges the ascending runs of a few hits in about linear time, allocating nothing.</summary>
    private void InsertionSort(Span<int> slots, bool forever)
    {
        var starts = earliestStarts;
        for (var i = 1; i < slots.Length; i++)
        {
            var slot = slots[i];
            var start = starts[slot];
            var j = i - 1;

            // Starts differ far more often than not; only equal starts need the full comparison.
            while (j >= 0 && (starts[slots[j]] > start || (starts[slots[j]] == start && Compare(slots[j], slot, forever) > 0)))
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
    /// comparing primitive keys is several times cheaper than comparing slots.
    /// </summary>
    private void SortByKeys(Span<int> slots, bool forever)
    {
        var rented = ArrayPool<long>.Shared.Rent(slots.Length);
        var keys = rented.AsSpan(0, slots.Length);
        var starts = earliestStarts;
        for (var i = 0; i < slots.Length; i++)
        {
            keys[i] = starts[slots[i]];
        }

        keys.Sort(slots);
        for (var run = 0; run < slots.Length;)
        {
            var runEnd = RunEnd(keys, run);
            if (runEnd - run > 1)
            {
                // The run's keys are all the same start: reuse them for the ends.
                var runSlots = slots[run..runEnd];
                var endKeys = keys[run..runEnd];
                for (var i = 0; i < runSlots.Length; i++)
                {
                    endKeys[i] = OrderEnd(runSlots[i], forever);
                }

                SortRunByEnds(runSlots, endKeys, new SlotComparer(this, forever));
            }

            run = runEnd;
        }

        ArrayPool<long>.Shared.Return(rented);
    }

    private readonly struct SlotComparer(EventIndex index, bool forever) : IComparer<int>
    {
        public int Compare(int x, int y) => index.Compare(x, y, forever);
    }
}
