using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Benchmarks.Querying;

/// <summary>
/// The batch and join APIs against loops of single queries, on W1. Batch: 100,000 distinct random range queries
/// per invocation (times per query), counted (<see cref="TimelineQuery.CountEach"/>) or returned with each id read
/// (<see cref="TimelineQuery.ForEach"/>). Join: every possibly overlapping pair of two timelines of n events each
/// (different seeds), by <see cref="TimelineJoin.Overlapping"/> or by one query per event of the first; the time
/// is per invocation (the whole join), the setup prints the number of pairs.
/// </summary>
[MemoryDiagnoser]
public class BatchJoinBenchmarks
{
    private const int Distinct = 100_000;

    private Timeline timeline = null!;
    private Timeline other = null!;
    private Interval[] intervals = [];
    private QueryPeriod[] periods = [];
    private int[] counts = [];
    private int hits;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>1M (1,000 in the smoke run), or TIMELINES_BENCHMARK_N.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Cold;

    [GlobalSetup]
    public void Setup()
    {
        var workload = Workload.W1(N);
        timeline = workload.ToTimeline();
        other = Workload.W1(N, seed: 5).ToTimeline();
        var queries = workload.Queries(Distinct, seed: 3);
        intervals = Array.ConvertAll(queries, q => workload.ToInterval(q.Start, q.End));
        periods = Array.ConvertAll(intervals, i => (QueryPeriod)i);
        counts = new int[Distinct];
        _ = timeline.Query().Count() + other.Query().Count();
        var expected = JoinLoop();
        var actual = Join();
        if (expected != actual)
        {
            throw new InvalidOperationException($"The join finds {actual} pairs, the loop of queries {expected}.");
        }

        Console.WriteLine($"// W1 n={N}: the join of two timelines of n events finds {actual:N0} pairs");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Distinct)]
    public int LoopCount()
    {
        var total = 0;
        foreach (var interval in intervals)
        {
            total += timeline.Query().Overlapping(interval).Count();
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Distinct)]
    public int CountEach()
    {
        timeline.Query().CountEach(periods, counts);
        var total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Distinct)]
    public int LoopEventsReadId()
    {
        var total = 0;
        foreach (var interval in intervals)
        {
            foreach (var item in timeline.Query().Overlapping(interval))
            {
                total += item.Id.Length > 0 ? 1 : 0;
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Distinct)]
    public int ForEachReadId()
    {
        hits = 0;
        timeline.Query().ForEach(periods, (_, item) => hits += item.Id.Length > 0 ? 1 : 0);
        return hits;
    }

    /// <summary>The join as a loop: one overlap query on the second timeline per event of the first.</summary>
    [Benchmark]
    public long JoinLoop()
    {
        var pairs = 0L;
        foreach (var item in timeline.Events)
        {
            foreach (var match in other.Query().Overlapping(QueryPeriod.FromEdtf(item.When)))
            {
                pairs += match.Id.Length > 0 ? 1 : 0;
            }
        }

        return pairs;
    }

    [Benchmark]
    public long Join()
    {
        var pairs = 0L;
        foreach (var (_, match) in TimelineJoin.Overlapping(timeline, other))
        {
            pairs += match.Id.Length > 0 ? 1 : 0;
        }

        return pairs;
    }
}
