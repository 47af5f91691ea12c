using System;

namespace Timelines.Querying.Indexing;

/// <summary>
/// The latest starts and ends of an index's ongoing slots as of the timeline's as-of day, in slot order from the
/// first ongoing slot (docs/semantics.md, section 4).
/// </summary>
/// <remarks>
/// An ongoing event as of day D lasts to the end of D and started no later, each narrowed by whole granules of its
/// start's date, so neither point follows from the ticks alone: both are computed from the event's value when the
/// index is built. 16 bytes per ongoing event, and nothing when the timeline has no as-of day.
/// <threadsafety>Immutable once built: any number of threads may read it at once.</threadsafety>
/// </remarks>
internal sealed class OngoingBounds
{
    private readonly long[] latestStarts;
    private readonly long[] ends;

    /// <summary>Initializes the columns from each ongoing slot's bounds as of the as-of day.</summary>
    public OngoingBounds(ReadOnlySpan<AxisBounds> asOf)
    {
        latestStarts = new long[asOf.Length];
        ends = new long[asOf.Length];
        for (var i = 0; i < asOf.Length; i++)
        {
            latestStarts[i] = asOf[i].LatestStart;
            ends[i] = asOf[i].LatestEnd;
        }
    }

    private OngoingBounds(long[] latestStarts, long[] ends)
    {
        this.latestStarts = latestStarts;
        this.ends = ends;
    }

    /// <summary>Gets the bytes held by the columns.</summary>
    public long RetainedBytes => (latestStarts.LongLength + ends.LongLength) * sizeof(long);

    /// <summary>Gets the latest start of ongoing slot <paramref name="i"/> (counted from the first ongoing slot). O(1).</summary>
    public long LatestStart(int i) => latestStarts[i];

    /// <summary>Gets the end of ongoing slot <paramref name="i"/> (counted from the first ongoing slot). O(1).</summary>
    public long End(int i) => ends[i];

    /// <summary>Returns the columns with one more slot at the end. O(m).</summary>
    public OngoingBounds Appended(in AxisBounds asOf)
    {
        var starts = new long[latestStarts.Length + 1];
        var newEnds = new long[ends.Length + 1];
        latestStarts.CopyTo(starts, 0);
        ends.CopyTo(newEnds, 0);
        starts[^1] = asOf.LatestStart;
        newEnds[^1] = asOf.LatestEnd;
        return new OngoingBounds(starts, newEnds);
    }
}
