using System;
using System.IO;
using System.Text;
using Timelines.Formats.Csv.Internal;
using Timelines.Formats.Reading;

namespace Timelines.Formats;

/// <summary>
/// Reads and writes a timeline's events as CSV (with CsvHelper), one event per row, for spreadsheets: id, title,
/// when (EDTF) or year, month and day columns for the start and the end, summary, status, tags, actors, places,
/// source URL, sources, relations and extensions.
/// </summary>
/// <remarks>
/// <para>
/// Every field of an event has a column, so a timeline written and read back (with its id, title and zone given
/// to the reader, since a CSV file has no header of its own for them) is equal to the one written. Lists use a
/// small cell syntax, such as <c>Russia [RU]; Belarus [BY] (host)</c> for actors; <c>docs/formats/csv.md</c>
/// describes every column and cell.
/// </para>
/// <para>
/// Reading reports every bad row and cell with its line and column, keeps columns it does not know as extensions
/// under their own header, and accepts either <c>when</c> or the year, month and day columns (when both are given
/// they must agree).
/// </para>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
/// </remarks>
public static class TimelineCsv
{
    /// <summary>The format's name in <see cref="TimelineFormatException.Format"/>.</summary>
    public const string FormatName = "csv";

    /// <summary>Writes a timeline's events as CSV (UTF-8, no byte order mark, CRLF line ends, RFC 4180 quoting).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Csv">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Timeline timeline, Stream utf8Csv)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var writer = new StreamWriter(utf8Csv, new UTF8Encoding(false), leaveOpen: true);
        Write(timeline, writer);
    }

    /// <summary>Writes a timeline's events as CSV (CRLF line ends, RFC 4180 quoting).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Timeline timeline, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        CsvTimelineWriter.Write(timeline, writer);
    }

    /// <summary>Reads a timeline from CSV (UTF-8).</summary>
    /// <param name="utf8Csv">The CSV.</param>
    /// <param name="options">The timeline's id, title and zone; <see cref="TimelineReaderOptions.Default"/> when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="TimelineFormatException">The CSV is malformed or a row is not an event; every problem is listed with its line and column.</exception>
    public static Timeline Read(Stream utf8Csv, TimelineReaderOptions? options = null) =>
        CsvTimelineReader.Read(TextInput.ReadUtf8OrThrow(utf8Csv, FormatName), options ?? TimelineReaderOptions.Default);

    /// <summary>Reads a timeline from CSV text.</summary>
    /// <param name="reader">The CSV.</param>
    /// <param name="options">The timeline's id, title and zone; <see cref="TimelineReaderOptions.Default"/> when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="TimelineFormatException">The CSV is malformed or a row is not an event; every problem is listed with its line and column.</exception>
    public static Timeline Read(TextReader reader, TimelineReaderOptions? options = null) =>
        CsvTimelineReader.Read(TextInput.Read(reader), options ?? TimelineReaderOptions.Default);
}
