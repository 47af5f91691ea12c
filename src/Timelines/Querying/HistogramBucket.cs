using System;
using NodaTime;

namespace Timelines.Querying;

/// <summary>One bucket of a histogram: a calendar day, week, month or year, and the number of events in it.</summary>
/// <remarks><threadsafety>This type is an immutable value type: any number of threads may read one value at once.</threadsafety></remarks>
public readonly struct HistogramBucket
{
    internal HistogramBucket(LocalDate first, LocalDate last, Interval interval, int count)
    {
        First = first;
        Last = last;
        Interval = interval;
        Count = count;
    }

    /// <summary>Gets the bucket's first day.</summary>
    public LocalDate First { get; }

    /// <summary>Gets the bucket's last day (included).</summary>
    public LocalDate Last { get; }

    /// <summary>Gets the bucket on the time line: from the start of its first day to the end of its last, in the histogram's zone.</summary>
    public Interval Interval { get; }

    /// <summary>Gets the number of events whose extent overlaps the bucket.</summary>
    public int Count { get; }

    /// <summary>Returns the bucket, for diagnostics.</summary>
    /// <returns>Text such as <c>2022-03-01..2022-03-31: 4</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{First:uuuu-MM-dd}..{Last:uuuu-MM-dd}: {Count}");
}
