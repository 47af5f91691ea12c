using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Timelines.Benchmarks.Querying;

/// <summary>
/// What a user pays to get a queryable timeline: <see cref="TimelineBuilder.Build()"/> (what
/// <see cref="Timeline.Create"/> calls) from events already made, plus the first query, which builds the index;
/// and the validation alone. Divide by n for the cost per event.
/// </summary>
[MemoryDiagnoser]
public class TimelineCreateBenchmarks
{
    private TimelineEvent[] events = [];
    private Timelines.Benchmarks.Workload workload = null!;

    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "W1";

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [Params(false, true)]
    public bool InStartOrder { get; set; }

    /// <summary>W1, or the one TIMELINES_BENCHMARK_WORKLOAD names.</summary>
    public static IEnumerable<string> Workloads => BenchmarkSizes.ColdWorkloads.Take(1);

    /// <summary>1M (1,000 in the smoke run), or TIMELINES_BENCHMARK_N.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Cold.Take(1);

    [GlobalSetup]
    public void Setup()
    {
        workload = Timelines.Benchmarks.Workload.Create(Workload, N);
        events = [.. workload.ToTimeline(InStartOrder).Events];
    }

    [Benchmark]
    public int CreateAndFirstQuery() =>
        new TimelineBuilder(Workload, Workload) { AsOf = workload.AsOf }.AddRange(events).Build().Query().Count();

    [Benchmark]
    public int ValidateOnly() => new TimelineBuilder(Workload, Workload) { AsOf = workload.AsOf }.AddRange(events).Validate().Count;
}
