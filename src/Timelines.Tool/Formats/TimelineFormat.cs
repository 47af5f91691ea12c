using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Timelines.Tool.Input;

namespace Timelines.Tool.Formats;

/// <summary>
/// A format of timelines: how the tool reads it (whole, or one event at a time), checks it, and writes it. Every
/// method works in the calling thread and checks the cancellation token between events.
/// </summary>
/// <remarks>
/// Only <see cref="Read"/> and <see cref="Write"/> must be written; the rest default to them. A format that can
/// do better overrides: JSON Lines streams events in constant memory and reports every bad line.
/// </remarks>
internal abstract class TimelineFormat : IFileFormat
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<string> Extensions { get; }

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <summary>Gets a value indicating whether the format can be read (validate, info, query, convert's input, render).</summary>
    public virtual bool CanRead => true;

    /// <summary>Gets a value indicating whether the format can be written (convert's output).</summary>
    public virtual bool CanWrite => true;

    /// <summary>
    /// Gets a value indicating whether <see cref="ReadEvents"/> reads events one at a time without a timeline
    /// around them (no title, zone or as-of day, no rules between events), so that they can be described or
    /// converted in constant memory.
    /// </summary>
    public virtual bool StreamsEvents => false;

    /// <summary>
    /// Gets the timeline that <see cref="Read"/> makes the events of <see cref="ReadEvents"/> into, without them (its
    /// id, title, zone and as-of day), when <see cref="StreamsEvents"/> says so: a query made on it tests streamed
    /// events one at a time as a query of the whole file would; otherwise <see langword="null"/>.
    /// </summary>
    /// <param name="settings">The file's name and limits.</param>
    /// <returns>The empty timeline, or <see langword="null"/> when the format does not stream its events.</returns>
    public virtual Timeline? EmptyTimeline(ReadSettings settings) => null;

    /// <summary>Gets a value indicating whether <see cref="WriteEvents"/> writes events as they come, without a whole timeline.</summary>
    public virtual bool CanWriteEvents => false;

    /// <summary>Reads a whole timeline.</summary>
    /// <param name="path">The file.</param>
    /// <param name="settings">The file's name and limits.</param>
    /// <param name="meter">Where to record how far reading has got.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="InvalidInputException">The file is not a valid timeline.</exception>
    /// <exception cref="ToolException">The file cannot be read.</exception>
    public abstract Timeline Read(string path, ReadSettings settings, ProgressMeter meter, CancellationToken cancellationToken);

    /// <summary>Reads the events one at a time; by default, the events of <see cref="Read"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="settings">The file's name and limits.</param>
    /// <param name="meter">Where to record how far reading has got.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The events, in the file's order; enumerating throws <see cref="InvalidInputException"/> at a problem.</returns>
    public virtual IEnumerable<TimelineEvent> ReadEvents(string path, ReadSettings settings, ProgressMeter meter, CancellationToken cancellationToken) =>
        Read(path, settings, meter, cancellationToken).Events;

    /// <summary>Checks a file, sending every problem to a sink; by default, the problems that <see cref="Read"/> throws.</summary>
    /// <param name="path">The file.</param>
    /// <param name="settings">The file's name and limits.</param>
    /// <param name="problems">Where each problem goes.</param>
    /// <param name="meter">Where to record how far reading has got.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The number of events read (good ones, when there are problems).</returns>
    public virtual long Validate(string path, ReadSettings settings, IProblemSink problems, ProgressMeter meter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        try
        {
            return Read(path, settings, meter, cancellationToken).Count;
        }
        catch (InvalidInputException exception)
        {
            foreach (var problem in exception.Problems)
            {
                problems.Report(problem);
            }

            return 0;
        }
    }

    /// <summary>Writes a whole timeline.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="output">The stream; flushed, not closed.</param>
    /// <param name="settings">Indentation and bounds.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    public abstract void Write(Timeline timeline, Stream output, WriteSettings settings, CancellationToken cancellationToken);

    /// <summary>Writes events as they come, when <see cref="CanWriteEvents"/> says so.</summary>
    /// <param name="events">The events.</param>
    /// <param name="output">The stream; flushed, not closed.</param>
    /// <param name="settings">Indentation and bounds.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <exception cref="NotSupportedException">The format needs a whole timeline.</exception>
    public virtual void WriteEvents(IEnumerable<TimelineEvent> events, Stream output, WriteSettings settings, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"The format '{Name}' writes whole timelines only.");
}
