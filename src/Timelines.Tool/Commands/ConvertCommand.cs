using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using Timelines.Tool.Formats;
using Timelines.Tool.Output;

namespace Timelines.Tool.Commands;

/// <summary><c>timeline convert IN OUT</c>: from one format to another, chosen by extension or <c>--from</c> and <c>--to</c>.</summary>
internal static class ConvertCommand
{
    private const string Help = """
        Converts a timeline between formats, chosen by the files' extensions or by --from and --to ('timeline formats' lists them). The output is written to a temporary file and moved into place when complete, so a failure or Ctrl-C never leaves half a file. JSON Lines to JSON Lines is streamed in constant memory; JSON Lines to a document checks the rules between events (unique ids, relations that resolve).

        Examples:
          timeline convert samples/data/belarus-2022.timeline.json belarus.jsonl
          timeline convert events.jsonl events.timeline.json --indented
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(ToolContext context)
    {
        var input = new Argument<string>("IN") { Description = "The file to read." };
        var output = new Argument<string>("OUT") { Description = "The file to write (replaced if it exists)." };
        var from = CommonOptions.From(context.Formats.Names());
        var to = new Option<string?>("--to")
        {
            Description = $"The output's format when its extension does not say: {context.Formats.Names()}.",
            HelpName = "FORMAT",
        };
        var indented = new Option<bool>("--indented") { Description = "Indent the output, where the format can (JSON)." };
        var bounds = new Option<bool>("--bounds") { Description = "Write each event's computed bounds beside its EDTF value (JSON formats)." };

        var command = new Command("convert", Help) { input, output, from, to, indented, bounds };
        command.SetAction((parse, cancellationToken) => context.RunAsync(async () =>
        {
            var (source, target) = (parse.GetValue(input)!, parse.GetValue(output)!);
            var reader = context.InputFormat(source, parse.GetValue(from));
            var writer = context.Formats.For(target, parse.GetValue(to), "--to");
            if (!writer.CanWrite)
            {
                throw new ToolException($"{target}: the format '{writer.Name}' can be read but not written.");
            }

            var settings = new WriteSettings(parse.GetValue(indented), parse.GetValue(bounds));
            var written = await context.WithProgressAsync(parse, $"Converting {source}", meter =>
            {
                long count = 0;
                if (reader.StreamsEvents && writer.CanWriteEvents)
                {
                    var events = Counted(reader.ReadEvents(source, new ReadSettings(source), meter, cancellationToken), () => count++);
                    OutputFile.Write(target, stream => writer.WriteEvents(events, stream, settings, cancellationToken), cancellationToken);
                }
                else
                {
                    var timeline = reader.Read(source, new ReadSettings(source), meter, cancellationToken);
                    count = timeline.Count;
                    OutputFile.Write(target, stream => writer.Write(timeline, stream, settings, cancellationToken), cancellationToken);
                }

                return count;
            }, cancellationToken).ConfigureAwait(false);

            if (!parse.GetValue(context.Quiet))
            {
                await context.Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{target}: {written} events written ({reader.Name} to {writer.Name}).")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static IEnumerable<TimelineEvent> Counted(IEnumerable<TimelineEvent> events, System.Action onEach)
    {
        foreach (var item in events)
        {
            onEach();
            yield return item;
        }
    }
}
