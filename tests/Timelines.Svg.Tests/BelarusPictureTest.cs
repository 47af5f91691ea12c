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

    private static Timeline Load() => TimelineJson.ReadFile(DataPath);

    [Test]
    public void Belarus_HasEveryPropertyOfAGoodPicture()
    {
        var timeline = Load();
        var text = TimelineSvg.Render(timeline);
        var picture = SvgPicture.Parse(text);
        Assert.That(PictureChecks.All(picture, timeline, TimelineSvgOptions.Default, timeline.Events.Select(e => e.Id)), Is.Empty);

        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } output)
        {
            File.WriteAllText(output, text);
            TestContext.Out.WriteLine($"Wrote {output}");
        }
    }

    [Test]
    public void Belarus_EveryLabelIsTheWholeTitleAndTheDateInWords()
    {
        var timeline = Load();
        var picture = SvgPicture.Parse(TimelineSvg.Render(timeline));
        Assert.Multiple(() =>
        {
            Assert.That(PictureChecks.LabelsWholeAndWrappedOnlyWhereNeeded(picture, timeline, TimelineSvgOptions.Default.MaxLabelLineLength), Is.Empty);
            Assert.That(SvgPicture.LabelText(SvgPicture.Label(picture.Event("drills-2022-02"))), Is.EqualTo("Joint Russia–Belarus military drills near the Ukrainian border February 2022"));
            Assert.That(SvgPicture.LabelText(SvgPicture.Label(picture.Event("eu-sanctions"))), Does.EndWith("items March 2022?"));
            Assert.That(SvgPicture.LabelText(SvgPicture.Label(picture.Event("border-talks"))), Does.EndWith("border about February – about March 2022"));
            Assert.That(SvgPicture.LabelText(SvgPicture.Label(picture.Event("x-rays-smuggled-out"))), Does.EndWith(" 2022?"));
        });
    }

    [Test]
    public void Belarus_EveryQualifiedDateHasABadge_AndTheLegendExplainsIt()
    {
        var timeline = Load();
        var picture = SvgPicture.Parse(TimelineSvg.Render(timeline));
        var legend = picture.Root.Descendants(SvgPicture.Svg + "g").Select(g => (string?)g.Attribute("data-legend")).OfType<string>();
        Assert.Multiple(() =>
        {
            Assert.That(PictureChecks.QualifiersMarkedAndExplained(picture, timeline), Is.Empty);
            Assert.That(legend, Does.Contain("uncertain").And.Contain("approximate"));
            Assert.That(SvgPicture.Parts(picture.Event("eu-sanctions"), "qualifier").Select(b => (string?)b.Attribute("data-qualifier")), Is.EqualTo(new[] { "?" }));
            Assert.That(SvgPicture.Parts(picture.Event("us-sanctions-2022-03"), "qualifier"), Is.Empty, "2022-03 is not 2022-03?");
        });
    }

    [Test]
    public void Belarus_AxisEndsWith2022_TheLastDate()
    {
        var timeline = Load();
        var picture = SvgPicture.Parse(TimelineSvg.Render(timeline));
        var area = picture.Root.Descendants(SvgPicture.Svg + "rect").Single(r => (string?)r.Attribute("data-role") == "plot-area");
        Assert.Multiple(() =>
        {
            Assert.That(PictureChecks.AxisFitsTheDatesAndTheAsOfDay(picture, timeline, timeline.TimeZone), Is.Empty);
            Assert.That((string?)area.Attribute("data-start"), Is.EqualTo("2021-12-31T21:00:00Z"), "1 January 2022 in Minsk");
            Assert.That((string?)area.Attribute("data-end"), Is.EqualTo("2022-12-31T21:00:00Z"), "1 January 2023 in Minsk");
        });
    }

    [Test]
    public void Belarus_EventsDatedOnly2022_SinkBelowTheBetterDatedOnes()
    {
        var picture = SvgPicture.Parse(TimelineSvg.Render(Load()));
        Assert.That(PictureChecks.VagueEventsBelowBetterDatedOnes(picture), Is.Empty);
    }

    /// <summary>
    /// The checks added for issue 19, run on the picture as it was when the issue was filed (kept in Fixtures/),
    /// find each defect the issue lists: cut titles, no dates on the bars, qualifiers without a mark, and the
    /// "2022?" events heading their lanes. (The axis check needs the period the plot now records; the old picture
    /// did not record it.)
    /// </summary>
    [Test]
    public void ChecksAddedForIssue19_FindEachDefectOfThePictureAsFiled()
    {
        var timeline = Load();
        var old = SvgPicture.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "belarus-2022-as-filed-in-issue-19.svg")));
        var labels = PictureChecks.LabelsWholeAndWrappedOnlyWhereNeeded(old, timeline, TimelineSvgOptions.Default.MaxLabelLineLength);
        var qualifiers = PictureChecks.QualifiersMarkedAndExplained(old, timeline);
        var vague = PictureChecks.VagueEventsBelowBetterDatedOnes(old);
        Assert.Multiple(() =>
        {
            Assert.That(labels, Has.Some.Contains("'drills-2022-02' reads \"Joint Russia–Belarus military drills near the U…\""));
            Assert.That(labels, Has.Count.EqualTo(timeline.Count), "no label had its date");
            Assert.That(qualifiers, Has.Some.Contains("'eu-sanctions' (2022-03?) is qualified '?' but has no badge"));
            Assert.That(qualifiers, Has.Some.Contains("'border-talks' (2022-02~/2022-03~) is qualified '~' but has no badge"));
            Assert.That(vague, Has.Some.Contains("The vague 'lukashenko-no-soldiers-unless-attacked' lies above the better-dated 'border-talks'"));
        });
    }

    [Test]
    public void Belarus_ShowsOngoingAndUncertainEventsAsSuch()
    {
        var picture = SvgPicture.Parse(TimelineSvg.Render(Load()));
        var ongoing = picture.Events.Where(g => SvgPicture.Parts(g, "ongoing").Any()).Select(g => (string)g.Attribute("data-event-id")!);
        Assert.Multiple(() =>
        {
            Assert.That(ongoing, Is.EquivalentTo(Load().Events.Where(e => e.When.HasOpenEnd).Select(e => e.Id)));

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
            Assert.That(PictureChecks.All(picture, timeline, options, expected), Is.Empty, $"{options.Grouping}, period {period}, width {options.Width}");
        }
    }

    private static bool Intersects(Interval a, Interval b) =>
        (!a.HasStart || !b.HasEnd || a.Start < b.End) && (!b.HasStart || !a.HasEnd || b.Start < a.End);
}
