using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Timelines.Serialization;
using Timelines.Tool.Input;

namespace Timelines.Tool.Formats;

/// <summary>
/// JSON Lines: one <c>timeline/1</c> event per line, as the library reads and writes it
/// (<see cref="TimelineJson.ReadJsonLines(Stream, TimelineJsonOptions?)"/>). Read and checked as a stream, in
/// constant memory; each line is checked alone, as the library does (ids may repeat, relations are not resolved),
/// until the events are made into one timeline.
/// </summary>
internal sealed class JsonLinesFormat : TimelineFormat
{
    /// <inheritdoc />
    public override string Name => "jsonl";

    /// <inheritdoc />
    public override IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <inheritdoc />
    public override string Description => "JSON Lines: one timeline/1 event per line, streamed in constant memory";

    /// <inheritdoc />
    public override bool StreamsEvents => true;

    /// <inheritdoc />
    public override bool CanWriteEvents => true;

    /// <summary>
    /// Makes the events one timeline, as <see cref="Timeline.Create"/> does (in UTC, with the file's name, less its
    /// extension, as id and title), which checks the rules between events: unique ids, relations that resolve.
    /// </summary>
    /// <inheritdoc />
    public override Timeline Read(string path, ReadSettings settings, ProgressMeter meter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var events = ReadEvents(path, settings, meter, cancellationToken).ToList();
        try
        {
            return Timeline.Create(TimelineName(settings.File), TimelineName(settings.File), events);
        }
        catch (TimelineValidationException exception)
        {
            throw new InvalidInputException(ProblemPlacement.WithoutPosition(settings.File, exception));
        }
    }

    /// <summary>The timeline <see cref="Read"/> makes, without events: in UTC, named after the file.</summary>
    /// <inheritdoc />
    public override Timeline? EmptyTimeline(ReadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Timeline.Create(TimelineName(settings.File), TimelineName(settings.File), []);
    }

    /// <summary>Reads the events as a stream; the first bad line stops reading with its problems.</summary>
    /// <inheritdoc />
    public override IEnumerable<TimelineEvent> ReadEvents(string path, ReadSettings settings, ProgressMeter meter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return JsonLinesInput.Read(path, settings.File, settings.JsonOptions, meter, problems => throw new InvalidInputException(problems, more: true), cancellationToken);
    }

    /// <summary>Checks every line, reporting each bad line's problems as it is found, in constant memory.</summary>
    /// <inheritdoc />
    public override long Validate(string path, ReadSettings settings, IProblemSink problems, ProgressMeter meter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(problems);
        var reported = 0L;
        bool Report(IReadOnlyList<FileProblem> found)
        {
            foreach (var problem in found)
            {
                problems.Report(problem);
            }

            reported += found.Count;
            return settings.MaxErrors is not { } max || reported < max;
        }

        var count = 0L;
        foreach (var unused in JsonLinesInput.Read(path, settings.File, settings.JsonOptions, meter, Report, cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <inheritdoc />
    public override void Write(Timeline timeline, Stream output, WriteSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        WriteEvents(timeline.Events, output, settings, cancellationToken);
    }

    /// <inheritdoc />
    public override void WriteEvents(IEnumerable<TimelineEvent> events, Stream output, WriteSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        TimelineJson.WriteJsonLines(Checked(events, cancellationToken), output, settings.JsonOptions);
    }

    /// <summary>Gets the id and title of a timeline made from a JSON Lines file: its name without folder or extension.</summary>
    /// <param name="file">The file's name.</param>
    /// <returns>The name, or <c>timeline</c> when nothing is left.</returns>
    public static string TimelineName(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return string.IsNullOrWhiteSpace(name) ? "timeline" : name;
    }

    private static IEnumerable<TimelineEvent> Checked(IEnumerable<TimelineEvent> events, CancellationToken cancellationToken)
    {
        foreach (var item in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }
}
