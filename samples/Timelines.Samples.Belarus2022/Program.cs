// The tour of Timelines: loads the seed text's facts about Belarus's role in the 2022 invasion of Ukraine and
// answers, in tables, the questions a reader asks of them. Run with no arguments; options:
//   --data <path>    another timeline file (default: the dataset copied beside the program)
//   --actor <name>   whose events to list (default: European Union)
//   --place <name>   where events happened (default: Homiel)
//   --svg <path>     where to draw the timeline as a picture (default: belarus-2022.svg in the working directory);
//                    the same timeline for TimelineJS3, calendars and maps is written beside it (OtherFormats)
//   --html <path>    where to write it as an interactive page (default: beside the picture, as .html)
using System;
using System.IO;
using NodaTime;
using Spectre.Console;
using Timelines;
using Belarus2022;
using Timelines.Serialization;
using Timelines.Html;
using Timelines.Svg;

var data = Path.Combine(AppContext.BaseDirectory, "data", "belarus-2022.timeline.json");
var actor = "European Union";
var place = "Homiel";
var svg = "belarus-2022.svg";
string? html = null;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--data" when value is not null: data = value; i++; break;
        case "--actor" when value is not null: actor = value; i++; break;
        case "--place" when value is not null: place = value; i++; break;
        case "--svg" when value is not null: svg = value; i++; break;
        case "--html" when value is not null: html = value; i++; break;
        default:
            Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'. Options: --data <path>, --actor <name>, --place <name>, --svg <path>, --html <path>.");
            return 2;
    }
}

Timeline timeline;
try
{
    timeline = TimelineJson.ReadFile(data);
}
catch (Exception e) when (e is TimelineJsonException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Could not load '{data}': {e.Message}");
    return 1;
}

// The text gives no as-of day, and the library never reads the clock: the program decides that ongoing events
// last until today, and says so in the header.
timeline = timeline.ToBuilder().SetAsOfToday(SystemClock.Instance).Build();

new TourPrinter(new BelarusQuestions(timeline), AnsiConsole.Console).PrintAll(actor, place);

// The same timeline as a picture: one lane per first tag, certain parts solid, merely possible parts lighter,
// over the whole extent of the dates and the as-of day, so that ongoing events reach the day they are known to last to.
var picture = TimelineSvgOptions.Default;
// And as a page to explore: zoom, lanes by tag or actor, details with sources and relations, search and filters.
try
{
    svg = Path.GetFullPath(svg);
    using (var file = File.Create(svg))
    {
        TimelineSvg.Write(timeline, file, picture);
    }

    Console.WriteLine($"The timeline as a picture: {svg}");
    foreach (var (what, path) in OtherFormats.WriteBeside(timeline, svg))
    {
        Console.WriteLine($"The timeline {what}: {path}");
    }

    html = Path.GetFullPath(html ?? Path.ChangeExtension(svg, ".html"));
    using (var file = File.Create(html))
    {
        TimelineHtml.Write(timeline, file);
    }

    Console.WriteLine($"The timeline as a page: {html}");
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Could not write the picture or the page: {e.Message}");
    return 1;
}

return 0;
