using NodaTime;

namespace Timelines.Querying;

/// <summary>The largest number of a query's events going on at one moment, and the first period in which it is reached.</summary>
/// <remarks><threadsafety>This type is an immutable value type: any number of threads may read one value at once.</threadsafety></remarks>
public readonly struct ConcurrencyPeak
{
    internal ConcurrencyPeak(int count, Interval? period, DateInterval? dates)
    {
        Count = count;
        Period = period;
        Dates = dates;
    }

    /// <summary>Gets the largest number of events going on at one moment (0 when there are none).</summary>
    public int Count { get; }

    /// <summary>Gets the first maximal period in which <see cref="Count"/> events are going on, or <see langword="null"/> when there are no events.</summary>
    public Interval? Period { get; }

    /// <summary>
    /// Gets <see cref="Period"/> as whole days in the timeline's zone, both ends included, or <see langword="null"/>
    /// when there are no events or the period does not begin and end at the start of a day there (a timeline with
    /// date-times). An open or unknown end is the last day of the calendar, 9999-12-31, and an open start the first.
    /// </summary>
    public DateInterval? Dates { get; }

    /// <summary>Returns the peak, for diagnostics.</summary>
    /// <returns>Text such as <c>3 in 2022-03-01T00:00:00Z/2022-03-05T00:00:00Z</c>.</returns>
    public override string ToString() => Period is { } period ? $"{Count} in {period}" : "0";
}
