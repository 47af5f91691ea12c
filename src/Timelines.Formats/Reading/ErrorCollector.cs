using System.Collections.Generic;
using System.Linq;

namespace Timelines.Formats.Reading;

/// <summary>
/// Collects the errors of one read, up to the options' limit, and throws them as one
/// <see cref="TimelineFormatException"/>. Readers keep going after an error so that a file's every problem is
/// reported at once.
/// </summary>
internal sealed class ErrorCollector
{
    private readonly List<TimelineFormatError> errors = [];
    private readonly string format;
    private readonly int max;

    public ErrorCollector(string format, TimelineReaderOptions options)
    {
        this.format = format;
        max = options.MaxErrors;
    }

    public bool HasErrors => errors.Count > 0;

    /// <summary>Gets a value indicating whether the limit is reached: a reader stops reading then.</summary>
    public bool IsFull => errors.Count >= max;

    public void Add(long line, long column, string field, string message)
    {
        if (errors.Count < max)
        {
            errors.Add(new TimelineFormatError(line, column, field, message));
        }
        else
        {
            Truncated = true;
        }
    }

    public void Add(SourceLocation at, string message) => Add(at.Line, at.Column, at.Field, message);

    public bool Truncated { get; private set; }

    /// <summary>Throws the errors collected, if any.</summary>
    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw Exception();
        }
    }

    /// <summary>The errors as one exception, in file order (a reader finds some only once the whole file is read).</summary>
    public TimelineFormatException Exception() => new(format, errors.OrderBy(e => e.Line), Truncated);
}
