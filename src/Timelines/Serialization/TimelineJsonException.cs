using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace Timelines.Serialization;

/// <summary>
/// The exception thrown when timeline JSON cannot be read: malformed JSON, a wrong type, invalid EDTF, a broken
/// timeline rule, or a limit exceeded. <see cref="Errors"/> lists every error found (up to
/// <see cref="TimelineJsonOptions.MaxErrors"/>), each with its JSON path, line, byte and rule.
/// </summary>
/// <remarks>
/// <para>
/// It derives from <see cref="JsonException"/>, so code that catches that keeps working; <see cref="JsonException.Path"/>,
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> describe the first error
/// and, as in System.Text.Json, count from 0, while <see cref="TimelineJsonError"/> counts from 1.
/// </para>
/// <para>
/// From a converter (<see cref="TimelineConverter"/>, <see cref="TimelineEventConverter"/>) inside
/// <c>JsonSerializer</c>, the serializer sets <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/>
/// and <see cref="JsonException.BytePositionInLine"/> to where the timeline or event starts in the caller's
/// document, and <see cref="Errors"/> and the message then give each error's path and position in that document
/// (such as <c>$.payload.events[0].when</c>). A converter called directly, without the serializer, gives paths
/// and positions within the value, as if it were the whole document.
/// </para>
/// </remarks>
public sealed class TimelineJsonException : JsonException
{
    private const int ErrorsInMessage = 20;

    // The errors of a converter, with paths and positions within its value, completed from the serializer's.
    private readonly ImmutableArray<TimelineJsonError> withinValue;

    /// <summary>Initializes a new instance with no errors listed.</summary>
    public TimelineJsonException()
        : this("The timeline JSON is not valid.")
    {
    }

    /// <summary>Initializes a new instance with a message of its own.</summary>
    /// <param name="message">The message.</param>
    public TimelineJsonException(string message)
        : base(message) => Errors = ImmutableArray<TimelineJsonError>.Empty;

    /// <summary>Initializes a new instance with a message of its own and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TimelineJsonException(string message, Exception innerException)
        : base(message, innerException) => Errors = ImmutableArray<TimelineJsonError>.Empty;

    /// <summary>Initializes a new instance for a list of errors; the message lists them.</summary>
    /// <param name="errors">The errors, at least one.</param>
    /// <param name="truncated">Whether reading stopped at the limit, so that more errors may exist.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public TimelineJsonException(IEnumerable<TimelineJsonError> errors, bool truncated = false)
        : this(Check(errors), truncated)
    {
    }

    private TimelineJsonException(ImmutableArray<TimelineJsonError> errors, bool truncated)
        : base(
            Describe(errors, truncated),
            errors[0].Path,
            errors[0].Line > 0 ? errors[0].Line - 1 : null,
            errors[0].BytePosition > 0 ? errors[0].BytePosition - 1 : null)
    {
        Errors = errors;
        IsTruncated = truncated;
    }

    private TimelineJsonException(ImmutableArray<TimelineJsonError> withinValue, bool truncated, bool fromConverter)
        : base(Describe(withinValue, truncated))
    {
        Errors = ImmutableArray<TimelineJsonError>.Empty;
        this.withinValue = fromConverter ? withinValue : default;
        IsTruncated = truncated;
    }

    /// <summary>Gets every error found, in document order.</summary>
    public ImmutableArray<TimelineJsonError> Errors
    {
        get => withinValue.IsDefault ? field : InCallersDocument();
        private init;
    }

    /// <inheritdoc />
    public override string Message => withinValue.IsDefault ? base.Message : Describe(Errors, IsTruncated);

    /// <summary>Gets a value indicating whether reading stopped at <see cref="TimelineJsonOptions.MaxErrors"/>, so that more errors may exist.</summary>
    public bool IsTruncated { get; }

    /// <summary>Creates the exception of a converter, whose errors have paths and positions within its value.</summary>
    internal static TimelineJsonException ForValue(TimelineJsonError[] errors, bool truncated) => new([.. errors], truncated, fromConverter: true);

    private static ImmutableArray<TimelineJsonError> Check(IEnumerable<TimelineJsonError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var array = errors.ToImmutableArray();
        return array.IsEmpty ? throw new ArgumentException("At least one error is needed.", nameof(errors)) : array;
    }

    /// <summary>
    /// The errors of a converter in the caller's document, once the serializer has said where the value starts:
    /// its path (<see cref="JsonException.Path"/>) and the position after the value's first byte, counting from 0
    /// (so <see cref="JsonException.BytePositionInLine"/> is that byte's position counting from 1).
    /// </summary>
    private ImmutableArray<TimelineJsonError> InCallersDocument()
    {
        if (Path is not { } prefix || LineNumber is not { } startLine || BytePositionInLine is not { } startByte)
        {
            return withinValue;
        }

        return withinValue.Select(e => new TimelineJsonError(
            prefix + e.Path[1..],
            e.Line > 0 ? startLine + e.Line : 0,
            e.Line == 1 ? startByte + e.BytePosition - 1 : e.BytePosition,
            e.Message)).ToImmutableArray();
    }

    private static string Describe(ImmutableArray<TimelineJsonError> errors, bool truncated)
    {
        var count = errors.Length == 1 ? "1 error" : $"{errors.Length} errors";
        var lines = string.Join("\n", errors.Take(ErrorsInMessage).Select(e => "  - " + e));
        var more = errors.Length > ErrorsInMessage ? $"\n  … and {errors.Length - ErrorsInMessage} more" : string.Empty;
        var stopped = truncated ? "\n  (reading stopped at the error limit; there may be more)" : string.Empty;
        return $"The timeline JSON is not valid ({count}):\n{lines}{more}{stopped}";
    }
}
