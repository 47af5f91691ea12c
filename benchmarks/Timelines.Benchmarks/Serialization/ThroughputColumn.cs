using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Timelines.Benchmarks.Serialization;

/// <summary>
/// A summary column with the throughput of each benchmark in MB/s (10^6 bytes per second): the size of the
/// document read or written divided by the mean time of one operation.
/// </summary>
/// <remarks>
/// The column is computed in BenchmarkDotNet's host process, which never runs the benchmark's setup, so it builds
/// the same deterministic document to learn its size.
/// </remarks>
public sealed class ThroughputColumn : IColumn
{
    private static readonly Lazy<long> DocumentBytes = new(() => TimelineDocument.CreateUtf8(TimelineDocument.EventCount).LongLength);

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes) of the library's document read or written per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || statistics.Mean <= 0)
        {
            return "NA";
        }

        var bytesPerNanosecond = DocumentBytes.Value / statistics.Mean;
        return (bytesPerNanosecond * 1e9 / 1e6).ToString("N1", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
