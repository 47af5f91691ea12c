using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Timelines.Tool.Formats;
using Timelines.Tool.Output;

namespace Timelines.Tool.Tests;

/// <summary>What one run of the tool gave: its exit code and what it wrote.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the tool in process with the built-in formats, output and errors redirected (no terminal).</summary>
    public static Task<ToolRun> RunAsync(params string[] args) => RunAsync(new ToolConsoleSpec(), args);

    /// <summary>Runs the tool in process.</summary>
    public static async Task<ToolRun> RunAsync(
        ToolConsoleSpec spec,
        string[] args,
        FormatRegistry<TimelineFormat>? formats = null,
        CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new ToolConsole(output, error, errorIsTerminal: spec.ErrorIsTerminal) { ProgressDelay = spec.ProgressDelay };
        var code = await new TimelineCli(console, formats).RunAsync(args, cancellationToken);
        return new ToolRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Gets the output's lines, without the empty last one.</summary>
    public string[] OutputLines => Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- output\n{Output}\n--- error\n{Error}";
}
