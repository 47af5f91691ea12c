using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Npgsql;
using NodaTime;
using Timelines.Querying;

namespace Timelines.PostgreSql.Benchmarks;

/// <summary>
/// Random range and stabbing queries on the same data in PostgreSQL (through the store, exact results in order,
/// ids read) and in memory (the core's index, <c>Baseline = true</c>), in the same run. Each invocation runs a batch
/// of queries drawn like the workload's events; the figures are per query.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DatabaseQueryBenchmarks
{
    private const int Batch = 50;

    private NpgsqlDataSource? dataSource;
    private PostgresTimelineStore? store;
    private Timeline? timeline;
    private Interval[] ranges = [];
    private Instant[] points = [];
    private int next;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "W1";

    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_N") is { Length: > 0 } n ? [int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)] : [1_000_000];

    public static IEnumerable<string> Workloads() =>
        Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_WORKLOAD") is { Length: > 0 } name ? [name] : ["W1", "W3"];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var workload = Timelines.Benchmarks.Workload.Create(Workload, N);
        timeline = BenchmarkDatabase.TimelineOf(Workload, N);
        dataSource = PostgresTimelineStore.CreateDataSource(BenchmarkDatabase.ConnectionString);
        store = new PostgresTimelineStore(dataSource, "bench");
        if (await BenchmarkDatabase.EnsureStoredAsync(store, timeline) is { } seconds)
        {
            Console.WriteLine(FormattableString.Invariant($"// Saved {timeline.Id}: {timeline.Count / seconds:F0} events/s"));
        }

        var queries = workload.Queries(1000);
        ranges = Array.ConvertAll(queries, q => workload.ToInterval(q.Start, q.End));
        points = Array.ConvertAll(queries, q => workload.ToInstant(q.Start));
        _ = timeline.Query().At(points[0]).Count();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "Range, in memory")]
    public int MemoryRange()
    {
        var read = 0;
        for (var i = 0; i < Batch; i++)
        {
            foreach (var item in timeline!.Query().Overlapping(NextRange()))
            {
                read += item.Id.Length;
            }
        }

        return read;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Range, PostgreSQL")]
    public async Task<int> DatabaseRange()
    {
        var read = 0;
        for (var i = 0; i < Batch; i++)
        {
            await foreach (var item in store!.QueryAsync(timeline!.Query().Overlapping(NextRange())))
            {
                read += item.Id.Length;
            }
        }

        return read;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Stab, in memory")]
    public int MemoryStab()
    {
        var read = 0;
        for (var i = 0; i < Batch; i++)
        {
            foreach (var item in timeline!.Query().At(NextPoint()))
            {
                read += item.Id.Length;
            }
        }

        return read;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Stab, PostgreSQL")]
    public async Task<int> DatabaseStab()
    {
        var read = 0;
        for (var i = 0; i < Batch; i++)
        {
            await foreach (var item in store!.QueryAsync(timeline!.Query().At(NextPoint())))
            {
                read += item.Id.Length;
            }
        }

        return read;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Range count, PostgreSQL")]
    public async Task<int> DatabaseRangeCount()
    {
        var count = 0;
        for (var i = 0; i < Batch; i++)
        {
            count += await store!.CountAsync(timeline!.Query().Overlapping(NextRange()));
        }

        return count;
    }

    private QueryPeriod NextRange() => ranges[next++ % ranges.Length];

    private Instant NextPoint() => points[next++ % points.Length];
}
