using NodaTime;

namespace Timelines.Querying;

/// <summary>The largest number of a query's events going on at one moment, and the first period in which it is reached.</summary>
/// <remarks><threadsafety>This type is an immutable value type: any number of threads may read one value at once.</threadsafety></remarks>
public readonly struct ConcurrencyPeak
{
    internal ConcurrencyPeak(int count, Interval? period)
    {
        Count = count;
        Period = period;
    }

    /// <summary>Gets the largest number of events going on at one moment (0 when there are none).</summary>
    public int Count { get; }

    /// <summary>Gets the first maximal period in which <see cref="Count"/> events are going on, or <see langword="null"/> when there are no events.</summary>
    public Interval? Period { get; }

    /// <summary>Returns the peak, for diagnostics.</summary>
    /// <returns>Text such as <c>3 in 2022-03-01T00:00:00Z/2022-03-05T00:00:00Z</c>.</returns>
    public override string ToString() => Period is { } period ? $"{Count} in {period}" : "0";
}
