using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Timelines.Serialization;

/// <summary>
/// The errors found while reading, kept with byte offsets until the end, when they are turned into lines and
/// bytes in one pass over the input: nothing is spent on positions while the input is good.
/// </summary>
internal sealed class ReadContext
{
    private static int scratchTypes;
    private readonly List<PendingError> errors = [];
    private object?[] scratch = new object?[8];

    /// <summary>Initializes a context.</summary>
    /// <param name="options">The limits.</param>
    /// <param name="shareValues">
    /// Whether to share repeated short strings and EDTF values between events: worth it for a document or a
    /// stream of events, not for one event alone, where the tables would cost more than they save.
    /// </param>
    public ReadContext(TimelineJsonOptions options, bool shareValues = false)
    {
        Options = options;
        if (shareValues)
        {
            Strings = new Utf8Cache<string>();
            Values = new Utf8Cache<EdtfValue>();
        }
    }

    public TimelineJsonOptions Options { get; }

    /// <summary>Gets the strings read so far that may repeat (tags, names, codes), or <see langword="null"/> to share none.</summary>
    public Utf8Cache<string>? Strings { get; }

    /// <summary>Gets the EDTF values read so far, or <see langword="null"/> to share none.</summary>
    public Utf8Cache<EdtfValue>? Values { get; }

    /// <summary>Gets a builder reused for every array of one element type, so reading an array allocates only its result.</summary>
    public System.Collections.Immutable.ImmutableArray<T>.Builder Scratch<T>()
    {
        // One builder per element type; arrays of the same type are never nested in the format.
        var index = ScratchIndex<T>.Value;
        if (index >= scratch.Length)
        {
            Array.Resize(ref scratch, index + 1);
        }

        return (System.Collections.Immutable.ImmutableArray<T>.Builder)(scratch[index] ??= System.Collections.Immutable.ImmutableArray.CreateBuilder<T>());
    }

    /// <summary>Gets or sets the absolute offset of the first byte of the span the reader is reading.</summary>
    public long BaseOffset { get; set; }

    /// <summary>Gets or sets the index of the event being read, for the path of syntax errors; -1 for none.</summary>
    public int CurrentEvent { get; set; } = -1;

    public int Count => errors.Count;

    public bool Stopped => errors.Count >= Options.MaxErrors;

    public bool Truncated { get; private set; }

    public static string PathOf(int eventIndex, FieldPath field)
    {
        var prefix = eventIndex < 0 ? "$" : string.Create(CultureInfo.InvariantCulture, $"$.events[{eventIndex}]");
        return field.IsEmpty ? prefix : prefix + "." + field;
    }

    /// <summary>Records an error at a reader offset (relative to <see cref="BaseOffset"/>).</summary>
    public void Error(int eventIndex, FieldPath field, long readerOffset, string message) =>
        Add(new PendingError(PathOf(eventIndex, field), BaseOffset + readerOffset, 0, 0, message));

    /// <summary>Records an error whose line and byte are already known (counting from 1).</summary>
    public void ErrorAt(string path, long line, long bytePosition, string message) =>
        Add(new PendingError(path, -1, line, bytePosition, message));

    /// <summary>Records a syntax error thrown by <see cref="Utf8JsonReader"/>, whose positions count from 0.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="linesBefore">Lines before the text the reader read (for JSON Lines, where each line is read alone).</param>
    public void SyntaxError(JsonException exception, long linesBefore = 0)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        if (message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            message = string.Create(CultureInfo.InvariantCulture, $"The document is nested deeper than the limit (MaxDepth = {Options.MaxDepth}). {message}");
        }
        else
        {
            message = "The JSON is malformed: " + message;
        }

        ErrorAt(PathOf(CurrentEvent, default), linesBefore + (exception.LineNumber ?? -1) + 1, (exception.BytePositionInLine ?? -1) + 1, message);
    }

    /// <summary>Builds the exception, resolving offsets within a span whose first byte is at <paramref name="spanBase"/>.</summary>
    /// <param name="span">The input, or an empty span when it is not available (positions are then unknown).</param>
    /// <param name="spanBase">The absolute offset of the span's first byte.</param>
    /// <param name="lineAtBase">The line, counting from 1, of the span's first byte.</param>
    /// <param name="lineStartAtBase">The absolute offset of the start of that line.</param>
    public TimelineJsonException ToException(ReadOnlySpan<byte> span, long spanBase = 0, long lineAtBase = 1, long lineStartAtBase = 0)
    {
        var resolved = new TimelineJsonError[errors.Count];
        var order = Enumerable.Range(0, errors.Count).Where(i => errors[i].Offset >= 0).OrderBy(i => errors[i].Offset).ToList();
        long line = lineAtBase;
        var lineStart = lineStartAtBase;
        var pos = 0;
        foreach (var i in order)
        {
            var error = errors[i];
            var relative = error.Offset - spanBase;
            if (span.IsEmpty || relative < 0 || relative > span.Length)
            {
                resolved[i] = new TimelineJsonError(error.Path, 0, 0, error.Message);
                continue;
            }

            var chunk = span[pos..(int)relative];
            var newLines = chunk.Count((byte)'\n');
            if (newLines > 0)
            {
                line += newLines;
                lineStart = spanBase + pos + chunk.LastIndexOf((byte)'\n') + 1;
            }

            pos = (int)relative;
            resolved[i] = new TimelineJsonError(error.Path, line, error.Offset - lineStart + 1, error.Message);
        }

        for (var i = 0; i < errors.Count; i++)
        {
            resolved[i] ??= new TimelineJsonError(errors[i].Path, errors[i].Line, errors[i].BytePosition, errors[i].Message);
        }

        return new TimelineJsonException(resolved.OrderBy(e => e.Line).ThenBy(e => e.BytePosition), Truncated);
    }

    /// <summary>Notes that reading stopped at the error limit, so that more errors may exist.</summary>
    public void Stop() => Truncated = true;

    private void Add(PendingError error)
    {
        if (errors.Count < Options.MaxErrors)
        {
            errors.Add(error);
        }
        else
        {
            Truncated = true;
        }
    }

    private static class ScratchIndex<T>
    {
        public static readonly int Value = System.Threading.Interlocked.Increment(ref scratchTypes) - 1;
    }

    private readonly record struct PendingError(string Path, long Offset, long Line, long BytePosition, string Message);
}
