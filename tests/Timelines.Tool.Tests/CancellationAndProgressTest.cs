using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Timelines.Tool.Formats;
using Timelines.Tool.Output;

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
    public async Task Long_work_shows_a_progress_bar_on_a_terminal()
    {
        // The reader stands for long work: it returns only once something has been drawn on standard error (or
        // after a minute, when the assertion below fails), so the test waits for the bar instead of guessing a time.
        var text = new StringWriter();
        var error = TextWriter.Synchronized(text);
        string Drawn()
        {
            lock (error)
            {
                return text.ToString();
            }
        }

        var path = Files.Write("slow.slow", "");
        var registry = BuiltInFormats.Timelines().Add(new DelegateTimelineFormat("slow", [".slow"], "slow to read", _ =>
        {
            SpinWait.SpinUntil(() => Drawn().Length > 0, TimeSpan.FromMinutes(1));
            return TestFiles.BelarusTimeline;
        }, null));
        using var output = new StringWriter();
        var console = new ToolConsole(output, error, errorIsTerminal: true) { ProgressDelay = TimeSpan.FromMilliseconds(20) };

        var code = await new TimelineCli(console, registry).RunAsync(["query", path, "--count"]);

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(Drawn(), Does.Contain("Reading"));
        Assert.That(output.ToString().Trim(), Is.EqualTo("18"), "the output holds the answer only");
    }

    [Test]
    public async Task Long_work_shows_nothing_when_errors_are_redirected_or_quiet()
    {
        var path = Files.Write("slow.slow", "");
        var registry = BuiltInFormats.Timelines().Add(new DelegateTimelineFormat("slow", [".slow"], "slow to read", _ =>
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(300));
            return TestFiles.BelarusTimeline;
        }, null));

        var redirected = await ToolRun.RunAsync(new ToolConsoleSpec(ErrorIsTerminal: false, ProgressDelay: TimeSpan.FromMilliseconds(20)), ["query", path, "--count"], registry);
        var quiet = await ToolRun.RunAsync(new ToolConsoleSpec(ErrorIsTerminal: true, ProgressDelay: TimeSpan.FromMilliseconds(20)), ["query", path, "--count", "--quiet"], registry);

        Assert.That(redirected.ExitCode, Is.EqualTo(ExitCodes.Success), redirected.ToString);
        Assert.That(redirected.Error, Is.Empty);
        Assert.That(quiet.Error, Is.Empty);
        Assert.That(quiet.Output.Trim(), Is.EqualTo("18"));
    }

    [Test]
    public async Task Short_work_shows_no_progress_bar_even_on_a_terminal()
    {
        var run = await ToolRun.RunAsync(new ToolConsoleSpec(ErrorIsTerminal: true), ["query", TestFiles.Belarus, "--count"]);

        Assert.That(run.Error, Is.Empty);
        Assert.That(run.Output.Trim(), Is.EqualTo("18"));
    }
}
