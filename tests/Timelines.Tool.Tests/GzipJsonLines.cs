using System.IO.Compression;
using System.Linq;
using Timelines.Serialization;
using Timelines.Tool.Formats;

namespace Timelines.Tool.Tests;

/// <summary>
/// A real format added the way the formats of Timelines.Formats will be: one <see cref="DelegateTimelineFormat"/>
/// registration (gzip-compressed JSON Lines, through the library's reader and writer and .NET's GZipStream).
/// </summary>
internal static class GzipJsonLines
{
    public static DelegateTimelineFormat Format { get; } = new(
        "jsonl.gz",
        [".jsonl.gz"],
        "gzip-compressed JSON Lines",
        read: stream =>
        {
            using var unzipped = new GZipStream(stream, CompressionMode.Decompress);
            return Timeline.Create("gz", "gz", TimelineJson.ReadJsonLines(unzipped).ToList());
        },
        write: (timeline, stream, settings) =>
        {
            using var zipped = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
            TimelineJson.WriteJsonLines(timeline.Events, zipped, settings.JsonOptions);
        });

    /// <summary>Gets the built-in formats and this one.</summary>
    public static FormatRegistry<TimelineFormat> Registry() => BuiltInFormats.Timelines().Add(Format);
}
