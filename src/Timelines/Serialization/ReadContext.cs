using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Timelines.Serialization;

/// <summary>
/// The errors found while reading, kept with byte offsets (or, for the rules checked on a whole event, with the
/// event's offset and the field's path) until the end, when they are turned into lines and bytes in one pass over
/// the input: nothing is spent on positions while the input is good, and no more than one pass per object with
/// problems when it is not.
/// </summary>
internal sealed class ReadContext
{
    private static int scratchTypes;
    private readonly List<PendingError> errors = [];
    private readonly List<TimelineProblem> problems = [];
    private NameChecker? names;
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
            Dates = new Reading.EdtfSharing();
        }
    }

    public TimelineJsonOptions Options { get; }

    /// <summary>Gets the strings read so far that may repeat (tags, names, codes), or <see langword="null"/> to share none.</summary>
    public Utf8Cache<string>? Strings { get; }

    /// <summary>Gets the checker of names given twice in extension values, reused for each value.</summary>
    public NameChecker Names => names ??= new NameChecker();

    /// <summary>Gets the EDTF values read so far, or <see langword="null"/> to share none.</summary>
    public Utf8Cache<EdtfValue>? Values { get; }

    /// <summary>Gets the calendar dates read so far, to share between the values that <see cref="Values"/> misses, or <see langword="null"/> to share none.</summary>
    public Reading.EdtfSharing? Dates { get; }

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

    /// <summary>Gets the number of errors kept, at most <see cref="TimelineJsonOptions.MaxErrors"/>.</summary>
    public int Count => errors.Count;

    /// <summary>
    /// Gets the number of errors reported, kept or not. A reader compares it before and after reading a part to
    /// know whether the part failed: <see cref="Count"/> stops growing at the limit, while failures go on.
    /// </summary>
    public long Reported { get; private set; }

    public bool Stopped => errors.Count >= Options.MaxErrors;

    /// <summary>Gets the number of bytes read again to find the positions of errors (linear in the input, whatever the errors).</summary>
    public long LocatedBytes { get; private set; }

    public bool Truncated { get; private set; }

    public static string PathOf(int eventIndex, FieldPath field)
    {
        var prefix = eventIndex < 0 ? "$" : string.Create(CultureInfo.InvariantCulture, $"$.events[{eventIndex}]");
        return field.IsEmpty ? prefix : prefix + "." + field;
    }

    /// <summary>Records an error at a reader offset (relative to <see cref="BaseOffset"/>).</summary>
    public void Error(int eventIndex, FieldPath field, long readerOffset, string message) =>
        Add(new PendingError(PathOf(eventIndex, field), BaseOffset + readerOffset, 0, 0, message));

    /// <summary>
    /// Records an error in a field of the object (an event, or the timeline) that starts at a reader offset; the
    /// field is found when the errors are resolved, in one pass over the object for all of its errors.
    /// </summary>
    public void ErrorAtField(int eventIndex, string field, long objectReaderOffset, string message) =>
        Add(new PendingError(PathOf(eventIndex, field), -1, 0, 0, message, BaseOffset + objectReaderOffset, FieldPath.Parse(field)));

    /// <summary>Records an error whose line and byte are already known (counting from 1).</summary>
    public void ErrorAt(string path, long line, long bytePosition, string message) =>
        Add(new PendingError(path, -1, line, bytePosition, message));

    /// <summary>Gets an empty list for the problems a rule check finds, reused for every check.</summary>
    public List<TimelineProblem> ProblemList()
    {
        problems.Clear();
        return problems;
    }

    /// <summary>Records the problems a rule check found in the object that starts at a reader offset.</summary>
    public void ReportProblems(int eventIndex, List<TimelineProblem> found, long objectReaderOffset)
    {
        foreach (var problem in found)
        {
            if (Stopped)
            {
                // Counted, not kept: nothing is spent on an error that will not be shown.
                Reported++;
                Truncated = true;
                continue;
            }

            ErrorAtField(eventIndex, problem.Field, objectReaderOffset, problem.Message);
        }
    }

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
    public TimelineJsonException ToException(ReadOnlySpan<byte> span, long spanBase = 0, long lineAtBase = 1, long lineStartAtBase = 0) =>
        new(Resolve(span, spanBase, lineAtBase, lineStartAtBase), Truncated);

    /// <summary>
    /// Builds the exception of a converter, which reads a value inside a caller's document: positions count from
    /// the value's first byte, and the exception completes them (and the paths) with the serializer's once the
    /// serializer has set them (<see cref="TimelineJsonException"/> explains how).
    /// </summary>
    /// <param name="value">The value's bytes.</param>
    /// <param name="valueStart">The reader offset of the value's first byte.</param>
    public TimelineJsonException ToValueException(ReadOnlySpan<byte> value, long valueStart) =>
        TimelineJsonException.ForValue(Resolve(value, valueStart, 1, valueStart), Truncated);

    private TimelineJsonError[] Resolve(ReadOnlySpan<byte> span, long spanBase, long lineAtBase, long lineStartAtBase)
    {
        LocateFields(span, spanBase);
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

        return [.. resolved.OrderBy(e => e.Line).ThenBy(e => e.BytePosition)];
    }

    /// <summary>Notes that reading stopped at the error limit, so that more errors may exist.</summary>
    public void Stop() => Truncated = true;

    /// <summary>Turns each error recorded by field into an offset, reading each object with errors once.</summary>
    private void LocateFields(ReadOnlySpan<byte> span, long spanBase)
    {
        var byObject = Enumerable.Range(0, errors.Count).Where(i => errors[i].ObjectOffset >= 0).GroupBy(i => errors[i].ObjectOffset);
        foreach (var group in byObject)
        {
            var indexes = group.ToArray();
            var fields = indexes.Select(i => errors[i].Field).ToArray();
            var offsets = new long[indexes.Length];
            LocatedBytes += FieldLocator.Locate(span, group.Key - spanBase, fields, offsets);
            for (var k = 0; k < indexes.Length; k++)
            {
                errors[indexes[k]] = errors[indexes[k]] with { Offset = spanBase + offsets[k], ObjectOffset = -1 };
            }
        }
    }

    private void Add(PendingError error)
    {
        Reported++;
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

    private readonly record struct PendingError(string Path, long Offset, long Line, long BytePosition, string Message, long ObjectOffset = -1, FieldPath Field = default);
}
