using System;
using System.IO;
using System.Linq;
using NodaTime;
using Timelines.Serialization;

namespace Timelines.Svg.Tests;

/// <summary>
/// The picture of the sample dataset, samples/data/belarus-2022.timeline.json. When the environment variable
/// TIMELINES_SVG_OUTPUT names a file, the picture is also written there, for the CI render check
/// (.ci/render-svg-check), which draws it with a real SVG renderer.
/// </summary>
public class BelarusPictureTest
{
    private const string OutputVariable = "TIMELINES_SVG_OUTPUT";

    private static readonly string DataPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "sample-data", "belarus-2022.timeline.json");

    private static Timeline Load() => TimelineJson.LoadFile(DataPath);

    [Test]
    public void Belarus_HasEveryPropertyOfAGoodPicture()
    {
        var timeline = Load();
        var text = TimelineSvg.Render(timeline);
        var picture = SvgPicture.Parse(text);
        Assert.That(PictureChecks.All(picture, timeline, timeline.TimeZone, timeline.Events.Select(e => e.Id)), Is.Empty);

        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } output)
        {
            File.WriteAllText(output, text);
            TestContext.Out.WriteLine($"Wrote {output}");
        }
    }

    [Test]
    public void Belarus_ShowsOngoingAndUncertainEventsAsSuch()
    {
        var picture = SvgPicture.Parse(TimelineSvg.Render(Load()));
        var ongoing = picture.Events.Where(g => SvgPicture.Parts(g, "ongoing").Any()).Select(g => (string)g.Attribute("data-event-id")!);
        Assert.Multiple(() =>
        {
            Assert.That(ongoing, Is.EquivalentTo(Load().Events.Where(e => e.When.IsOngoing).Select(e => e.Id)));

            // 2022?/.. began some time in 2022: possible over the year, certain only from its last day on.
            var neutral = picture.Event("neutral-status-abandoned");
            var possible = SvgPicture.ShapeBox(SvgPicture.Parts(neutral, "possible").Single());
            var certain = SvgPicture.ShapeBox(SvgPicture.Parts(neutral, "certain").Single());
            Assert.That(certain.Left - possible.Left, Is.GreaterThan((possible.Right - possible.Left) / 2));
        });
    }

    [Test]
    public void Belarus_ByFirstActor_AndInAPeriod_KeepsTheProperties()
    {
        var timeline = Load();
        var zone = timeline.TimeZone;
        var spring = EdtfValue.Parse("2022-02/2022-04").ToInterval(zone);
        var fromMarch = new Interval(EdtfValue.Parse("2022-03").ToInterval(zone).Start, null);
        foreach (var options in new[]
        {
            new TimelineSvgOptions { Grouping = TimelineSvgGrouping.ByFirstActor, Width = 800 },
            new TimelineSvgOptions { Period = spring, FontSize = 16 },
            new TimelineSvgOptions { Period = fromMarch, Width = TimelineSvgOptions.MinWidth },
        })
        {
            var period = options.Period;
            var expected = timeline.Events.Where(e => period is not { } p || Intersects(e.When.ToInterval(zone), p)).Select(e => e.Id).ToList();
            var picture = SvgPicture.Parse(TimelineSvg.Render(timeline, options));
            Assert.That(PictureChecks.All(picture, timeline, zone, expected), Is.Empty, $"{options.Grouping}, period {period}, width {options.Width}");
        }
    }

    private static bool Intersects(Interval a, Interval b) =>
        (!a.HasStart || !b.HasEnd || a.Start < b.End) && (!b.HasStart || !a.HasEnd || b.Start < a.End);
}
