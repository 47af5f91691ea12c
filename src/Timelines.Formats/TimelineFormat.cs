using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Timelines.Serialization;

namespace Timelines.Formats;

/// <summary>
/// One file format a timeline can be read from or written to, with a name, file extensions and a media type, so
/// that a tool can convert between any two by name (<c>timeline convert --to icalendar</c>) with the same two calls.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="All"/> lists the formats: the library's own JSON (<c>timeline</c>), <c>timelinejs3</c>,
/// <c>timelinejs3-sheet</c>, <c>csv</c>, <c>icalendar</c>, <c>geojson</c> and <c>json-ld</c>. Each writes with
/// its default options; for other options call the format's own class (<see cref="TimelineJs3Json"/>,
/// <see cref="TimelineICalendar"/>, …), which this type calls too.
/// </para>
/// <para>
/// <see cref="Read"/> throws <see cref="TimelineFormatException"/> for bad input in every format, the library's
/// own JSON included (its <see cref="TimelineJsonException"/> errors are carried over with their lines).
/// </para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TimelineFormat
{
    private readonly Func<Stream, TimelineReaderOptions, Timeline>? read;
    private readonly Action<Timeline, Stream> write;

    private TimelineFormat(
        string name,
        string description,
        string mediaType,
        string[] extensions,
        Func<Stream, TimelineReaderOptions, Timeline>? read,
        Action<Timeline, Stream> write)
    {
        Name = name;
        Description = description;
        MediaType = mediaType;
        FileExtensions = [.. extensions];
        this.read = read;
        this.write = write;
    }

    /// <summary>Gets the library's own JSON format, <c>timeline/1</c> (<see cref="TimelineJson"/>).</summary>
    public static TimelineFormat Timeline { get; } = new(
        "timeline", "Timelines JSON (timeline/1), lossless", "application/json", [".timeline.json"], ReadTimelineJson, (t, s) => TimelineJson.Write(t, s));

    /// <summary>Gets TimelineJS3 JSON (<see cref="TimelineJs3Json"/>).</summary>
    public static TimelineFormat TimelineJs3 { get; } = new(
        TimelineJs3Json.FormatName, "TimelineJS3 JSON", "application/json", [".timelinejs.json"], TimelineJs3Json.Read, (t, s) => TimelineJs3Json.Write(t, s));

    /// <summary>Gets the TimelineJS3 spreadsheet template as CSV (<see cref="TimelineJs3Sheet"/>).</summary>
    public static TimelineFormat TimelineJs3Sheet { get; } = new(
        Formats.TimelineJs3Sheet.FormatName, "TimelineJS3 spreadsheet template (CSV)", "text/csv", [".timelinejs.csv"], Formats.TimelineJs3Sheet.Read, (t, s) => Formats.TimelineJs3Sheet.Write(t, s));

    /// <summary>Gets CSV, one event per row (<see cref="TimelineCsv"/>).</summary>
    public static TimelineFormat Csv { get; } = new(
        TimelineCsv.FormatName, "CSV, one event per row", "text/csv", [".csv"], TimelineCsv.Read, TimelineCsv.Write);

    /// <summary>Gets iCalendar (<see cref="TimelineICalendar"/>).</summary>
    public static TimelineFormat ICalendar { get; } = new(
        TimelineICalendar.FormatName, "iCalendar (RFC 5545)", "text/calendar", [".ics", ".ical"], TimelineICalendar.Read, (t, s) => TimelineICalendar.Write(t, s));

    /// <summary>Gets GeoJSON, written only (<see cref="TimelineGeoJson"/>).</summary>
    public static TimelineFormat GeoJson { get; } = new(
        "geojson", "GeoJSON places (RFC 7946), write only", "application/geo+json", [".geojson"], null, TimelineGeoJson.Write);

    /// <summary>Gets schema.org JSON-LD, written only (<see cref="TimelineJsonLd"/>).</summary>
    public static TimelineFormat JsonLd { get; } = new(
        "json-ld", "schema.org Event JSON-LD, write only", "application/ld+json", [".jsonld"], null, TimelineJsonLd.Write);

    /// <summary>Gets every format, in the order above.</summary>
    public static ImmutableArray<TimelineFormat> All { get; } = [Timeline, TimelineJs3, TimelineJs3Sheet, Csv, ICalendar, GeoJson, JsonLd];

    /// <summary>Gets the name, lowercase, such as <c>icalendar</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a short description for people, such as "iCalendar (RFC 5545)".</summary>
    public string Description { get; }

    /// <summary>Gets the media type, such as <c>text/calendar</c>.</summary>
    public string MediaType { get; }

    /// <summary>Gets the file name endings the format is known by, such as <c>.ics</c>, most specific first.</summary>
    public ImmutableArray<string> FileExtensions { get; }

    /// <summary>Gets a value indicating whether the format can be read (GeoJSON and JSON-LD are written only).</summary>
    public bool CanRead => read is not null;

    /// <summary>Finds a format by name, ignoring case.</summary>
    /// <param name="name">The name, such as <c>csv</c>.</param>
    /// <returns>The format, or <see langword="null"/> when none has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static TimelineFormat? FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Finds the format of a file by its name's ending, the longest that matches: <c>x.timelinejs.csv</c> is the TimelineJS3 sheet, <c>x.csv</c> plain CSV.</summary>
    /// <param name="path">The file's name or path.</param>
    /// <returns>The format, or <see langword="null"/> when no ending matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static TimelineFormat? FindByFileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return All
            .SelectMany(format => format.FileExtensions.Select(extension => (format, extension)))
            .Where(pair => path.EndsWith(pair.extension, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(pair => pair.extension.Length)
            .Select(pair => pair.format)
            .FirstOrDefault();
    }

    /// <summary>Reads a timeline in this format.</summary>
    /// <param name="input">The file's bytes.</param>
    /// <param name="options">What the reader needs that the file may not say; <see cref="TimelineReaderOptions.Default"/> when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="NotSupportedException">The format is written only (<see cref="CanRead"/> is false).</exception>
    /// <exception cref="TimelineFormatException">The input is not a valid timeline in this format; every problem is listed with where it is.</exception>
    public Timeline Read(Stream input, TimelineReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return read is null
            ? throw new NotSupportedException($"The {Name} format is written only; it has no reader.")
            : read(input, options ?? TimelineReaderOptions.Default);
    }

    /// <summary>Writes a timeline in this format, with the format's default options.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The format cannot hold an event of the timeline (iCalendar before the year 1).</exception>
    public void Write(Timeline timeline, Stream output)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(output);
        write(timeline, output);
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The name, such as <c>csv</c>.</returns>
    public override string ToString() => Name;

    private static Timelines.Timeline ReadTimelineJson(Stream input, TimelineReaderOptions options)
    {
        try
        {
            return TimelineJson.Read(input);
        }
        catch (TimelineJsonException e) when (!e.Errors.IsEmpty)
        {
            throw new TimelineFormatException(Timeline.Name, e.Errors.Select(error => new TimelineFormatError(error.Line, error.BytePosition, error.Path, error.Message)), e.IsTruncated);
        }
        catch (TimelineJsonException e)
        {
            throw new TimelineFormatException(Timeline.Name, [new TimelineFormatError(0, 0, string.Empty, e.Message)]);
        }
    }
}
