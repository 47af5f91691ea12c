using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Timelines.Tool.Commands;
using Timelines.Tool.Formats;
using Timelines.Tool.Output;

namespace Timelines.Tool;

/// <summary>
/// The <c>timeline</c> command line: its verbs, parsed by System.CommandLine, run in process against a
/// <see cref="ToolConsole"/>, so that tests run exactly what the installed tool runs.
/// </summary>
internal sealed class TimelineCli
{
    private readonly ToolContext context;
    private readonly bool handleSignals;

    /// <summary>Initializes the command line.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="formats">The timeline formats, or <see langword="null"/> for <see cref="BuiltInFormats.Timelines"/>.</param>
    /// <param name="pictures">The picture formats, or <see langword="null"/> for <see cref="BuiltInFormats.Pictures"/>.</param>
    /// <param name="handleSignals">Whether Ctrl-C and SIGTERM cancel the command (the process does; tests cancel with a token).</param>
    public TimelineCli(ToolConsole console, FormatRegistry<TimelineFormat>? formats = null, FormatRegistry<PictureFormat>? pictures = null, bool handleSignals = false)
    {
        context = new ToolContext(console, formats ?? BuiltInFormats.Timelines(), pictures ?? BuiltInFormats.Pictures());
        this.handleSignals = handleSignals;
    }

    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments, without the program's name.</param>
    /// <param name="cancellationToken">Cancels the command, as Ctrl-C does.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        var root = CreateRoot();
        var parse = root.Parse(args);
        var console = context.Console;
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            // System.CommandLine would print help after the errors and exit with 1; the tool's rule is one
            // message per error, a pointer to the help, and exit code 2.
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"timeline: {error.Message}").ConfigureAwait(false);
            }

            var path = string.Join(' ', parse.CommandResult.Command is RootCommand ? ["timeline"] : CommandPath(parse));
            await console.Error.WriteLineAsync($"Run '{path} --help' for the options and examples.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = handleSignals ? TimeSpan.FromSeconds(5) : null,
        };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private RootCommand CreateRoot()
    {
        var root = new RootCommand("""
            Validates, describes, queries, converts and draws timelines (Timelines JSON and JSON Lines, EDTF dates) from the shell.

            Examples:
              timeline validate samples/data/belarus-2022.timeline.json
              timeline query samples/data/belarus-2022.timeline.json --overlapping 2022-03
            """)
        {
            ValidateCommand.Create(context),
            InfoCommand.Create(context),
            QueryCommand.Create(context),
            ConvertCommand.Create(context),
            RenderCommand.Create(context),
            FormatsCommand.Create(context),
        };
        root.Options.Add(context.Quiet);
        return root;
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "timeline" : result.Command.Name);
        }

        return Enumerable.Reverse(names);
    }
}
