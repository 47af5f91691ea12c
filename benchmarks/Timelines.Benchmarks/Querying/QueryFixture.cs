using System;
using System.Linq;
using NodaTime;

namespace Timelines.Benchmarks.Querying;

/// <summary>
/// A workload, its timeline with the index built, and the baseline over the same intervals: what every query
/// benchmark sets up. The last one made is kept, so that in-process runs of several benchmarks share it.
/// </summary>
public sealed class QueryFixture
{
    private static QueryFixture? last;

    private QueryFixture(string name, int n)
    {
        Workload = Workload.Create(name, n);
        Timeline = Workload.ToTimeline();
        ScanBack = new Baselines.SortedScanBack(Workload.Starts, Workload.Ends, Timeline.Events);
        _ = Timeline.Query().Count();
    }

    public Workload Workload { get; }

    public Timeline Timeline { get; }

    public Baselines.SortedScanBack ScanBack { get; }

    public static QueryFixture For(string name, int n)
    {
        if (last is null || last.Workload.Name != name || last.Workload.Count != n)
        {
            last = null;
            GC.Collect();
            last = new QueryFixture(name, n);
        }

        return last;
    }

    /// <summary>The queries as periods, checked against the baseline: both must find the same number of events.</summary>
    public Interval[] Periods((long Start, long End)[] queries)
    {
        var periods = queries.Select(q => Workload.ToInterval(q.Start, q.End)).ToArray();
        for (var i = 0; i < Math.Min(50, queries.Length); i++)
        {
            var expected = ScanBack.Count(queries[i].Start, queries[i].End);
            var actual = Timeline.Query().Overlapping(periods[i]).Count();
            if (expected != actual)
            {
                throw new InvalidOperationException($"{Workload.Name}: query {queries[i]} finds {actual} events, the baseline {expected}.");
            }
        }

        return periods;
    }

    /// <summary>Prints the mean number of results per query, so that the per-query times can be read.</summary>
    public void Report(string what, (long Start, long End)[] queries)
    {
        var hits = queries.Average(q => (double)ScanBack.Count(q.Start, q.End));
        Console.WriteLine($"// {Workload.Name} n={Workload.Count}: {what}, {hits:F1} results per query on average");
    }
}
