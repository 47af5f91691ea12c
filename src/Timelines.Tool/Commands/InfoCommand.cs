using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Timelines.Tool.Formats;
using Timelines.Tool.Output;
using Timelines.Tool.Querying;
using Timelines.Tool.Summary;

namespace Timelines.Tool.Commands;

/// <summary><c>timeline info FILE</c>: what a timeline holds, as tables.</summary>
internal static class InfoCommand
{
    private const string Help = """
        Describes a timeline: its events, span, time zone and as-of day; single dates and intervals, open and unknown ends; the precision and qualifiers of every date; statuses; and its tags, actors and places with how many events have each. JSON Lines files are read as a stream.

        Examples:
          timeline info samples/data/belarus-2022.timeline.json
          timeline info events.jsonl --top 0 --format json
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(ToolContext context)
    {
        var file = CommonOptions.InputFile();
        var from = CommonOptions.From(context.Formats.Names());
        var format = new Option<string>("--format")
        {
            Description = "table (readable) or json.",
            DefaultValueFactory = _ => "table",
            HelpName = "table|json",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var top = new Option<int?>("--top")
        {
            Description = "How many tags, actors and places to list, most frequent first (default 10; 0 lists all).",
            HelpName = "N",
            CustomParser = OptionValues.Count,
        };

        var command = new Command("info", Help) { file, from, format, top };
        command.SetAction((parse, cancellationToken) => context.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            var summary = await SummarizeAsync(context, parse, path, parse.GetValue(from), cancellationToken).ConfigureAwait(false);
            var count = parse.GetValue(top) ?? 10;
            if (parse.GetValue(format) == "json")
            {
                new JsonText(context.Console.Output).Write(w => SummaryJson.Write(w, summary, count));
                await context.Console.Output.WriteLineAsync().ConfigureAwait(false);
            }
            else
            {
                SummaryTables.Print(context.Console.Tables, summary, count);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Task<TimelineSummary> SummarizeAsync(ToolContext context, ParseResult parse, string path, string? from, CancellationToken cancellationToken)
    {
        var format = context.InputFormat(path, from);
        var settings = new ReadSettings(path);
        return context.WithProgressAsync(parse, $"Reading {path}", meter =>
        {
            if (!format.StreamsEvents)
            {
                return TimelineSummary.Of(format.Read(path, settings, meter, cancellationToken));
            }

            // A stream of events has no title, zone or as-of day of its own.
            var summary = new TimelineSummary(JsonLinesFormat.TimelineName(path), null, DateTimeZone.Utc, null);
            foreach (var item in format.ReadEvents(path, settings, meter, cancellationToken))
            {
                summary.Add(item);
            }

            return summary;
        }, cancellationToken);
    }
}
