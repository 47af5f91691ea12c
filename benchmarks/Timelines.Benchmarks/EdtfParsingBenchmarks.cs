using BenchmarkDotNet.Attributes;
using Timelines.Text;

namespace Timelines.Benchmarks;

/// <summary>Parsing and formatting EDTF text: the cost paid once per event when a document is read.</summary>
[MemoryDiagnoser]
public class EdtfParsingBenchmarks
{
    [Params("2022-02", "2022-02-24T04:00:00+02:00", "1984?/2004-06~", "2022-02/..")]
    public string Text { get; set; } = "2022-02";

    private EdtfValue value = null!;

    [GlobalSetup]
    public void Setup() => value = EdtfValue.Parse(Text);

    [Benchmark]
    public bool Parse() => EdtfPattern.Strict.Parse(Text).Success;

    [Benchmark]
    public string Format() => value.ToString();
}
