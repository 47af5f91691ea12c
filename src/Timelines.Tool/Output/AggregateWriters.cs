using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Timelines.Querying;

namespace Timelines.Tool.Output;

/// <summary>Prints the library's aggregations (count, histogram, coverage, gaps, peak) in the formats of <c>timeline query</c>.</summary>
internal static class AggregateWriters
{
    /// <summary>Prints a count: the number alone, or <c>{"count": N}</c> in JSON.</summary>
    public static void Count(ToolConsole console, string format, int count)
    {
        var text = count.ToString(CultureInfo.InvariantCulture);
        console.Output.WriteLine(format is "json" or "jsonl" ? $"{{\"count\":{text}}}" : text);
    }

    /// <summary>Prints histogram buckets: first day, last day and count of each.</summary>
    public static void Histogram(ToolConsole console, string format, IReadOnlyList<HistogramBucket> buckets) =>
        Rows(console, format, ["first", "last", "count"], buckets.Select(b => new[] { Day(b.First), Day(b.Last), b.Count.ToString(CultureInfo.InvariantCulture) }));

    /// <summary>Prints periods (coverage or gaps): start and end instants, <c>..</c> for none.</summary>
    public static void Intervals(ToolConsole console, string format, IEnumerable<Interval> intervals) =>
        Rows(console, format, ["start", "end"], intervals.Select(i => new[] { i.HasStart ? Instant(i.Start) : "..", i.HasEnd ? Instant(i.End) : ".." }));

    /// <summary>Prints the peak: the most events going on at once and the first period when that many were.</summary>
    public static void Peak(ToolConsole console, string format, ConcurrencyPeak peak)
    {
        var period = peak.Period;
        Rows(
            console,
            format,
            ["count", "start", "end"],
            [[peak.Count.ToString(CultureInfo.InvariantCulture), period is { HasStart: true } p1 ? Instant(p1.Start) : "..", period is { HasEnd: true } p2 ? Instant(p2.End) : ".."]]);
    }

    private static void Rows(ToolConsole console, string format, string[] columns, IEnumerable<string[]> rows)
    {
        var output = console.Output;
        switch (format)
        {
            case "csv":
                CsvRows.Write(output, columns);
                foreach (var row in rows)
                {
                    CsvRows.Write(output, row);
                }

                break;
            case "json":
            case "jsonl":
                var json = new JsonText(output);
                var list = format == "json";
                var first = true;
                if (list)
                {
                    json.Raw("[");
                }

                foreach (var row in rows)
                {
                    json.Raw(list ? (first ? "\n  " : ",\n  ") : string.Empty);
                    json.Write(writer =>
                    {
                        writer.WriteStartObject();
                        for (var i = 0; i < columns.Length; i++)
                        {
                            if (IsNumber(columns[i]))
                            {
                                writer.WriteNumber(columns[i], long.Parse(row[i], CultureInfo.InvariantCulture));
                            }
                            else if (row[i] == "..")
                            {
                                writer.WriteNull(columns[i]);
                            }
                            else
                            {
                                writer.WriteString(columns[i], row[i]);
                            }
                        }

                        writer.WriteEndObject();
                    });
                    if (!list)
                    {
                        output.WriteLine();
                    }

                    first = false;
                }

                if (list)
                {
                    output.WriteLine(first ? "]" : "\n]");
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var column in columns)
                {
                    var heading = new TableColumn(column);
                    table.AddColumn(IsNumber(column) ? heading.RightAligned() : heading);
                }

                foreach (var row in rows)
                {
                    table.AddRow(row.Select(cell => new Spectre.Console.Text(cell)).ToArray());
                }

                console.Tables.Write(table);
                break;
        }
    }

    private static bool IsNumber(string column) => column == "count";

    private static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
