using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timelines.Formats.Reading;
using Timelines.Formats.TimelineJs3.Internal;
using Timelines.Formats.Writing;
using Timelines.Text;

namespace Timelines.Formats;

/// <summary>
/// Reads and writes timelines as TimelineJS3 JSON (the format the Knight Lab's TimelineJS3 loads): a title slide
/// from the timeline, one slide per event, and eras for chosen events.
/// </summary>
/// <remarks>
/// <para>
/// Dates keep their precision both ways: an event in February 2022 is <c>{ "year": 2022, "month": 2 }</c>, and such a
/// date object reads back as <c>2022-02</c>, never as its first day. What TimelineJS3 dates cannot hold
/// (qualifiers, seasons, unspecified digits, open ends) is said in the slide's <c>display_date</c> in words
/// (<see cref="EdtfDisplayFormatter"/>), and an ongoing event ends on the as-of day; reading back recognises the
/// display dates the writer wrote and restores those values exactly.
/// </para>
/// <para>
/// The whole mapping, field by field, is in <c>docs/formats/timelinejs3.md</c>. Slide fields a timeline has no
/// place for (a background, a thumbnail, a display date of the author's own, HTML markup) are kept in the event's
/// <c>x-timelinejs3</c> extension and written back.
/// </para>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
/// </remarks>
public static class TimelineJs3Json
{
    /// <summary>The format's name in <see cref="TimelineFormatException.Format"/>.</summary>
    public const string FormatName = "timelinejs3";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // TimelineJS3 files are read by people too: keep "–" and "ł" as they are. Only JSON-significant characters are escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a timeline as TimelineJS3 JSON (UTF-8, indented).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to group and which eras to draw; <see cref="TimelineJs3Options.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void Write(Timeline timeline, Stream utf8Json, TimelineJs3Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        TimelineJs3JsonWriter.Write(writer, timeline, options ?? TimelineJs3Options.Default);
    }

    /// <summary>Writes a timeline as TimelineJS3 JSON (indented).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">How to group and which eras to draw; <see cref="TimelineJs3Options.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(Timeline timeline, TextWriter writer, TimelineJs3Options? options = null)
    {
        Utf8Output.ToText(writer, stream => Write(timeline, stream, options));
    }

    /// <summary>Reads a timeline from TimelineJS3 JSON (UTF-8).</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="options">The timeline's id, title and zone where the file gives none; <see cref="TimelineReaderOptions.Default"/> when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="TimelineFormatException">The JSON is malformed or is not a TimelineJS3 timeline; every problem is listed with its JSON path and line.</exception>
    public static Timeline Read(Stream utf8Json, TimelineReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return TimelineJs3JsonReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options ?? TimelineReaderOptions.Default);
    }

    /// <summary>Reads a timeline from TimelineJS3 JSON text.</summary>
    /// <param name="reader">The JSON.</param>
    /// <param name="options">The timeline's id, title and zone where the file gives none; <see cref="TimelineReaderOptions.Default"/> when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="TimelineFormatException">The JSON is malformed or is not a TimelineJS3 timeline; every problem is listed with its JSON path and line.</exception>
    public static Timeline Read(TextReader reader, TimelineReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return TimelineJs3JsonReader.Read(Encoding.UTF8.GetBytes(TextInput.Read(reader)), options ?? TimelineReaderOptions.Default);
    }
}
