using System;
using System.CommandLine;
using System.Linq;
using NodaTime;
using Timelines.Querying;
using Timelines.Tool.Output;
using Timelines.Tool.Querying;

namespace Timelines.Tool.Commands;

/// <summary><c>timeline query FILE</c>: the library's queries as options; the answers are the library's.</summary>
internal static class QueryCommand
{
    private const string Help = """
        Asks a timeline a question with the library's query vocabulary: at most one time condition (--overlapping, --on, --at, --within, --containing, --before, --after, --starting-in, --next, --previous, --related), filters (--tag, --actor, --place, --status, --id), --certainly, --ongoing, paging (--skip, --take), and at most one summary (--count, --histogram, --coverage, --gaps, --peak). Periods are EDTF (2022-03, 2022-02-24/2022-04, 2022-10-15T12:00:00Z). Results come in the library's order: earliest start, latest end, id.

        Examples:
          timeline query samples/data/belarus-2022.timeline.json --overlapping 2022-03
          timeline query samples/data/belarus-2022.timeline.json --on 2022-10-15 --certainly --format ids
          timeline query samples/data/belarus-2022.timeline.json --actor Belarus --histogram month
          timeline query events.jsonl --tag sanctions --count
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(ToolContext context)
    {
        var file = CommonOptions.InputFile();
        var from = CommonOptions.From(context.Formats.Names());
        var query = new QueryOptions();
        var format = new Option<string>("--format")
        {
            Description = "table, json (an array of events as the library writes them), jsonl, csv, or ids (one per line).",
            HelpName = string.Join('|', EventWriters.Formats),
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong([.. EventWriters.Formats]);
        var count = new Option<bool>("--count") { Description = "Print only the number of results." };
        var histogram = new Option<string?>("--histogram") { Description = "Count the results per day, week (ISO), month or year.", HelpName = "day|week|month|year" };
        histogram.AcceptOnlyFromAmong("day", "week", "month", "year");
        var histogramRange = new Option<EdtfValue?>("--histogram-range") { Description = "The days the histogram covers, in EDTF (default: from the first result's earliest start to the last one's latest end).", HelpName = "EDTF", CustomParser = OptionValues.Edtf };
        var coverage = new Option<bool>("--coverage") { Description = "Print the periods in which some result is going on." };
        var gaps = new Option<EdtfValue?>("--gaps") { Description = "Print the periods within this one (EDTF) in which no result is going on.", HelpName = "EDTF", CustomParser = OptionValues.Edtf };
        var peak = new Option<bool>("--peak") { Description = "Print the most results going on at one moment, and the first period when that many were." };

        var command = new Command("query", Help) { file, from };
        query.AddTo(command);
        foreach (Option option in new Option[] { count, histogram, histogramRange, coverage, gaps, peak, format })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => context.RunAsync(async () =>
        {
            var summaries = new Option[] { count, histogram, coverage, gaps, peak }.Where(o => parse.GetResult(o) is { Implicit: false }).ToList();
            if (summaries.Count > 1)
            {
                throw new ToolException($"{string.Join(" and ", summaries.Select(o => o.Name))}: give at most one of --count, --histogram, --coverage, --gaps, --peak.");
            }

            var output = parse.GetValue(format)!;
            if (summaries.Count == 1 && output == "ids")
            {
                throw new ToolException($"{summaries[0].Name} prints no events: --format ids does not apply; use table, csv, json or jsonl.");
            }

            if (parse.GetValue(histogramRange) is not null && parse.GetValue(histogram) is null)
            {
                throw new ToolException("--histogram-range needs --histogram.");
            }

            if (parse.GetValue(count)
                && await StreamedCount.TryCountAsync(context, parse, query, parse.GetValue(file)!, parse.GetValue(from), cancellationToken).ConfigureAwait(false) is { } streamed)
            {
                AggregateWriters.Count(context.Console, output, streamed);
                return ExitCodes.Success;
            }

            var timeline = query.Prepare(parse, await context.ReadTimelineAsync(parse, parse.GetValue(file)!, parse.GetValue(from), cancellationToken).ConfigureAwait(false));
            var question = query.Build(parse, timeline);
            var zone = parse.GetValue(query.Zone);
            var console = context.Console;
            if (parse.GetValue(count))
            {
                AggregateWriters.Count(console, output, question.Count());
            }
            else if (parse.GetValue(histogram) is { } unit)
            {
                var dates = parse.GetValue(histogramRange) is { } range ? Days(range.ToInterval(zone ?? timeline.TimeZone), zone ?? timeline.TimeZone) : ResultDays(question, zone ?? timeline.TimeZone);
                AggregateWriters.Histogram(console, output, dates is null ? [] : question.Histogram(dates, Enum.Parse<HistogramUnit>(unit, ignoreCase: true), zone));
            }
            else if (parse.GetValue(coverage))
            {
                AggregateWriters.Intervals(console, output, question.Coverage());
            }
            else if (parse.GetValue(gaps) is { } within)
            {
                AggregateWriters.Intervals(console, output, question.Gaps(QueryPeriod.FromEdtf(within, zone)));
            }
            else if (parse.GetValue(peak))
            {
                AggregateWriters.Peak(console, output, question.PeakConcurrency());
            }
            else
            {
                EventWriters.Write(console, output, question);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The days from the first result's earliest start to the last result's latest end, where they are known.</summary>
    private static DateInterval? ResultDays(TimelineQuery query, DateTimeZone zone)
    {
        Instant? first = null;
        Instant? last = null;
        foreach (var item in query)
        {
            var extent = item.When.ToInterval(zone);
            first = extent.HasStart && (first is null || extent.Start < first) ? extent.Start : first;
            last = extent.HasEnd && (last is null || extent.End > last) ? extent.End : last;
        }

        return first is { } start && last is { } end && end > start ? Days(new Interval(start, end), zone) : null;
    }

    private static DateInterval? Days(Interval interval, DateTimeZone zone) =>
        interval is { HasStart: true, HasEnd: true } && interval.End > interval.Start
            ? new DateInterval(interval.Start.InZone(zone).Date, (interval.End - Duration.Epsilon).InZone(zone).Date)
            : null;
}
