using System;

namespace Timelines.Serialization;

/// <summary>One error found in timeline JSON: where (JSON path, line and byte) and which rule was broken.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TimelineJsonError : IEquatable<TimelineJsonError>
{
    /// <summary>Initializes a new error.</summary>
    /// <param name="path">The JSON path, such as <c>$.events[3].when</c>.</param>
    /// <param name="line">The line, counting from 1, or 0 when unknown.</param>
    /// <param name="bytePosition">The byte within the line, counting from 1, or 0 when unknown.</param>
    /// <param name="message">The rule broken, as a sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public TimelineJsonError(string path, long line, long bytePosition, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);
        Path = path;
        Line = line;
        BytePosition = bytePosition;
        Message = message;
    }

    /// <summary>Gets the JSON path of the value at fault, such as <c>$.events[3].places[0].latitude</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the line of the value at fault, counting from 1 (as editors do), or 0 when unknown.</summary>
    public long Line { get; }

    /// <summary>Gets the byte of the value at fault within its line, counting from 1, or 0 when unknown.</summary>
    public long BytePosition { get; }

    /// <summary>Gets the rule broken, as a sentence.</summary>
    public string Message { get; }

    /// <summary>Returns the error as one line.</summary>
    /// <returns>Text such as <c>$.events[3].when (line 12, byte 15): 'x' is not EDTF ...</c>.</returns>
    public override string ToString() =>
        Line > 0 ? $"{Path} (line {Line}, byte {BytePosition}): {Message}" : $"{Path}: {Message}";

    /// <inheritdoc />
    public bool Equals(TimelineJsonError? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && Line == other.Line
        && BytePosition == other.BytePosition
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimelineJsonError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Line, BytePosition, Message);
}
