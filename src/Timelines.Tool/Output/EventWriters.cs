using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Timelines.Serialization;

namespace Timelines.Tool.Output;

/// <summary>Prints query results (events) in each output format of <c>timeline query</c>.</summary>
internal static class EventWriters
{
    /// <summary>Gets the formats, as <c>--format</c> takes them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["table", "json", "jsonl", "csv", "ids"];

    /// <summary>Prints events.</summary>
    /// <param name="console">The console.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="events">The events, in the library's order.</param>
    public static void Write(ToolConsole console, string format, IEnumerable<TimelineEvent> events)
    {
        var output = console.Output;
        switch (format)
        {
            case "json":
                // A JSON array of events, each exactly as the library writes one (TimelineJson.ToJson).
                var first = true;
                output.Write('[');
                foreach (var item in events)
                {
                    output.Write(first ? "\n  " : ",\n  ");
                    output.Write(TimelineJson.ToJson(item));
                    first = false;
                }

                output.WriteLine(first ? "]" : "\n]");
                break;
            case "jsonl":
                foreach (var item in events)
                {
                    output.WriteLine(TimelineJson.ToJson(item));
                }

                break;
            case "csv":
                CsvRows.Write(output, "id", "when", "title", "status", "tags", "actors", "places");
                foreach (var item in events)
                {
                    CsvRows.Write(output, item.Id, item.When.ToString(), item.Title, item.Status?.Name ?? string.Empty, Joined(item.Tags), Joined(item.Actors.Select(a => a.Name)), Joined(item.Places.Select(p => p.Name)));
                }

                break;
            case "ids":
                foreach (var item in events)
                {
                    output.WriteLine(item.Id);
                }

                break;
            default:
                Table(console.Tables, events);
                break;
        }
    }

    private static void Table(IAnsiConsole console, IEnumerable<TimelineEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("When", "Id", "Title", "Status", "Tags");

        var count = 0;
        foreach (var item in events)
        {
            table.AddRow(new Spectre.Console.Text(item.When.ToString()), new Spectre.Console.Text(item.Id), new Spectre.Console.Text(item.Title), new Spectre.Console.Text(item.Status?.Name ?? string.Empty), new Spectre.Console.Text(Joined(item.Tags)));
            count++;
        }

        table.Caption(count == 1 ? "1 event" : $"{count} events");
        console.Write(table);
    }

    private static string Joined(IEnumerable<string> values) => string.Join("; ", values);
}
