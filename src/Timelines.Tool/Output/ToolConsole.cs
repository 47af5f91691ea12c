using System;
using System.IO;
using System.Text;
using Spectre.Console;

namespace Timelines.Tool.Output;

/// <summary>
/// Where a command writes: its output (data and tables), its errors, and whether each is a terminal, which
/// decides colours and the progress bar. The process's console, or writers of a test's own.
/// </summary>
internal sealed class ToolConsole
{
    private IAnsiConsole? tables;
    private IAnsiConsole? progress;

    /// <summary>Initializes a console over two writers.</summary>
    /// <param name="output">The output: data, tables.</param>
    /// <param name="error">Errors, summaries and the progress bar.</param>
    /// <param name="outputIsTerminal">Whether the output is a terminal (colours in tables).</param>
    /// <param name="errorIsTerminal">Whether the errors go to a terminal (the progress bar is drawn only then).</param>
    /// <param name="width">The width tables are laid out in.</param>
    public ToolConsole(TextWriter output, TextWriter error, bool outputIsTerminal = false, bool errorIsTerminal = false, int width = 120)
    {
        Output = output;
        Error = error;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        Width = width;
    }

    /// <summary>Gets the output writer.</summary>
    public TextWriter Output { get; }

    /// <summary>Gets the error writer.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets a value indicating whether the output is a terminal.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Gets a value indicating whether the errors go to a terminal.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Gets the width tables are laid out in.</summary>
    public int Width { get; }

    /// <summary>Gets how long work must last before a progress bar appears (about a second's worth, as the issue asks).</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets a Spectre console over the output, for tables: plain text when the output is not a terminal.</summary>
    public IAnsiConsole Tables => tables ??= Create(Output, OutputIsTerminal, interactive: false);

    /// <summary>Gets a Spectre console over the errors, for the progress bar.</summary>
    public IAnsiConsole Progress => progress ??= Create(Error, ErrorIsTerminal, interactive: ErrorIsTerminal);

    /// <summary>Creates the console of this process: standard output buffered (flush it at the end), standard error as it is.</summary>
    /// <returns>The console.</returns>
    public static ToolConsole ForProcess()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        var outputIsTerminal = !Console.IsOutputRedirected;
        var width = 120;
        if (outputIsTerminal)
        {
            try
            {
                width = Math.Max(40, Console.WindowWidth);
            }
            catch (IOException)
            {
                // No window to measure: keep the default.
            }
        }

        return new ToolConsole(output, Console.Error, outputIsTerminal, !Console.IsErrorRedirected, width);
    }

    private IAnsiConsole Create(TextWriter writer, bool terminal, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = Width;
        return console;
    }
}
