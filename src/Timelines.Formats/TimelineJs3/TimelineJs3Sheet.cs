using System;
using System.IO;
using System.Text;
using Timelines.Formats.Reading;
using Timelines.Formats.TimelineJs3.Internal;

namespace Timelines.Formats;

/// <summary>
/// Reads and writes timelines as the TimelineJS3 spreadsheet template, saved as CSV: the columns Year, Month, Day,
/// Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption,
/// Media Thumbnail, Type, Group and Background, one row per slide, a <c>title</c> row and <c>era</c> rows.
/// </summary>
/// <remarks>
/// <para>
/// The file opens in any spreadsheet and is the template TimelineJS3's authors publish, so it can be pasted into
/// their Google Sheet or loaded by TimelineJS3 itself as a CSV URL. Precision is kept both ways: a row with Year and
/// Month only is <c>2022-02</c>, never the first of the month. The template has no id column, so events read from
/// it get ids made from their headlines; qualifiers, seasons and ongoing ends are said in Display Date and
/// recognised on reading, as for <see cref="TimelineJs3Json"/>.
/// </para>
/// <para>The mapping is in <c>docs/formats/timelinejs3.md</c>.</para>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
/// </remarks>
public static class TimelineJs3Sheet
{
    /// <summary>The format's name in <see cref="TimelineFormatException.Format"/>.</summary>
    public const string FormatName = "timelinejs3-sheet";

    /// <summary>Writes a timeline as the spreadsheet template in CSV (UTF-8, no byte order mark, CRLF line ends).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Csv">Where to write.</param>
    /// <param name="options">How to group and which eras to draw; <see cref="TimelineJs3Options.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="utf8Csv"/> is null.</exception>
    public static void Write(Timeline timeline, Stream utf8Csv, TimelineJs3Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var writer = new StreamWriter(utf8Csv, new UTF8Encoding(false), leaveOpen: true);
        Write(timeline, writer, options);
    }

    /// <summary>Writes a timeline as the spreadsheet template in CSV (CRLF line ends).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">How to group and which eras to draw; <see cref="TimelineJs3Options.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(Timeline timeline, TextWriter writer, TimelineJs3Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        SheetWriter.Write(timeline, writer, options ?? TimelineJs3Options.Default);
    }

    /// <summary>Reads a timeline from the spreadsheet template in CSV (UTF-8).</summary>
    /// <param name="utf8Csv">The CSV.</param>
    /// <param name="options">The timeline's id, title and zone where the file gives none; <see cref="TimelineReaderOptions.Default"/> when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="TimelineFormatException">The CSV is malformed or a row is not a slide; every problem is listed with its line and column.</exception>
    public static Timeline Read(Stream utf8Csv, TimelineReaderOptions? options = null) =>
        SheetReader.Read(TextInput.ReadUtf8OrThrow(utf8Csv, FormatName), options ?? TimelineReaderOptions.Default);

    /// <summary>Reads a timeline from the spreadsheet template in CSV.</summary>
    /// <param name="reader">The CSV.</param>
    /// <param name="options">The timeline's id, title and zone where the file gives none; <see cref="TimelineReaderOptions.Default"/> when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="TimelineFormatException">The CSV is malformed or a row is not a slide; every problem is listed with its line and column.</exception>
    public static Timeline Read(TextReader reader, TimelineReaderOptions? options = null) =>
        SheetReader.Read(TextInput.Read(reader), options ?? TimelineReaderOptions.Default);
}
