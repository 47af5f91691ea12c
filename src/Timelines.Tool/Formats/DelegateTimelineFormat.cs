using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Timelines.Serialization;
using Timelines.Tool.Input;

namespace Timelines.Tool.Formats;

/// <summary>
/// A format made of two functions, a reader and a writer over streams: the seam through which the formats of
/// another package (CSV, iCalendar, TimelineJS3, GeoJSON, JSON-LD) join the tool, one registration each in
/// <see cref="BuiltInFormats"/>. Read whole: <c>validate</c> reports what the reader throws.
/// </summary>
/// <remarks>
/// The reader's exceptions become problems: the library's own (<see cref="TimelineJsonException"/>,
/// <see cref="TimelineValidationException"/>), then whatever <c>problemsOf</c> recognises (a format's own
/// exception with its line and column), then <see cref="FormatException"/>, <see cref="InvalidDataException"/> and
/// <see cref="JsonException"/> as one problem without a position. Anything else is a bug and is not hidden.
/// </remarks>
/// <param name="name">The name for <c>--from</c> and <c>--to</c>.</param>
/// <param name="extensions">The file name endings that choose it, with the dot.</param>
/// <param name="description">One line for <c>timeline formats</c>.</param>
/// <param name="read">Reads a timeline from a stream, or <see langword="null"/> when the format is written only.</param>
/// <param name="write">Writes a timeline to a stream, or <see langword="null"/> when the format is read only.</param>
/// <param name="problemsOf">Places a format's own exception in the file (given the file's name), or returns <see langword="null"/> for other exceptions.</param>
internal sealed class DelegateTimelineFormat(
    string name,
    IReadOnlyList<string> extensions,
    string description,
    Func<Stream, Timeline>? read,
    Action<Timeline, Stream, WriteSettings>? write,
    Func<Exception, string, IReadOnlyList<FileProblem>?>? problemsOf = null) : TimelineFormat
{
    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override IReadOnlyList<string> Extensions => extensions;

    /// <inheritdoc />
    public override string Description => description;

    /// <inheritdoc />
    public override bool CanRead => read is not null;

    /// <inheritdoc />
    public override bool CanWrite => write is not null;

    /// <inheritdoc />
    public override Timeline Read(string path, ReadSettings settings, ProgressMeter meter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var reader = read ?? throw new ToolException($"{settings.File}: the format '{name}' can be written but not read.");
        using var stream = InputFiles.OpenRead(path, settings.File);
        meter.Total = stream.Length;
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return reader(new MeteredStream(stream, meter));
        }
        catch (Exception exception) when (ProblemsOf(exception, settings.File) is { } problems)
        {
            throw new InvalidInputException(problems);
        }
    }

    /// <inheritdoc />
    public override void Write(Timeline timeline, Stream output, WriteSettings settings, CancellationToken cancellationToken)
    {
        var writer = write ?? throw new ToolException($"The format '{name}' can be read but not written.");
        cancellationToken.ThrowIfCancellationRequested();
        writer(timeline, output, settings);
    }

    private IReadOnlyList<FileProblem>? ProblemsOf(Exception exception, string file) => exception switch
    {
        TimelineJsonException json when !json.Errors.IsEmpty =>
            json.Errors.Select(e => new FileProblem(file, e.Line, e.BytePosition, e.BytePosition, e.Path, e.Message)).ToList(),
        TimelineValidationException validation => ProblemPlacement.WithoutPosition(file, validation),
        _ when problemsOf?.Invoke(exception, file) is { } placed => placed,
        FormatException or InvalidDataException or JsonException => [new FileProblem(file, 0, 0, 0, name, exception.Message)],
        _ => null,
    };
}
