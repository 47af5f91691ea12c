using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Timelines.Benchmarks.Serialization;
using Timelines.Serialization;
using Timelines.Tool;
using Timelines.Tool.Output;

namespace Timelines.Benchmarks.Tool;

/// <summary>
/// The <c>timeline</c> tool on a large JSON Lines file (1,000,000 events of <see cref="TimelineDocument"/>'s mix;
/// 1,000 under <c>TIMELINES_BENCHMARK_SMOKE=1</c>), run in process as the installed tool runs it, against the
/// library reading the same file (<c>Baseline = true</c>): issue 18 asks that <c>validate</c> and
/// <c>query --count</c> take at most 1.5 times as long (<c>--count</c> on JSON Lines tests each event as it is read). The process's peak memory, which BenchmarkDotNet does not
/// measure, is taken by <c>benchmarks/tool-memory</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ToolJsonLinesBenchmarks
{
    private string path = string.Empty;

    /// <summary>Gets the number of events.</summary>
    public static int EventCount =>
        Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_SMOKE") == "1" ? 1_000 : 1_000_000;

    /// <summary>Gets the file's path: the same for every run, so that it is written once (benchmarks/tool-memory reads it too).</summary>
    public static string InputPath => Path.Combine(Path.GetTempPath(), $"timelines-tool-benchmark-{EventCount}.jsonl");

    [GlobalSetup]
    public void Setup()
    {
        path = InputPath;
        if (!File.Exists(path))
        {
            var temporary = path + ".tmp";
            using (var stream = File.Create(temporary))
            {
                TimelineJson.WriteJsonLines(TimelineDocument.Create(EventCount).Events, stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
    }

    [Benchmark(Baseline = true, Description = "Library: ReadJsonLines, every event")]
    public int LibraryRead()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return TimelineJson.ReadJsonLines(stream).Count();
    }

    [Benchmark(Description = "Library: ReadJsonLines to a list, Timeline.Create, Count")]
    public int LibraryLoadAndCount()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return Timeline.Create("t", "t", TimelineJson.ReadJsonLines(stream).ToList()).Query().Count();
    }

    [Benchmark(Description = "timeline validate FILE")]
    public Task<int> Validate() => Run("validate", path, "--quiet");

    [Benchmark(Description = "timeline query FILE --count")]
    public Task<int> QueryCount() => Run("query", path, "--count", "--quiet");

    [Benchmark(Description = "timeline query FILE --overlapping 2022 --certainly --count")]
    public Task<int> QueryOverlappingCount() => Run("query", path, "--overlapping", "2022", "--certainly", "--count", "--quiet");

    private static async Task<int> Run(params string[] args)
    {
        var code = await new TimelineCli(new ToolConsole(TextWriter.Null, TextWriter.Null)).RunAsync(args);
        return code == ExitCodes.Success ? code : throw new InvalidOperationException($"timeline {string.Join(' ', args)} exited with {code}.");
    }
}
