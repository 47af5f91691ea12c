// PostgreSQL benchmarks. Needs TIMELINES_POSTGRESQL (eval "$(.ci/setup-postgresql start)" starts a private server).
//   dotnet run -c Release --project benchmarks/Timelines.PostgreSql.Benchmarks -- load W1 1000000
//       saves the workload afresh and prints the bulk load rate (a stopwatch: one save is minutes at 10M)
//   dotnet run -c Release --project benchmarks/Timelines.PostgreSql.Benchmarks -- --filter '*'
//       BenchmarkDotNet: range and stabbing queries in PostgreSQL and in memory on the same data, same run
using System;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Timelines.PostgreSql;
using Timelines.PostgreSql.Benchmarks;

if (args.Length >= 1 && args[0] == "load")
{
    var workload = args.Length > 1 ? args[1] : "W1";
    var n = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
    var build = Stopwatch.StartNew();
    var timeline = BenchmarkDatabase.TimelineOf(workload, n);
    Console.WriteLine(FormattableString.Invariant($"Generated {workload} n = {n:N0} in {build.Elapsed.TotalSeconds:F1} s."));
    await using var dataSource = PostgresTimelineStore.CreateDataSource(BenchmarkDatabase.ConnectionString);
    var store = new PostgresTimelineStore(dataSource, "bench");
    await store.MigrateAsync();
    if (await store.OpenAsync(timeline.Id) is { } old)
    {
        await store.DeleteAsync(timeline.Id, old.Version);
    }

    var allocated = GC.GetTotalAllocatedBytes();
    var watch = Stopwatch.StartNew();
    await store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
    var seconds = watch.Elapsed.TotalSeconds;
    var bytes = GC.GetTotalAllocatedBytes() - allocated;
    Console.WriteLine(FormattableString.Invariant(
        $"Saved {n:N0} events in {seconds:F1} s: {n / seconds:N0} events/s, {bytes / (double)n:F0} bytes allocated per event."));
    watch.Restart();
    var loaded = await store.LoadAsync(timeline.Id);
    Console.WriteLine(FormattableString.Invariant($"Loaded back in {watch.Elapsed.TotalSeconds:F1} s: {n / watch.Elapsed.TotalSeconds:N0} events/s, equal: {loaded!.Timeline.Count == n}."));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(DatabaseQueryBenchmarks).Assembly).Run(args);
return 0;
