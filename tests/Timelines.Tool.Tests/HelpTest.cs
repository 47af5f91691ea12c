using System.Threading.Tasks;

namespace Timelines.Tool.Tests;

public sealed class HelpTest
{
    [TestCase("validate")]
    [TestCase("info")]
    [TestCase("query")]
    [TestCase("convert")]
    [TestCase("render")]
    [TestCase("formats")]
    public async Task Every_verb_has_help_with_an_example(string verb)
    {
        var run = await ToolRun.RunAsync(verb, "--help");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(run.Output, Does.Contain("Usage:").And.Contain($"timeline {verb}"));
        Assert.That(run.Output, Does.Contain("Example"));
        Assert.That(run.Output, Does.Contain("--quiet"));
    }

    [Test]
    public async Task The_root_help_lists_the_verbs()
    {
        var run = await ToolRun.RunAsync("--help");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(run.Output, Does.Contain("validate").And.Contain("info").And.Contain("query").And.Contain("convert").And.Contain("render"));
    }

    [TestCase(new string[0], "Required command was not provided")]
    [TestCase(new[] { "check", "x.json" }, "check")]
    [TestCase(new[] { "validate" }, "Required argument missing for command: 'validate'")]
    [TestCase(new[] { "convert", "a.json" }, "Required argument missing for command: 'convert'")]
    public async Task A_wrong_command_line_gives_exit_code_2_and_points_to_the_help(string[] args, string message)
    {
        var run = await ToolRun.RunAsync(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString);
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(run.Error, Does.Contain("--help' for the options and examples."));
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public async Task Formats_lists_every_format_and_picture()
    {
        var run = await ToolRun.RunAsync("formats");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(run.Output, Does.Contain("json").And.Contain(".jsonl .ndjson").And.Contain("svg").And.Contain("picture: render"));
    }
}
