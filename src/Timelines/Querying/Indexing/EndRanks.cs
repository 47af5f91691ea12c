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
/// <b>Cost.</b> 8 bytes an event and a sampled start per 64 (<see cref="SampledSearch"/>), built on the first count
/// that uses it (O(n): a radix sort), once per index, and only then: an index nobody counts keeps its size. When some
/// slot's latest end is before its earliest start (the points an index is built from need not come from one value's
/// bounds), the identity above does not hold; the object then holds nothing and says so (<see cref="Exact"/>), and
/// the count scans as before.
/// </para>
/// <threadsafety>Immutable once built: any number of threads may read it at once.</threadsafety>
/// </remarks>
internal sealed class EndRanks
{
    private readonly long[] sortedEnds;
    private readonly long[] samples;

    private EndRanks(long[] sortedEnds, bool exact)
    {
        this.sortedEnds = sortedEnds;
        samples = SampledSearch.Sample(sortedEnds);
        Exact = exact;
    }

    /// <summary>Gets a value indicating whether every regular slot ends at or after its start, so that <see cref="CountEndingAtOrBefore"/> may stand for the slots that start before a later point and end at or before this one.</summary>
    public bool Exact { get; }

    /// <summary>Gets the bytes held by the arrays.</summary>
    public long RetainedBytes => (sortedEnds.LongLength + samples.LongLength) * sizeof(long);

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
                return new EndRanks([], exact: false);
            }

            sorted[slot] = end;
        }

        // The items are not needed; the sort wants a column to carry along.
        RadixSort.Sort(sorted, new int[regularCount]);
        return new EndRanks(sorted, exact: true);
    }

    /// <summary>Counts the regular slots whose latest end is at or before <paramref name="point"/>. O(log n); only when <see cref="Exact"/>.</summary>
    public int CountEndingAtOrBefore(long point) =>
        point == long.MaxValue
            ? sortedEnds.Length
            : SampledSearch.LowerBound(sortedEnds, samples, 0, sortedEnds.Length, point + 1);
}
