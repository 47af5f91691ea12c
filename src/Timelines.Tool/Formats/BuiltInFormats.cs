using System.Linq;
using Timelines.Tool.Input;

namespace Timelines.Tool.Formats;

/// <summary>
/// The formats the tool knows. This is the one place a format is added: each is one registration here, and
/// <c>validate</c>, <c>info</c>, <c>query</c>, <c>convert</c>, <c>render</c> and <c>formats</c> take it from
/// there (by extension, or by name with <c>--from</c> and <c>--to</c>). See README.md in this folder.
/// </summary>
internal static class BuiltInFormats
{
    /// <summary>Creates the registry of timeline formats.</summary>
    /// <returns>
    /// JSON and JSON Lines, from the core package; TimelineJS3 JSON and sheet, CSV, iCalendar, GeoJSON and JSON-LD,
    /// from Timelines.Formats (its own entry for timeline/1 is left out: the core's, above, streams).
    /// </returns>
    public static FormatRegistry<TimelineFormat> Timelines()
    {
        var registry = new FormatRegistry<TimelineFormat>()
            .Add(new JsonDocumentFormat())
            .Add(new JsonLinesFormat());
        foreach (var format in global::Timelines.Formats.TimelineFormat.All)
        {
            if (format != global::Timelines.Formats.TimelineFormat.Timeline)
            {
                registry.Add(FromFormatsPackage(format));
            }
        }

        return registry;
    }

    private static DelegateTimelineFormat FromFormatsPackage(global::Timelines.Formats.TimelineFormat format) => new(
        format.Name,
        format.FileExtensions,
        format.Description,
        read: format.CanRead ? stream => format.Read(stream) : null,
        write: (timeline, stream, settings) => format.Write(timeline, stream),
        problemsOf: (exception, file) => exception is global::Timelines.Formats.TimelineFormatException invalid
            ? [.. invalid.Errors.Select(e => new FileProblem(file, e.Line, e.Column, e.Column, e.Field, e.Message))]
            : null);

    /// <summary>Creates the registry of picture formats.</summary>
    /// <returns>SVG, from Timelines.Svg.</returns>
    public static FormatRegistry<PictureFormat> Pictures() => new FormatRegistry<PictureFormat>()
        .Add(SvgPicture.Format)
        .Add(HtmlPicture.Format);
}
