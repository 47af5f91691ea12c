using System.IO;
using System.Threading.Tasks;
using Timelines.Html;
using Timelines.Svg;

namespace Timelines.Tool.Tests;

public sealed class RenderCommandTest : FileTest
{
    [Test]
    public async Task Renders_the_svg_that_Timelines_Svg_draws()
    {
        var output = Files.PathOf("belarus.svg");

        var run = await ToolRun.RunAsync("render", TestFiles.Belarus, "-o", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(File.ReadAllText(output), Is.EqualTo(TimelineSvg.Render(TestFiles.BelarusTimeline)));
        Assert.That(run.Error, Does.Contain("svg picture of 18 events written"));
    }

    [Test]
    public async Task Renders_the_page_that_Timelines_Html_writes_for_an_html_output()
    {
        var output = Files.PathOf("belarus.html");

        var run = await ToolRun.RunAsync("render", TestFiles.Belarus, "-o", output, "--group", "actor", "--title", "Belarus");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(File.ReadAllText(output), Is.EqualTo(TimelineHtml.Render(TestFiles.BelarusTimeline, new TimelineHtmlOptions { Lanes = TimelineHtmlLanes.ByFirstActor, Title = "Belarus" })));
    }

    [Test]
    public async Task The_renderer_s_options_are_passed_on()
    {
        var output = Files.PathOf("spring.svg");
        var timeline = TestFiles.BelarusTimeline;
        var expected = TimelineSvg.Render(timeline, new TimelineSvgOptions
        {
            Width = 1600,
            FontSize = 14,
            MaxLabelLineLength = 30,
            Title = "Spring 2022",
            Grouping = TimelineSvgGrouping.ByFirstActor,
            Period = EdtfValue.Parse("2022-02/2022-04").ToInterval(timeline.TimeZone),
        });

        var run = await ToolRun.RunAsync(
            "render", TestFiles.Belarus, "--output", output, "--width", "1600", "--font-size", "14", "--max-label-length", "30",
            "--title", "Spring 2022", "--group", "actor", "--period", "2022-02/2022-04");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(File.ReadAllText(output), Is.EqualTo(expected));
    }

    [TestCase("--width 100", "Width must be between 320 and 20000 pixels")]
    [TestCase("--font-size 100", "FontSize must be between 6 and 48 pixels")]
    [TestCase("--period 2022-13", "--period 2022-13: not EDTF")]
    [TestCase("--group lane", "lane")]
    public async Task A_bad_option_gives_exit_code_2_with_the_renderer_s_message(string options, string message)
    {
        var output = Files.PathOf("x.svg");

        var run = await ToolRun.RunAsync(["render", TestFiles.Belarus, "-o", output, .. options.Split(' ')]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString);
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(Files.Names(), Is.Empty, "nothing written");
    }

    [Test]
    public async Task An_unknown_picture_format_or_no_output_gives_exit_code_2()
    {
        var png = await ToolRun.RunAsync("render", TestFiles.Belarus, "-o", Files.PathOf("x.png"));
        var none = await ToolRun.RunAsync("render", TestFiles.Belarus);

        Assert.That(png.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(png.Error, Does.Contain("cannot tell the format").And.Contain(".svg"));
        Assert.That(none.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(none.Error, Does.Contain("--output"));
    }
}
