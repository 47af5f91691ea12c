using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Benchmarks.Querying;

/// <summary>
/// The other shapes of query a timeline view makes, per query over a batch: an instant (stabbing), windows
/// scrolled in start order, queries that find nothing, wide windows (1% of the span), counting them, the next ten
/// events, and a histogram by month.
/// </summary>
[MemoryDiagnoser]
public class QueryKindBenchmarks
{
    private const int Batch = 1000;
    private const int WideBatch = 10;

    private QueryFixture fixture = null!;
    private Instant[] instants = [];
    private Interval[] scrolled = [];
    private Interval[] empty = [];
    private Interval[] wide = [];
    private DateInterval[] quarters = [];

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
        var workload = fixture.Workload;
        var random = new Random(3);
        var points = Enumerable.Range(0, Batch).Select(_ => random.NextInt64(workload.Span)).ToArray();
        instants = [.. points.Select(workload.ToInstant)];
        fixture.Report("stabbing", [.. points.Select(p => (p, p + 1))]);

        // A view a two-thousandth of the span wide (about 500 events in W1), moved by half its width at each step.
        var width = Math.Max(2, workload.Span / 2000);
        var first = random.NextInt64(workload.Span / 2);
        var scrolls = Enumerable.Range(0, Batch).Select(i => (first + (i * width / 2), first + (i * width / 2) + width)).ToArray();
        scrolled = fixture.Periods(scrolls);
        fixture.Report("scrolling", scrolls);

        var misses = new List<(long, long)>();
        for (var attempt = 0; attempt < 100 * Batch && misses.Count < Batch; attempt++)
        {
            var start = random.NextInt64(-workload.Span / 10, workload.Span);
            if (fixture.ScanBack.Count(start, start + 60) == 0)
            {
                misses.Add((start, start + 60));
            }
        }

        empty = fixture.Periods([.. misses]);
        Console.WriteLine($"// {workload.Name} n={N}: {misses.Count} zero-hit queries (a minute long) found");

        var wides = Enumerable.Range(0, WideBatch).Select(_ => random.NextInt64(workload.Span)).Select(s => (s, s + (workload.Span / 100))).ToArray();
        wide = fixture.Periods(wides);
        fixture.Report("wide", wides);

        quarters = [.. instants.Take(WideBatch).Select(i => i.InUtc().Date).Select(d => new DateInterval(d, d.PlusDays(90)))];
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Stabbing()
    {
        var hits = 0;
        foreach (var instant in instants)
        {
            foreach (var item in fixture.Timeline.Query().At(instant))
            {
                hits += item.Id.Length > 0 ? 1 : 0;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Scrolling() => Enumerate(scrolled);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ZeroHit() => Enumerate(empty);

    [Benchmark(OperationsPerInvoke = WideBatch)]
    public int Wide() => Enumerate(wide);

    [Benchmark(OperationsPerInvoke = WideBatch)]
    public int WideCount()
    {
        var hits = 0;
        foreach (var period in wide)
        {
            hits += fixture.Timeline.Query().Overlapping(period).Count();
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Next()
    {
        var hits = 0;
        foreach (var instant in instants)
        {
            foreach (var item in fixture.Timeline.Query().Next(instant, 10))
            {
                hits += item.Id.Length > 0 ? 1 : 0;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = WideBatch)]
    public int HistogramByMonth()
    {
        var total = 0;
        foreach (var quarter in quarters)
        {
            foreach (var bucket in fixture.Timeline.Query().Overlapping(quarter).Histogram(quarter, HistogramUnit.Month))
            {
                total += bucket.Count;
            }
        }

        return total;
    }

    private int Enumerate(Interval[] periods)
    {
        var hits = 0;
        foreach (var period in periods)
        {
            foreach (var item in fixture.Timeline.Query().Overlapping(period))
            {
                hits += item.Id.Length > 0 ? 1 : 0;
            }
        }

        return hits;
    }
}
