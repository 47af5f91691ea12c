using System.CommandLine;
using NodaTime;
using Timelines.Tool.Formats;
using Timelines.Tool.Output;
using Timelines.Tool.Querying;

namespace Timelines.Tool.Commands;

/// <summary><c>timeline render FILE -o OUT</c>: draws a timeline as a picture, chosen by the output's extension or <c>--to</c>.</summary>
internal static class RenderCommand
{
    private const string Help = """
        Draws a timeline as a picture: lanes of events, each event's possible extent striped and its certain extent solid, open ends as arrows. The picture's format comes from the output's extension or --to ('timeline formats' lists them). Written to a temporary file and moved into place when complete.

        Examples:
          timeline render samples/data/belarus-2022.timeline.json -o belarus.svg
          timeline render samples/data/belarus-2022.timeline.json -o spring.svg --period 2022-02/2022-04 --group actor --width 1600
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(ToolContext context)
    {
        var file = CommonOptions.InputFile();
        var output = new Option<string>("--output", "-o") { Description = "The picture to write (replaced if it exists).", HelpName = "OUT", Required = true };
        var to = new Option<string?>("--to") { Description = $"The picture's format when the output's extension does not say: {context.Pictures.Names()}.", HelpName = "FORMAT" };
        var from = CommonOptions.From(context.Formats.Names());
        var width = new Option<int?>("--width") { Description = "The width in pixels (SVG: 320 to 20000, default 1200).", HelpName = "PIXELS", CustomParser = OptionValues.Count };
        var group = new Option<string>("--group") { Description = "One lane per first tag, per first actor, or a single lane.", HelpName = "tag|actor|none", DefaultValueFactory = _ => "tag" };
        group.AcceptOnlyFromAmong("tag", "actor", "none");
        var period = new Option<EdtfValue?>("--period") { Description = "Show only this period, in EDTF (such as 2022-02/2022-04); default: the events' whole extent.", HelpName = "EDTF", CustomParser = OptionValues.Edtf };
        var title = new Option<string?>("--title") { Description = "The picture's title (default: the timeline's).", HelpName = "TEXT" };
        var fontSize = new Option<int?>("--font-size") { Description = "The font size in pixels (SVG: 6 to 48).", HelpName = "PIXELS", CustomParser = OptionValues.Count };
        var maxLabel = new Option<int?>("--max-label-length") { Description = "Wrap labels onto a new line at this many characters (SVG; labels are never cut).", HelpName = "N", CustomParser = OptionValues.Count };
        var zone = new Option<DateTimeZone?>("--zone") { Description = "The time zone days begin and end in (default: the timeline's).", HelpName = "TZID", CustomParser = OptionValues.Zone };

        var command = new Command("render", Help) { file, output, to, from, width, group, period, title, fontSize, maxLabel, zone };
        command.SetAction((parse, cancellationToken) => context.RunAsync(async () =>
        {
            var (source, target) = (parse.GetValue(file)!, parse.GetValue(output)!);
            var picture = context.Pictures.For(target, parse.GetValue(to), "--to");
            var timeline = await context.ReadTimelineAsync(parse, source, parse.GetValue(from), cancellationToken).ConfigureAwait(false);
            var days = parse.GetValue(zone);
            var settings = new PictureSettings(
                parse.GetValue(width),
                parse.GetValue(group) switch { "actor" => PictureGrouping.Actor, "none" => PictureGrouping.None, _ => PictureGrouping.Tag },
                parse.GetValue(period)?.ToInterval(days ?? timeline.TimeZone),
                parse.GetValue(title),
                parse.GetValue(fontSize),
                parse.GetValue(maxLabel),
                days);
            OutputFile.Write(target, stream => picture.Draw(timeline, stream, settings, cancellationToken), cancellationToken);
            if (!parse.GetValue(context.Quiet))
            {
                await context.Console.Error.WriteLineAsync($"{target}: {picture.Name} picture of {timeline.Count} events written.").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
