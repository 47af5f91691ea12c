using System;
using System.Threading.Tasks;
using Timelines.Benchmarks;

namespace Timelines.PostgreSql.Benchmarks;

/// <summary>
/// The database the benchmarks use (TIMELINES_POSTGRESQL, as printed by .ci/setup-postgresql) and the stored
/// workloads: saved once under <c>bench-W1-1000000</c> and so on, and reused by every later run and process.
/// </summary>
internal static class BenchmarkDatabase
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("TIMELINES_POSTGRESQL") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("Set TIMELINES_POSTGRESQL to an Npgsql connection string (eval \"$(.ci/setup-postgresql start)\" starts a private server).");

    public static string IdOf(string workload, int n) => FormattableString.Invariant($"bench-{workload}-{n}");

    // BenchmarkDotNet's in-process toolchain runs every case's global setup in the same process: at 10M events,
    // generating the workload again for each of the five cases took longer than the measurements themselves.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Timeline> Generated = new();

    /// <summary>The workload as a timeline with the stored id; generated once per process and shared by every case.</summary>
    public static Timeline TimelineOf(string workload, int n) =>
        Generated.GetOrAdd(IdOf(workload, n), id =>
        {
            var builder = Workload.Create(workload, n).ToTimeline().ToBuilder();
            builder.Id = id;
            return builder.Build();
        });

    /// <summary>Makes sure the workload is stored in full, saving it if it is not; returns the seconds a save took, or null.</summary>
    public static async Task<double?> EnsureStoredAsync(PostgresTimelineStore store, Timeline timeline)
    {
        var migration = System.Diagnostics.Stopwatch.StartNew();
        await store.MigrateAsync();
        Console.WriteLine(FormattableString.Invariant($"// MigrateAsync (recomputing any stale extents) took {migration.Elapsed.TotalSeconds:F1} s"));
        var header = await store.OpenAsync(timeline.Id);
        if (header is { } stored && stored.EventCount == timeline.Count)
        {
            return null;
        }

        if (header is not null)
        {
            await store.DeleteAsync(timeline.Id, header.Version);
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
        return watch.Elapsed.TotalSeconds;
    }
}
