using System;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;
using Timelines.Tool.Input;

namespace Timelines.Tool.Output;

/// <summary>
/// Runs a piece of work on the thread pool and, when it lasts longer than <see cref="ToolConsole.ProgressDelay"/>
/// and errors go to a terminal (and not <c>--quiet</c>), draws a progress bar on standard error until it ends.
/// Redirected output never gets anything extra.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs work, with a progress bar if it is long.</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="console">The console.</param>
    /// <param name="quiet">Whether <c>--quiet</c> was given.</param>
    /// <param name="description">What the bar says, such as the file's name.</param>
    /// <param name="work">The work, given a meter to record its progress in.</param>
    /// <param name="cancellationToken">Cancels the work (it checks the token itself).</param>
    /// <returns>The work's result.</returns>
    public static async Task<T> RunAsync<T>(ToolConsole console, bool quiet, string description, Func<ProgressMeter, T> work, CancellationToken cancellationToken)
    {
        var meter = new ProgressMeter();
        var task = Task.Run(() => work(meter), cancellationToken);
        if (quiet || !console.ErrorIsTerminal)
        {
            return await task.ConfigureAwait(false);
        }

        await Task.WhenAny(task, Task.Delay(console.ProgressDelay, CancellationToken.None)).ConfigureAwait(false);
        if (!task.IsCompleted)
        {
            await new Progress(console.Progress)
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var bar = context.AddTask(Markup.Escape(description), maxValue: 1);
                    while (!task.IsCompleted)
                    {
                        var total = meter.Total;
                        bar.IsIndeterminate = total <= 0;
                        bar.MaxValue = Math.Max(1, total);
                        bar.Value = Math.Min(meter.Done, bar.MaxValue);
                        await Task.WhenAny(task, Task.Delay(Refresh, CancellationToken.None)).ConfigureAwait(false);
                    }

                    bar.Value = bar.MaxValue;
                }).ConfigureAwait(false);
        }

        return await task.ConfigureAwait(false);
    }
}
