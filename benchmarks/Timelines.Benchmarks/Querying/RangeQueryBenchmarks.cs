using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Timelines.Benchmarks.Querying;

/// <summary>
/// Warm: random range queries (about eight results each in W1), the index against the two baselines over the same
/// intervals. Times are per query: each invocation runs the same batch of 1,000 precomputed queries, so the index
/// is cache-warm; the headline, cold figures are <see cref="ColdQueryBenchmarks"/>.
/// </summary>
/// <remarks>
/// Like is compared with like: <see cref="RangeCount"/> with <see cref="SortedScanBack"/>, which both count, and
/// <see cref="Range"/> with <see cref="SortedScanBackEvents"/>, which both return the matching events in start
/// order and read each one's id, as a caller would. The index's order is the full stable order (earliest start,
/// latest end, id); the baseline leaves ties of equal starts unordered.
/// </remarks>
[MemoryDiagnoser]
public class RangeQueryBenchmarks
{
    private const int Batch = 1000;
    private const int LinearBatch = 10;

    private QueryFixture fixture = null!;
    private TimelineEvent[] matches = new TimelineEvent[64];
    private (long Start, long End)[] queries = [];
    private Interval[] periods = [];

    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "W1";

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<string> Workloads => BenchmarkSizes.Workloads;

    public static IEnumerable<int> Sizes => BenchmarkSizes.All;

    [GlobalSetup]
    public void Setup()
    {
        fixture = QueryFixture.For(Workload, N);
        queries = fixture.Workload.Queries(Batch);
        periods = fixture.Periods(queries);
        fixture.Report("random range", queries);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int SortedScanBack() => RangeQueryLoops.ScanBackCount(fixture, queries);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int SortedScanBackEvents() => RangeQueryLoops.ScanBackEventsReadId(fixture, queries, ref matches);

    [Benchmark(OperationsPerInvoke = LinearBatch)]
    public int LinearScan()
    {
        var hits = 0;
        for (var i = 0; i < LinearBatch; i++)
        {
            hits += Baselines.LinearScanCount(fixture.Workload.Starts, fixture.Workload.Ends, queries[i].Start, queries[i].End);
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Range() => RangeQueryLoops.EventsReadId(fixture.Timeline, periods);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int RangeCount() => RangeQueryLoops.Count(fixture.Timeline, periods);
}
