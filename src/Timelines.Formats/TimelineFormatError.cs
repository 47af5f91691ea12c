using System;

namespace Timelines.Formats;

/// <summary>
/// One problem found while reading a file in another format: where it is (line, column and field) and what is wrong.
/// </summary>
/// <remarks>
/// What <see cref="Column"/> and <see cref="Field"/> hold depends on the format, and each format's page in
/// <c>docs/formats/</c> says so: for JSON the byte within the line and the JSON path (<c>$.events[3].start_date.month</c>);
/// for CSV the column number and its header (<c>when</c>); for iCalendar the component and property
/// (<c>VEVENT[2].DTSTART</c>).
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TimelineFormatError : IEquatable<TimelineFormatError>
{
    /// <summary>Initializes a new error.</summary>
    /// <param name="line">The line, counting from 1, or 0 when the problem is in the file as a whole.</param>
    /// <param name="column">The column, counting from 1, or 0 when unknown.</param>
    /// <param name="field">The field at fault, such as <c>$.events[3].start_date.month</c> or <c>when</c>; empty for the file as a whole.</param>
    /// <param name="message">What is wrong, as a sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="message"/> is null.</exception>
    public TimelineFormatError(long line, long column, string field, string message)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(message);
        Line = line;
        Column = column;
        Field = field;
        Message = message;
    }

    /// <summary>Gets the line of the problem, counting from 1 as editors do, or 0 for the file as a whole.</summary>
    public long Line { get; }

    /// <summary>
    /// Gets the column of the problem, counting from 1, or 0 when unknown: the byte within the line for JSON, the
    /// column (field) number for CSV.
    /// </summary>
    public long Column { get; }

    /// <summary>Gets the field at fault: a JSON path, a CSV column header or an iCalendar property; empty for the file as a whole.</summary>
    public string Field { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Returns the error as one line.</summary>
    /// <returns>Text such as <c>line 12, column 3 (when): '2022-13' is not valid EDTF ...</c>.</returns>
    public override string ToString()
    {
        var where = (Line, Column) switch
        {
            (0, _) => null,
            (_, 0) => $"line {Line}",
            _ => $"line {Line}, column {Column}",
        };
        var field = Field.Length == 0 ? null : Field;
        var location = (where, field) switch
        {
            (null, null) => string.Empty,
            (null, _) => $"{field}: ",
            (_, null) => $"{where}: ",
            _ => $"{where} ({field}): ",
        };
        return location + Message;
    }

    /// <inheritdoc />
    public bool Equals(TimelineFormatError? other) =>
        other is not null
        && Line == other.Line
        && Column == other.Column
        && string.Equals(Field, other.Field, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimelineFormatError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Column, Field, Message);
}
