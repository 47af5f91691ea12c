using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Timelines.Benchmarks.Querying;

/// <summary>
/// The headline query figures: 100,000 <em>distinct</em> random range queries per invocation (drawn as
/// <see cref="Workload.Queries"/> draws them), so that the index is not cache-warm as it is in the batch of 1,000
/// that <see cref="RangeQueryBenchmarks"/> repeats (the "warm" figure). Times are per query. Every contender runs
/// the same queries over the same intervals.
/// </summary>
/// <remarks>
/// Like is compared with like: <see cref="Count"/> with <see cref="ScanBackCount"/>, which both count, and
/// <see cref="EventsReadId"/> with <see cref="ScanBackEventsReadId"/>, which both return the matching events in
/// start order and read each one's id. <see cref="Events"/> returns the events without touching them, which shows
/// what reading the id (a cache miss into the event object) costs; <see cref="ResultsReadId"/> reads each id from the
/// index's own column instead (<see cref="Timelines.Querying.TimelineQuery.ToResults"/>), as
/// <see cref="ScanBackEventsReadId"/> reads it from the event.
/// </remarks>
[MemoryDiagnoser]
public class ColdQueryBenchmarks
{
    private const int Distinct = 100_000;

    private QueryFixture fixture = null!;
    private TimelineEvent[] matches = new TimelineEvent[64];
    private (long Start, long End)[] queries = [];
    private Interval[] periods = [];

    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "W1";

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>W1 (precise), W3 (historical mix) and W4 (all imprecise), or the one TIMELINES_BENCHMARK_WORKLOAD names.</summary>
    public static IEnumerable<string> Workloads => BenchmarkSizes.ColdWorkloads;

    /// <summary>1M (1,000 in the smoke run; 10M too with TIMELINES_BENCHMARK_LARGE=1), or TIMELINES_BENCHMARK_N.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Cold;

    [GlobalSetup]
    public void Setup()
    {
        fixture = QueryFixture.For(Workload, N);
        queries = fixture.Workload.Queries(Distinct, seed: 3);
        periods = fixture.Periods(queries);
        fixture.Report($"{Distinct:N0} distinct random range queries", queries);

        // The first unfiltered count of a snapshot sorts its ends (EndRanks), once: outside the measurement, as the
        // index itself is built outside it.
        _ = fixture.Timeline.Query().Overlapping(periods[0]).Count();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Distinct)]
    public int ScanBackCount() => RangeQueryLoops.ScanBackCount(fixture, queries);

    [Benchmark(OperationsPerInvoke = Distinct)]
    public int ScanBackEventsReadId() => RangeQueryLoops.ScanBackEventsReadId(fixture, queries, ref matches);

    [Benchmark(OperationsPerInvoke = Distinct)]
    public int Count() => RangeQueryLoops.Count(fixture.Timeline, periods);

    [Benchmark(OperationsPerInvoke = Distinct)]
    public int Events() => RangeQueryLoops.Events(fixture.Timeline, periods);

    [Benchmark(OperationsPerInvoke = Distinct)]
    public int EventsReadId() => RangeQueryLoops.EventsReadId(fixture.Timeline, periods);

    [Benchmark(OperationsPerInvoke = Distinct)]
    public int ResultsReadId() => RangeQueryLoops.ResultsReadId(fixture.Timeline, periods);
}
