using System;
using System.Collections.Generic;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace Timelines.Benchmarks.Querying;

/// <summary>
/// Building a snapshot's index, from events in generation order (unsorted) or in start order. Divide the time
/// by n for the cost per event. The setup prints the bytes the index keeps per event, measured from outside as
/// the growth of the live heap when a snapshot builds its index (the events already exist, so they are not
/// counted), and the time of the very first build, which also converts every event's dates to ticks.
/// </summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private Timeline timeline = null!;

    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "W1";

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [Params(false, true)]
    public bool InStartOrder { get; set; }

    public static IEnumerable<string> Workloads => BenchmarkSizes.Workloads;

    public static IEnumerable<int> Sizes => BenchmarkSizes.All;

    [GlobalSetup]
    public void Setup()
    {
        timeline = Timelines.Benchmarks.Workload.Create(Workload, N).ToTimeline(InStartOrder);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var snapshot = timeline.WithAsOf(timeline.AsOf);
        _ = snapshot.Query().Count();
        var firstBuild = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(snapshot);
        Console.WriteLine(
            $"// {Workload} n={N} in start order {InStartOrder}: index keeps {(after - before) / (double)N:F2} bytes per event; " +
            $"first build (dates to ticks included) {firstBuild.TotalMilliseconds * 1e6 / N:F0} ns per event");
    }

    /// <summary>A new snapshot of the same events has no index yet: its first query builds one.</summary>
    [Benchmark]
    public int Build() => timeline.WithAsOf(timeline.AsOf).Query().Count();
}
