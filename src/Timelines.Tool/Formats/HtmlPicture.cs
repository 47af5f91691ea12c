using System.IO;
using Timelines.Html;

namespace Timelines.Tool.Formats;

/// <summary>Writes an interactive page through <see cref="TimelineHtml"/>, mapping <c>timeline render</c>'s options to <see cref="TimelineHtmlOptions"/>.</summary>
internal static class HtmlPicture
{
    /// <summary>Gets the HTML page format.</summary>
    public static PictureFormat Format { get; } = new(
        "html",
        [".html", ".htm"],
        "Interactive offline page written by Timelines.Html: zoom, lanes, details, search, filters (takes --group, --title, --zone)",
        Draw);

    private static void Draw(Timeline timeline, Stream output, PictureSettings settings)
    {
        // Width, font size, period and label length are the SVG's: a page fills the window and is zoomed instead.
        TimelineHtml.Write(timeline, output, new TimelineHtmlOptions
        {
            Title = settings.Title,
            Zone = settings.Zone,
            Lanes = settings.Grouping switch
            {
                PictureGrouping.Actor => TimelineHtmlLanes.ByFirstActor,
                PictureGrouping.None => TimelineHtmlLanes.None,
                _ => TimelineHtmlLanes.ByFirstTag,
            },
        });
        output.Flush();
    }
}
