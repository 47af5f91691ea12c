using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Timelines.Tool.Formats;
using Timelines.Tool.Input;
using Timelines.Tool.Output;

namespace Timelines.Tool.Commands;

/// <summary>What every command shares: the console, the formats, the global options, and one way of ending in an error.</summary>
/// <param name="Console">Where to write.</param>
/// <param name="Formats">The timeline formats.</param>
/// <param name="Pictures">The picture formats.</param>
internal sealed record ToolContext(ToolConsole Console, FormatRegistry<TimelineFormat> Formats, FormatRegistry<PictureFormat> Pictures)
{
    /// <summary>Gets <c>--quiet</c>, given to every command.</summary>
    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress bar and no summary lines: only the output, and errors.",
        Recursive = true,
    };

    /// <summary>Runs a command's work, turning the failures a person can act on into one message and an exit code, never a stack trace.</summary>
    /// <param name="work">The work; returns the exit code.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> RunAsync(Func<Task<int>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (ToolException exception)
        {
            await Console.Error.WriteLineAsync($"timeline: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (InvalidInputException exception)
        {
            foreach (var problem in exception.Problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            if (exception.HasMore)
            {
                await Console.Error.WriteLineAsync("timeline: reading stopped at the first bad line; 'timeline validate FILE' lists every problem.").ConfigureAwait(false);
            }

            return ExitCodes.Problems;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("timeline: stopped; no output file was written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>Runs work with a progress bar when it is long.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="parse">The parse result, for <c>--quiet</c>.</param>
    /// <param name="description">What the bar says.</param>
    /// <param name="work">The work.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The work's result.</returns>
    public Task<T> WithProgressAsync<T>(ParseResult parse, string description, Func<ProgressMeter, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return ProgressDisplay.RunAsync(Console, parse.GetValue(Quiet), description, work, cancellationToken);
    }

    /// <summary>Finds the timeline format of an input file and checks that it can be read.</summary>
    /// <param name="file">The file.</param>
    /// <param name="from">The format named with <c>--from</c>, or <see langword="null"/>.</param>
    /// <returns>The format.</returns>
    public TimelineFormat InputFormat(string file, string? from)
    {
        if (System.IO.Directory.Exists(file))
        {
            throw new ToolException($"{file}: is a folder, not a file.");
        }

        var format = Formats.For(file, from, "--from");
        return format.CanRead ? format : throw new ToolException($"{file}: the format '{format.Name}' can be written but not read.");
    }

    /// <summary>Reads a whole timeline with a progress bar when it is long.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="file">The file.</param>
    /// <param name="from">The format named with <c>--from</c>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The timeline.</returns>
    public Task<Timeline> ReadTimelineAsync(ParseResult parse, string file, string? from, CancellationToken cancellationToken)
    {
        var format = InputFormat(file, from);
        return WithProgressAsync(parse, $"Reading {file}", meter => format.Read(file, new ReadSettings(file), meter, cancellationToken), cancellationToken);
    }
}
