using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Timelines.Formats;

/// <summary>
/// The exception every reader of this package throws for bad input: malformed text, a value of the wrong kind, a
/// date that is not a date, or a broken timeline rule. <see cref="Errors"/> lists every problem found (up to
/// <see cref="TimelineReaderOptions.MaxErrors"/>), each with its line, column and field.
/// </summary>
/// <remarks>
/// Readers throw no other exception for bad input; failures of the stream itself (<see cref="System.IO.IOException"/>)
/// pass through unchanged, since they say nothing about the file's content.
/// </remarks>
public sealed class TimelineFormatException : FormatException
{
    private const int ErrorsInMessage = 20;

    /// <summary>Initializes a new instance with no errors listed.</summary>
    public TimelineFormatException()
        : this("The file could not be read as a timeline.")
    {
    }

    /// <summary>Initializes a new instance with a message of its own.</summary>
    /// <param name="message">The message.</param>
    public TimelineFormatException(string message)
        : base(message)
    {
        Format = string.Empty;
        Errors = ImmutableArray<TimelineFormatError>.Empty;
    }

    /// <summary>Initializes a new instance with a message of its own and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TimelineFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Format = string.Empty;
        Errors = ImmutableArray<TimelineFormatError>.Empty;
    }

    /// <summary>Initializes a new instance for a list of errors found in a file of a format; the message lists them.</summary>
    /// <param name="format">The format's name, as in <see cref="TimelineFormat.Name"/>, such as <c>csv</c>.</param>
    /// <param name="errors">The errors, at least one, in file order.</param>
    /// <param name="truncated">Whether reading stopped at the error limit, so that more errors may exist.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public TimelineFormatException(string format, IEnumerable<TimelineFormatError> errors, bool truncated = false)
        : this(format ?? throw new ArgumentNullException(nameof(format)), Check(errors), truncated)
    {
    }

    private TimelineFormatException(string format, ImmutableArray<TimelineFormatError> errors, bool truncated)
        : base(Describe(format, errors, truncated))
    {
        Format = format;
        Errors = errors;
        IsTruncated = truncated;
    }

    /// <summary>Gets the name of the format being read, such as <c>csv</c> or <c>icalendar</c>; empty when not given.</summary>
    public string Format { get; }

    /// <summary>Gets every error found, in file order.</summary>
    public ImmutableArray<TimelineFormatError> Errors { get; }

    /// <summary>Gets a value indicating whether reading stopped at <see cref="TimelineReaderOptions.MaxErrors"/>, so that more errors may exist.</summary>
    public bool IsTruncated { get; }

    private static ImmutableArray<TimelineFormatError> Check(IEnumerable<TimelineFormatError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var array = errors.ToImmutableArray();
        return array.IsEmpty ? throw new ArgumentException("At least one error is needed.", nameof(errors)) : array;
    }

    private static string Describe(string format, ImmutableArray<TimelineFormatError> errors, bool truncated)
    {
        var count = errors.Length == 1 ? "1 error" : $"{errors.Length} errors";
        var lines = string.Join("\n", errors.Take(ErrorsInMessage).Select(e => "  - " + e));
        var more = errors.Length > ErrorsInMessage ? $"\n  … and {errors.Length - ErrorsInMessage} more" : string.Empty;
        var stopped = truncated ? "\n  (reading stopped at the error limit; there may be more)" : string.Empty;
        return $"The {format} file is not a valid timeline ({count}):\n{lines}{more}{stopped}";
    }
}
