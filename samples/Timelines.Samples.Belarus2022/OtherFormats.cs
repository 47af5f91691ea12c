using System.Collections.Generic;
using System.IO;
using Timelines;
using Timelines.Formats;

namespace Belarus2022;

/// <summary>
/// Writes the tour's timeline for the tools people publish with, beside its picture: TimelineJS3 JSON, an
/// iCalendar file and a GeoJSON map of its places (see the README for how to open each).
/// </summary>
public static class OtherFormats
{
    /// <summary>Writes the three files next to the SVG, named after it.</summary>
    /// <param name="timeline">The timeline, with its as-of day (ongoing events end there in TimelineJS3 and the calendar).</param>
    /// <param name="svgPath">The picture's path; <c>belarus-2022.svg</c> gives <c>belarus-2022.timelinejs.json</c>, <c>.ics</c> and <c>.geojson</c>.</param>
    /// <returns>What each file is and its path, in the order written.</returns>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static IReadOnlyList<(string What, string Path)> WriteBeside(Timeline timeline, string svgPath)
    {
        var stem = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(svgPath))!, Path.GetFileNameWithoutExtension(svgPath));
        var written = new List<(string, string)>();

        // The invasion is drawn as an era behind TimelineJS3's time navigation.
        var timelineJs = new TimelineJs3Options { Era = e => e.Id == "territory-used-to-stage-invasion" };
        written.Add(Write("for TimelineJS3", stem + ".timelinejs.json", stream => TimelineJs3Json.Write(timeline, stream, timelineJs)));
        written.Add(Write("as a calendar", stem + ".ics", stream => TimelineICalendar.Write(timeline, stream)));
        written.Add(Write("as a map of its places", stem + ".geojson", stream => TimelineGeoJson.Write(timeline, stream)));
        return written;
    }

    private static (string, string) Write(string what, string path, System.Action<Stream> write)
    {
        using (var file = File.Create(path))
        {
            write(file);
        }

        return (what, path);
    }
}
