using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Timelines.Text;

namespace Timelines.Formats.Tests.Consumers;

/// <summary>
/// The Belarus sample as TimelineJS3 JSON and as the spreadsheet template, loaded in the real TimelineJS3
/// (@knight-lab/timelinejs) in headless Chromium: no console error, one slide per event, and each slide's headline
/// and display date as written.
/// </summary>
[TestFixture]
[Category("Consumer")]
public class TimelineJs3ConsumerTest
{
    /// <summary>Set to a file path to keep the screenshot (docs/formats/timelinejs3-belarus-2022.png is one).</summary>
    private const string ScreenshotVariable = "TIMELINES_FORMATS_SCREENSHOT";

    [Test]
    public void BelarusJson_LoadsInTimelineJs3_WithOneSlidePerEventAsWritten()
    {
        NodeScripts.RequireChromium();
        var timeline = Samples.Belarus();
        var file = NodeScripts.OutputFile("belarus-2022.timelinejs.json");
        var options = new TimelineJs3Options { Era = e => e.Id == "territory-used-to-stage-invasion" };
        File.WriteAllText(file, Samples.Write((t, w) => TimelineJs3Json.Write(t, w, options), timeline));
        var screenshot = NodeScripts.OutputFile("belarus-2022.png");

        using var shown = NodeScripts.Run("check-timelinejs.mjs", file, screenshot);

        var root = shown.RootElement;
        AssertLoadedCleanly(root);
        Assert.That(root.GetProperty("eras").GetInt32(), Is.EqualTo(1), "the era drawn for the invasion");
        var slides = EventSlides(root);
        Assert.That(slides.Select(s => s.Id), Is.EquivalentTo(timeline.Events.Select(e => e.Id)), "one slide per event, by unique_id");
        foreach (var slide in slides)
        {
            var item = timeline[slide.Id];
            Assert.Multiple(() =>
            {
                Assert.That(slide.Headline, Is.EqualTo(item.Title), slide.Id);
                Assert.That(slide.DisplayDate, Is.EqualTo(EdtfDisplayFormatter.Format(item.When, item.When.HasOpenEnd ? timeline.AsOf : null)), slide.Id);
            });
        }

        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000), "a screenshot of the slide");
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } keep)
        {
            File.Copy(screenshot, keep, overwrite: true);
        }
    }

    [Test]
    public void BelarusSheet_LoadsInTimelineJs3AsCsv_WithOneSlidePerEventAsWritten()
    {
        NodeScripts.RequireChromium();
        var timeline = Samples.Belarus();
        var file = NodeScripts.OutputFile("belarus-2022.timelinejs.csv");
        File.WriteAllText(file, Samples.Write((t, w) => TimelineJs3Sheet.Write(t, w), timeline));

        using var shown = NodeScripts.Run("check-timelinejs.mjs", file);

        AssertLoadedCleanly(shown.RootElement);
        var slides = EventSlides(shown.RootElement);
        Assert.That(slides.Select(s => s.Headline), Is.EquivalentTo(timeline.Events.Select(e => e.Title)), "one slide per event, by headline");
        foreach (var slide in slides)
        {
            var item = timeline.Events.Single(e => e.Title == slide.Headline);
            Assert.That(slide.DisplayDate, Is.EqualTo(EdtfDisplayFormatter.Format(item.When, item.When.HasOpenEnd ? timeline.AsOf : null)), item.Id);
        }
    }

    private static void AssertLoadedCleanly(JsonElement root) => Assert.Multiple(() =>
    {
        Assert.That(root.GetProperty("consoleErrors").EnumerateArray().Select(e => e.GetString()), Is.Empty, "console errors");
        Assert.That(root.GetProperty("configErrors").EnumerateArray().Select(e => e.GetString()), Is.Empty, "TimelineJS3's own data errors");
        Assert.That(root.GetProperty("outsideRequests").EnumerateArray().Select(e => e.GetString()), Is.Empty, "requests outside the page");
        Assert.That(root.GetProperty("slides").EnumerateArray().Count(s => s.GetProperty("title").GetBoolean()), Is.EqualTo(1), "the title slide");
    });

    private static (string Id, string? Headline, string? DisplayDate)[] EventSlides(JsonElement root) =>
        [.. root.GetProperty("slides").EnumerateArray()
            .Where(s => !s.GetProperty("title").GetBoolean())
            .Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("headline").GetString(), s.GetProperty("displayDate").GetString()))];
}
