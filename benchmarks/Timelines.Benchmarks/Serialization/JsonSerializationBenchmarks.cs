using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Timelines.Serialization;

namespace Timelines.Benchmarks.Serialization;

/// <summary>
/// Reading and writing a whole <c>timeline/1</c> document of 100,000 events (1,000 under
/// <c>TIMELINES_BENCHMARK_SMOKE=1</c>), against System.Text.Json reading and writing the same bytes into plain
/// string-only classes. The library also checks every rule and parses every EDTF value; the baseline does not.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonSerializationBenchmarks
{
    private byte[] document = [];
    private Timeline timeline = null!;
    private StringTimeline plain = null!;

    /// <summary>Gets the size of the document in bytes, for reference.</summary>
    public int DocumentBytes => document.Length;

    [GlobalSetup]
    public void Setup()
    {
        timeline = TimelineDocument.Create(TimelineDocument.EventCount);
        document = TimelineJson.ToUtf8Bytes(timeline);
        plain = JsonSerializer.Deserialize(document, StringTimelineContext.Default.StringTimeline)!;
    }

    [Benchmark(Baseline = true, Description = "STJ string-only read")]
    [BenchmarkCategory("Read")]
    public StringTimeline ReadStringOnly() => JsonSerializer.Deserialize(document, StringTimelineContext.Default.StringTimeline)!;

    [Benchmark(Description = "Library read, UTF-8 bytes")]
    [BenchmarkCategory("Read")]
    public Timeline ReadBytes() => TimelineJson.Parse(document);

    [Benchmark(Description = "Library read, stream")]
    [BenchmarkCategory("Read")]
    public Timeline ReadStream()
    {
        using var stream = new MemoryStream(document, writable: false);
        return TimelineJson.Read(stream);
    }

    [Benchmark(Baseline = true, Description = "STJ string-only write")]
    [BenchmarkCategory("Write")]
    public byte[] WriteStringOnly() => JsonSerializer.SerializeToUtf8Bytes(plain, StringTimelineContext.Default.StringTimeline);

    [Benchmark(Description = "Library write, UTF-8 bytes")]
    [BenchmarkCategory("Write")]
    public byte[] WriteBytes() => TimelineJson.ToUtf8Bytes(timeline);

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }
}
