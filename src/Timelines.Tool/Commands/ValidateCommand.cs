using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Timelines.Tool.Formats;
using Timelines.Tool.Input;
using Timelines.Tool.Output;
using Timelines.Tool.Querying;

namespace Timelines.Tool.Commands;

/// <summary><c>timeline validate FILE...</c>: every problem of every file, as the library finds them.</summary>
internal static class ValidateCommand
{
    private const string Help = """
        Checks timeline files and prints every problem, one per line, as file:line:column: path: message (the library's own errors; the path is the JSON path of the value at fault). Exit code 0 when every file is valid, 1 when any has a problem, 2 when a file cannot be read.
        JSON Lines files are streamed in constant memory, each line checked alone (as the library reads them).
        With --chronology, a valid whole timeline is also checked for relations, constraints and dates that contradict each other (a timeline that does still loads); each contradiction is one problem, in words.

        Examples:
          timeline validate samples/data/belarus-2022.timeline.json
          timeline validate events.jsonl --format json > report.json
          timeline validate samples/data/belarus-2022.timeline.json --chronology
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(ToolContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The files to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "How to print the problems: text (file:line:column: path: message) or json.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var from = CommonOptions.From(context.Formats.Names());
        var maxErrors = new Option<int?>("--max-errors")
        {
            Description = "Stop a file after this many problems (default: every problem).",
            HelpName = "N",
            CustomParser = OptionValues.Count,
        };

        var chronology = new Option<bool>("--chronology")
        {
            Description = "Also report where relations, constraints and dates contradict each other (whole timelines; JSON Lines events are checked alone).",
        };

        var command = new Command("validate", Help) { files, format, from, maxErrors, chronology };
        command.SetAction((parse, cancellationToken) => context.RunAsync(() =>
        {
            var settings = new Run(context, parse, parse.GetValue(from), parse.GetValue(maxErrors) is { } max and > 0 ? max : int.MaxValue, parse.GetValue(chronology));
            return parse.GetValue(format) == "json"
                ? RunJsonAsync(settings, parse.GetValue(files)!, cancellationToken)
                : RunTextAsync(settings, parse.GetValue(files)!, cancellationToken);
        }));
        return command;
    }

    private static async Task<int> RunTextAsync(Run run, string[] files, CancellationToken cancellationToken)
    {
        var console = run.Context.Console;
        var (problems, unreadable) = (0L, 0);
        foreach (var file in files)
        {
            try
            {
                var format = run.Context.InputFormat(file, run.From);
                var lines = new ProblemLines(console.Output);
                var events = await run.CheckAsync(format, file, lines, cancellationToken).ConfigureAwait(false);
                problems += lines.Count;
                if (!run.Parse.GetValue(run.Context.Quiet))
                {
                    await console.Error.WriteLineAsync(lines.Count == 0
                        ? string.Create(CultureInfo.InvariantCulture, $"{file}: valid, {events} events.")
                        : string.Create(CultureInfo.InvariantCulture, $"{file}: {lines.Count} {(lines.Count == 1 ? "problem" : "problems")}.")).ConfigureAwait(false);
                }
            }
            catch (ToolException exception)
            {
                unreadable++;
                await console.Error.WriteLineAsync($"timeline: {exception.Message}").ConfigureAwait(false);
            }
        }

        return ExitCode(problems, unreadable);
    }

    private static async Task<int> RunJsonAsync(Run run, string[] files, CancellationToken cancellationToken)
    {
        var json = new JsonText(run.Context.Console.Output);
        var (problems, unreadable) = (0L, 0);
        json.Raw("{\n  \"files\": [");
        for (var i = 0; i < files.Length; i++)
        {
            var file = files[i];
            json.Raw(i == 0 ? "\n    {\n      \"file\": " : ",\n    {\n      \"file\": ");
            json.Write(w => w.WriteStringValue(file));
            try
            {
                var format = run.Context.InputFormat(file, run.From);
                json.Raw(",\n      \"format\": ");
                json.Write(w => w.WriteStringValue(format.Name));
                json.Raw(",\n      \"problems\": [");
                var sink = new ProblemJson(json);
                var events = await run.CheckAsync(format, file, sink, cancellationToken).ConfigureAwait(false);
                problems += sink.Count;
                json.Raw(sink.Count == 0 ? "]" : "\n      ]");
                json.Raw(string.Create(CultureInfo.InvariantCulture, $",\n      \"events\": {events},\n      \"valid\": {(sink.Count == 0 ? "true" : "false")}\n    }}"));
            }
            catch (ToolException exception)
            {
                unreadable++;
                json.Raw(",\n      \"error\": ");
                json.Write(w => w.WriteStringValue(exception.Message));
                json.Raw(",\n      \"valid\": false\n    }");
            }
        }

        var valid = problems == 0 && unreadable == 0;
        json.Raw(string.Create(CultureInfo.InvariantCulture, $"\n  ],\n  \"problems\": {problems},\n  \"valid\": {(valid ? "true" : "false")}\n}}\n"));
        return ExitCode(problems, unreadable);
    }

    private static int ExitCode(long problems, int unreadable) =>
        unreadable > 0 ? ExitCodes.Usage : problems > 0 ? ExitCodes.Problems : ExitCodes.Success;

    private sealed record Run(ToolContext Context, ParseResult Parse, string? From, int MaxErrors, bool Chronology)
    {
        /// <summary>Checks one file, with a progress bar when it is long; returns the number of events read.</summary>
        public Task<long> CheckAsync(TimelineFormat format, string file, IProblemSink problems, CancellationToken cancellationToken) =>
            Context.WithProgressAsync(
                Parse,
                $"Checking {file}",
                meter =>
                {
                    var counted = new CountingSink(problems);
                    var events = format.Validate(file, new ReadSettings(file, MaxErrors), counted, meter, cancellationToken);
                    if (Chronology && counted.Count == 0 && !format.StreamsEvents)
                    {
                        // Only a valid whole timeline has a chronology: read it again, now that it is known to load.
                        var timeline = format.Read(file, new ReadSettings(file, MaxErrors), meter, cancellationToken);
                        foreach (var problem in timeline.Chronology.Problems())
                        {
                            var index = problem.EventId is { } id ? timeline.Events.IndexOf(timeline[id]) : -1;
                            problems.Report(new FileProblem(file, 0, 0, 0, string.Create(CultureInfo.InvariantCulture, $"$.events[{index}].{problem.Field}"), problem.Message));
                        }
                    }

                    return events;
                },
                cancellationToken);
    }

    /// <summary>Passes problems on, counting them.</summary>
    private sealed class CountingSink(IProblemSink inner) : IProblemSink
    {
        public long Count { get; private set; }

        public void Report(FileProblem problem)
        {
            Count++;
            inner.Report(problem);
        }
    }
}
