using System;
using System.Threading;
using System.Threading.Tasks;
using Timelines.Tool.Formats;

namespace Timelines.Tool.Tests;

public sealed class CancellationAndProgressTest : FileTest
{
    [Test]
    public async Task Ctrl_C_while_writing_leaves_no_file_and_exit_code_130()
    {
        using var stop = new CancellationTokenSource();
        var registry = BuiltInFormats.Timelines().Add(new DelegateTimelineFormat("stopped", [".stopped"], "stops half way", null, (timeline, stream, _) =>
        {
            stream.Write("half a file"u8);
            stop.Cancel();
            stream.Write(" and the rest"u8);
        }));
        var output = Files.PathOf("out.stopped");

        var run = await ToolRun.RunAsync(new ToolConsoleSpec(), ["convert", TestFiles.Belarus, output], registry, stop.Token);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Cancelled), run.ToString);
        Assert.That(run.Error, Does.Contain("stopped; no output file was written"));
        Assert.That(Files.Names(), Is.Empty, "neither the output nor a temporary file");
    }

    [Test]
    public async Task Ctrl_C_while_reading_json_lines_stops_with_exit_code_130()
    {
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        var run = await ToolRun.RunAsync(new ToolConsoleSpec(), ["validate", TestFiles.Belarus], null, stop.Token);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Cancelled), run.ToString);
    }

    [Test]
    public async Task Long_work_shows_a_progress_bar_on_a_terminal_and_nothing_when_redirected()
    {
        var path = Files.Write("slow.slow", "");
        var registry = BuiltInFormats.Timelines().Add(new DelegateTimelineFormat("slow", [".slow"], "slow to read", _ =>
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(600));
            return TestFiles.BelarusTimeline;
        }, null));

        var terminal = await ToolRun.RunAsync(new ToolConsoleSpec(ErrorIsTerminal: true, ProgressDelay: TimeSpan.FromMilliseconds(20)), ["query", path, "--count"], registry);
        var redirected = await ToolRun.RunAsync(new ToolConsoleSpec(ErrorIsTerminal: false, ProgressDelay: TimeSpan.FromMilliseconds(20)), ["query", path, "--count"], registry);
        var quiet = await ToolRun.RunAsync(new ToolConsoleSpec(ErrorIsTerminal: true, ProgressDelay: TimeSpan.FromMilliseconds(20)), ["query", path, "--count", "--quiet"], registry);

        Assert.That(terminal.ExitCode, Is.EqualTo(ExitCodes.Success), terminal.ToString);
        Assert.That(terminal.Error, Does.Contain("Reading"));
        Assert.That(terminal.Output.Trim(), Is.EqualTo("18"), "the output holds the answer only");
        Assert.That(redirected.Error, Is.Empty);
        Assert.That(quiet.Error, Is.Empty);
    }

    [Test]
    public async Task Short_work_shows_no_progress_bar_even_on_a_terminal()
    {
        var run = await ToolRun.RunAsync(new ToolConsoleSpec(ErrorIsTerminal: true), ["query", TestFiles.Belarus, "--count"]);

        Assert.That(run.Error, Is.Empty);
        Assert.That(run.Output.Trim(), Is.EqualTo("18"));
    }
}
