using System;
using NodaTime;

namespace Timelines.Querying.Indexing;

/// <content>
/// Searching the index: the searches of starts, and the three scans a query plan picks from (going on in a window,
/// a range of starts, the nearest slots from a start), each handing candidates to a test and hits to a sink.
/// </content>
internal sealed partial class EventIndex
{
    /// <summary>Gets the distance, in ticks, within which an ongoing event that starts after the as-of day still lasts: its first day or second.</summary>
    private const long LongestGranule = 3 * NodaConstants.TicksPerDay;

    /// <summary>
    /// Fills <paramref name="positions"/> with the first slot of each component whose earliest start is at least
    /// <paramref name="value"/> (the component's end when there is none): one sampled search of the first
    /// component, whose sample then confines the search of each other component to its slots between two bridges
    /// (fractional cascading), a handful in the common case. O(log n), plus O(log m) per other component for the
    /// m of its slots that start between two adjacent samples of the first.
    /// </summary>
    public void LowerBounds(long value, Span<int> positions)
    {
        var starts = componentStarts;
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
        positions[0] = SampledSearch.LowerBound(earliestStarts, startSamples, 0, starts[1], value, out var a, startLayers);
        for (var c = 1; c < ComponentCount; c++)
        {
            // Sample a - 1 is below the value and sample a is at least it, so the answer lies between their bridges.
            var row = (c - 1) * bridgeWidth;
            positions[c] = LowerBound(a > 0 ? bridges[row + a - 1] : starts[c], bridges[row + a], value);
        }
    }

    /// <summary>
    /// Adds the slots going on in the window [qs, qe) (starting before qe, ending after qs, an ongoing end resolved
    /// as <paramref name="forever"/> says) that pass <paramref name="test"/> when <paramref name="tested"/>, in runs
    /// of descending slots. O(log n + k + s), s the slots scanned without matching.
    /// </summary>
    public void ScanOverlapping<TTest, TSink>(long qs, long qe, bool forever, bool tested, TTest test, ref TSink sink)
        where TTest : struct, ISlotTest
        where TSink : struct, ISlotSink
    {
        var starts = componentStarts;
        var regular = ComponentCount - 1;
        Span<int> startingAtQe = stackalloc int[ComponentCount];
        LowerBounds(qe, startingAtQe);
        for (var c = 0; c < regular; c++)
        {
            ScanBack(startingAtQe[c] - 1, starts[c], qs, tested, ref test, ref sink);
        }

        var ongoing = OngoingOverlapping(qs, startingAtQe[regular], forever);
        for (var t = ongoing.Extra; t < ongoing.From; t++)
        {
            if (OngoingEnd(t, forever) > qs && (!tested || test.Passes(t)))
            {
                sink.Add(t);
            }
        }

        for (var t = ongoing.From; t < ongoing.To; t++)
        {
            if (!tested || test.Passes(t))
            {
                sink.Add(t);
            }
        }
    }

    /// <summary>
    /// Counts the slots going on in the window [qs, qe) (starting before qe, ending after qs, an ongoing end resolved
    /// as <paramref name="forever"/> says), the count of <see cref="ScanOverlapping"/> untested, without visiting the
    /// regular slots: for qs &lt; qe, the regular slots that start before qe (one search per component) less those
    /// that end at or before qs (one search of <see cref="EndRanks"/>, built on the first count), which all start
    /// before qe. O(log n), however many events go on in the window. Where that does not hold (qs &gt;= qe, or an
    /// index with a slot ending before it starts), it counts as <see cref="CountOverlappingByScan"/> does. The ongoing
    /// component is searched by its starts as in the scans.
    /// </summary>
    public int CountOverlapping(long qs, long qe, bool forever)
    {
        if (qs >= qe || RegularEndRanks is not { Exact: true } ranks)
        {
            return CountOverlappingByScan(qs, qe, forever);
        }

        var starts = componentStarts;
        var regular = ComponentCount - 1;
        Span<int> startingAtQe = stackalloc int[ComponentCount];
        LowerBounds(qe, startingAtQe);
        var count = 0;
        for (var c = 0; c < regular; c++)
        {
            count += startingAtQe[c] - starts[c];
        }

        count -= ranks.CountEndingAtOrBefore(qs);
        return count + CountOngoing(qs, startingAtQe[regular], forever);
    }

    /// <summary>
    /// Counts the slots going on in the window [qs, qe) without visiting those that start in it: in a regular
    /// component, every slot that starts in [qs, qe) ends after qs, since it ends after it starts; of those that
    /// start before qs, the backward scan from qs finds the ones still going on at qs. O(log n + c), c the slots
    /// going on at qs, however many start in the window. What <see cref="CountOverlapping"/> falls back to, and
    /// what tests compare it with.
    /// </summary>
    public int CountOverlappingByScan(long qs, long qe, bool forever)
    {
        var starts = componentStarts;
        var regular = ComponentCount - 1;
        var counter = default(SlotCounter);
        var all = default(AllSlots);
        Span<int> startingAtQs = stackalloc int[ComponentCount];
        LowerBounds(qs, startingAtQs);
        for (var c = 0; c < regular; c++)
        {
            var startingBefore = startingAtQs[c];
            counter.Count += LowerBoundNear(startingBefore, starts[c + 1], qe) - startingBefore;
            ScanBack(startingBefore - 1, starts[c], qs, tested: false, ref all, ref counter);
        }

        return counter.Count + CountOngoing(qs, LowerBoundNear(startingAtQs[regular], Count, qe), forever);
    }

    /// <summary>Counts the ongoing slots going on in [qs, qe), given <paramref name="to"/>, the first ongoing slot starting at or after qe.</summary>
    private int CountOngoing(long qs, int to, bool forever)
    {
        var ongoing = OngoingOverlapping(qs, to, forever);
        var count = ongoing.To - ongoing.From;
        for (var t = ongoing.Extra; t < ongoing.From; t++)
        {
            count += OngoingEnd(t, forever) > qs ? 1 : 0;
        }

        return count;
    }

    /// <summary>Adds the slots whose earliest start is in [low, high) that pass <paramref name="test"/>. O(log n + k + s).</summary>
    public void ScanStarts<TTest, TSink>(long low, long high, TTest test, ref TSink sink)
        where TTest : struct, ISlotTest
        where TSink : struct, ISlotSink
    {
        Span<int> from = stackalloc int[ComponentCount];
        Span<int> to = stackalloc int[ComponentCount];
        LowerBounds(low, from);
        LowerBounds(high, to);
        for (var c = 0; c < ComponentCount; c++)
        {
            for (var t = from[c]; t < to[c]; t++)
            {
                if (test.Passes(t))
                {
                    sink.Add(t);
                }
            }
        }
    }

    /// <summary>Counts the slots whose earliest start is in [low, high). O(log n).</summary>
    public int CountStarts(long low, long high)
    {
        Span<int> from = stackalloc int[ComponentCount];
        Span<int> to = stackalloc int[ComponentCount];
        LowerBounds(low, from);
        LowerBounds(high, to);
        var count = 0;
        for (var c = 0; c < ComponentCount; c++)
        {
            count += to[c] - from[c];
        }

        return count;
    }

    /// <summary>
    /// Adds the first (<paramref name="forward"/>, from the first slot starting at or after <paramref name="edge"/>)
    /// or last (backward, from the last slot starting before it) <paramref name="wanted"/> slots in the results' order
    /// that pass <paramref name="test"/>, by merging the components from there, and keeps going while the starts tie
    /// with the last one needed: slots are ordered by start, and a tie of starts fully only by <see cref="Sort"/>.
    /// </summary>
    public void ScanNearest<TTest, TSink>(bool forward, long edge, int wanted, bool forever, TTest test, ref TSink sink)
        where TTest : struct, ISlotTest
        where TSink : struct, ISlotSink
    {
        var starts = componentStarts;
        var components = ComponentCount;
        Span<int> cursor = stackalloc int[components];
        LowerBounds(edge, cursor);
        if (!forward)
        {
            for (var c = 0; c < components; c++)
            {
                cursor[c]--;
            }
        }

        var found = 0;
        var lastStart = 0L;
        var reached = false;
        while (true)
        {
            var best = -1;
            for (var c = 0; c < components; c++)
            {
                var inside = forward ? cursor[c] < starts[c + 1] : cursor[c] >= starts[c];
                if (inside && (best < 0 || (Compare(cursor[c], cursor[best], forever) < 0) == forward))
                {
                    best = c;
                }
            }

            if (best < 0)
            {
                return;
            }

            var slot = cursor[best];
            cursor[best] += forward ? 1 : -1;
            var start = earliestStarts[slot];
            if (reached && start != lastStart)
            {
                return;
            }

            if (test.Passes(slot))
            {
                sink.Add(slot);
                found++;
                lastStart = start;
                reached |= found >= wanted;
            }
        }
    }

    /// <summary>Gets the index of the first slot in [lo, hi) whose earliest start is at least <paramref name="value"/>.</summary>
    private int LowerBound(int lo, int hi, long value) => SampledSearch.LowerBound(earliestStarts, startSamples, lo, hi, value, out _, startLayers);

    /// <summary>
    /// Gets the index of the first slot in [from, hi) whose earliest start is at least <paramref name="value"/>,
    /// searching forward from <paramref name="from"/> in doubling steps: O(log d), d the distance to it, and the
    /// first steps stay in the cache lines just read.
    /// </summary>
    private int LowerBoundNear(int from, int hi, long value)
    {
        var lo = from;
        for (var step = 1; ; step <<= 1)
        {
            var probe = lo + step - 1;
            if (probe >= hi)
            {
                return LowerBound(lo, hi, value);
            }

            if (earliestStarts[probe] >= value)
            {
                return LowerBound(lo, probe + 1, value);
            }

            lo = probe + 1;
        }
    }

    /// <summary>
    /// Walks one component backwards from slot <paramref name="from"/> down to <paramref name="lo"/>, adding the
    /// slots that end after <paramref name="qs"/> and pass <paramref name="test"/> when <paramref name="tested"/>,
    /// until a block's running maximum of ends shows that no earlier slot ends after <paramref name="qs"/>.
    /// </summary>
    private void ScanBack<TTest, TSink>(int from, int lo, long qs, bool tested, ref TTest test, ref TSink sink)
        where TTest : struct, ISlotTest
        where TSink : struct, ISlotSink
    {
        var starts = earliestStarts;
        var slotEnds = ends;
        var blockMaxima = blockMaxEnds;
        var t = from;
        while (t >= lo && blockMaxima[t >> BlockShift] > qs)
        {
            var blockStart = Math.Max(lo, t & ~(BlockSize - 1));
            for (; t >= blockStart; t--)
            {
                if (slotEnds.Get(t, starts[t]) > qs && (!tested || test.Passes(t)))
                {
                    sink.Add(t);
                }
            }
        }
    }

    /// <summary>
    /// Gets the ongoing slots going on in a window [qs, qe), given <paramref name="to"/>, the first ongoing slot
    /// starting at or after qe: every slot of [From, To), and those of [Extra, From) whose end is after qs.
    /// </summary>
    private (int Extra, int From, int To) OngoingOverlapping(long qs, int to, bool forever)
    {
        var lo = OngoingStart;
        if (forever || AsOfEnd is not { } asOfEnd)
        {
            // An end that never comes is after every tick but the last.
            var from = qs < long.MaxValue ? lo : to;
            return (from, from, to);
        }

        if (asOfEnd > qs)
        {
            // Every ongoing event lasts at least to the end of the as-of day (or, starting later, past its start).
            return (lo, lo, to);
        }

        // Those that start before the end of the as-of day end there, before qs; those that start at or after qs
        // end after it; those that start after the as-of day but before qs last only their first granule, so only
        // the ones starting within a day of qs can reach past it.
        var atQs = LowerBound(lo, to, qs);
        var extra = LowerBound(lo, atQs, Math.Max(asOfEnd, SaturatingAdd(qs, -LongestGranule)));
        return (extra, atQs, to);
    }

    private static long SaturatingAdd(long value, long delta) =>
        delta > 0 ? (value > long.MaxValue - delta ? long.MaxValue : value + delta)
        : (value < long.MinValue - delta ? long.MinValue : value + delta);

    /// <summary>The test of an unfiltered count: every slot passes.</summary>
    private readonly struct AllSlots : ISlotTest
    {
        public bool Passes(int slot) => true;
    }
}
