using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;

namespace Timelines.Svg.Tests;

/// <summary>The picture of small hand-made timelines: structure, parts, periods, grouping, text and output.</summary>
public class TimelineSvgTest
{
    private static readonly DateTimeZone Minsk = DateTimeZoneProviders.Tzdb["Europe/Minsk"];

    private static Timeline Sample() => new TimelineBuilder("sample", "Sample & <test>") { TimeZone = Minsk }
        .Add(
            new TimelineEvent("drills", "Joint drills", EdtfValue.Parse("2022-02")).AddTags("military").AddActors(new Actor("Russia")),
            new TimelineEvent("stay", "Troops remain", EdtfValue.Parse("2022-02/..")).AddTags("military").AddActors(new Actor("Belarus")),
            new TimelineEvent("staging", "Staging", EdtfValue.Parse("2022-02~/2022-03~")).AddTags("military", "invasion"),
            new TimelineEvent("invasion", "Invasion begins", EdtfValue.Parse("2022-02-24T04:00:00+02:00")).AddTags("military"),
            new TimelineEvent("talks", "Border talks", EdtfValue.Parse("2022-02-28/2022-03-07")).AddTags("diplomacy"),
            new TimelineEvent("sanctions", "Sanctions", EdtfValue.Parse("2022-03-02")).AddTags("sanctions"),
            new TimelineEvent("untagged", "No tag at all", EdtfValue.Parse("2022-10")),
            new TimelineEvent("report", "Report, end unknown", EdtfValue.Parse("2022-04-01/")).AddTags("reporting"))
        .Build();

    [Test]
    public void Render_IsWellFormedSvg()
    {
        var picture = SvgPicture.Parse(TimelineSvg.Render(Sample()));
        Assert.Multiple(() =>
        {
            Assert.That(picture.Root.Name, Is.EqualTo(SvgPicture.Svg + "svg"));
            Assert.That(SvgPicture.Number(picture.Root, "width"), Is.EqualTo(TimelineSvgOptions.Default.Width));
            Assert.That(SvgPicture.Number(picture.Root, "height"), Is.GreaterThan(0));
            Assert.That(picture.Root.Descendants().Select(e => e.Name.Namespace).Distinct(), Is.EqualTo(new[] { SvgPicture.Svg }));
        });
    }

    [Test]
    public void Render_DrawsEachEventOnce_WithItsIdAndHoverText()
    {
        var timeline = Sample();
        var picture = SvgPicture.Parse(TimelineSvg.Render(timeline));
        Assert.That(PictureChecks.EachEventOnce(picture, timeline.Events.Select(e => e.Id)), Is.Empty);
        var drills = picture.Event("drills");
        Assert.Multiple(() =>
        {
            Assert.That((string?)drills.Attribute("id"), Is.EqualTo("event-drills"));
            Assert.That((string?)drills.Attribute("data-when"), Is.EqualTo("2022-02"));
            Assert.That(drills.Element(SvgPicture.Svg + "title")!.Value, Does.StartWith("Joint drills\nFebruary 2022 (2022-02)"));
            Assert.That(SvgPicture.LabelText(SvgPicture.Label(drills)), Is.EqualTo("Joint drills February 2022"));
        });
    }

    [Test]
    public void Render_NoOverlaps_EverythingInThePlot_LaterIsFurtherRight()
    {
        var timeline = Sample();
        var picture = SvgPicture.Parse(TimelineSvg.Render(timeline));
        Assert.Multiple(() =>
        {
            Assert.That(PictureChecks.NoOverlaps(picture), Is.Empty);
            Assert.That(PictureChecks.WithinPlot(picture), Is.Empty);
            Assert.That(PictureChecks.MonotoneInTime(picture, timeline, Minsk), Is.Empty);
        });
    }

    [Test]
    public void Render_PossibleAndCertainParts_AreDistinctElements()
    {
        var picture = SvgPicture.Parse(TimelineSvg.Render(Sample()));
        var staging = picture.Event("staging");
        var possible = SvgPicture.Parts(staging, "possible").Single();
        var certain = SvgPicture.Parts(staging, "certain").Single();
        Assert.Multiple(() =>
        {
            // Possible is lighter (translucent) and thinner than certain.
            Assert.That((string?)possible.Attribute("fill-opacity"), Is.Not.Null);
            Assert.That(certain.Attribute("fill-opacity"), Is.Null);
            Assert.That(SvgPicture.Number(possible, "height"), Is.LessThan(SvgPicture.Number(certain, "height")));

            // 2022-02~/2022-03~ may span February and March, and certainly covers 28 February and 1 March.
            var (possibleBox, certainBox) = (SvgPicture.ShapeBox(possible), SvgPicture.ShapeBox(certain));
            Assert.That(certainBox.Left, Is.GreaterThanOrEqualTo(possibleBox.Left));
            Assert.That(certainBox.Right, Is.LessThanOrEqualTo(possibleBox.Right));
            Assert.That(certainBox.Right - certainBox.Left, Is.LessThan((possibleBox.Right - possibleBox.Left) / 10));

            // A month is never certainly covered, so it has no certain part; a week of days is all certain.
            Assert.That(SvgPicture.Parts(picture.Event("drills"), "certain"), Is.Empty);
            var talksCertain = SvgPicture.ShapeBox(SvgPicture.Parts(picture.Event("talks"), "certain").Single());
            var talksPossible = SvgPicture.ShapeBox(SvgPicture.Parts(picture.Event("talks"), "possible").Single());
            Assert.That((talksCertain.Left, talksCertain.Right), Is.EqualTo((talksPossible.Left, talksPossible.Right)));
        });
    }

    [Test]
    public void Render_OngoingEvents_WithoutAnAsOfDay_EndInAnArrowAtTheRightEdge()
    {
        var picture = SvgPicture.Parse(TimelineSvg.Render(Sample()));
        var stay = picture.Event("stay");
        var arrow = SvgPicture.ShapeBox(SvgPicture.Parts(stay, "ongoing").Single());
        Assert.Multiple(() =>
        {
            Assert.That(arrow.Right, Is.EqualTo(picture.PlotArea.Right).Within(0.011));
            Assert.That(picture.Events.Where(g => SvgPicture.Parts(g, "ongoing").Any()).Select(g => (string?)g.Attribute("data-event-id")), Is.EqualTo(new[] { "stay" }));
            Assert.That(stay.Element(SvgPicture.Svg + "title")!.Value, Does.Contain("ongoing"));
        });
    }

    [Test]
    public void Render_AnInstant_IsAMark()
    {
        var picture = SvgPicture.Parse(TimelineSvg.Render(Sample()));
        var invasion = picture.Event("invasion");
        Assert.Multiple(() =>
        {
            Assert.That(SvgPicture.Parts(invasion, "mark"), Has.Exactly(1).Items);
            Assert.That(SvgPicture.Parts(invasion, "possible"), Is.Empty);
        });
    }

    [Test]
    public void Render_WithAPeriod_LeavesOutEventsThatCannotFallInIt_AndClipsTheRest()
    {
        var timeline = Sample();
        var march = EdtfValue.Parse("2022-03").ToInterval(Minsk);
        var picture = SvgPicture.Parse(TimelineSvg.Render(timeline, new TimelineSvgOptions { Period = march }));
        var drawn = picture.Events.Select(g => (string)g.Attribute("data-event-id")!);
        Assert.Multiple(() =>
        {
            Assert.That(drawn, Is.EquivalentTo(new[] { "stay", "staging", "talks", "sanctions" }));
            Assert.That((string?)picture.Event("staging").Attribute("data-clipped"), Is.EqualTo("start"));
            Assert.That((string?)picture.Event("talks").Attribute("data-clipped"), Is.EqualTo("start"));
            Assert.That(picture.Event("sanctions").Attribute("data-clipped"), Is.Null);
            Assert.That(PictureChecks.WithinPlot(picture), Is.Empty);
            Assert.That(PictureChecks.NoOverlaps(picture), Is.Empty);
            Assert.That(SvgPicture.ShapeBox(SvgPicture.Parts(picture.Event("staging"), "possible").Single()).Left, Is.EqualTo(picture.PlotArea.Left).Within(0.011));
        });
    }

    [Test]
    public void Render_WithAPeriod_LabelsTheAxisWithItsDays()
    {
        var march = EdtfValue.Parse("2022-03").ToInterval(Minsk);
        var picture = SvgPicture.Parse(TimelineSvg.Render(Sample(), new TimelineSvgOptions { Period = march }));
        var labels = picture.Root.Descendants(SvgPicture.Svg + "text")
            .Where(t => (string?)t.Attribute("data-role") == "tick-label")
            .Select(t => t.Value)
            .ToList();
        Assert.That(labels, Does.Contain("2022").And.Contain("Mar").And.Contain("15"));
    }

    [Test]
    public void Render_ByFirstTag_PutsEachEventInTheLaneOfItsFirstTag()
    {
        var timeline = Sample();
        var picture = SvgPicture.Parse(TimelineSvg.Render(timeline));
        foreach (var group in picture.Events)
        {
            var item = timeline[(string)group.Attribute("data-event-id")!];
            Assert.That((string?)group.Attribute("data-lane"), Is.EqualTo(item.Tags.IsEmpty ? TimelineSvgGrouping.OtherLane : item.Tags[0]), item.Id);
        }

        var headers = picture.Root.Descendants(SvgPicture.Svg + "text").Where(t => (string?)t.Attribute("data-role") == "lane-label").Select(t => t.Value);
        Assert.That(headers, Is.EquivalentTo(new[] { "military", "diplomacy", "sanctions", "reporting", TimelineSvgGrouping.OtherLane }));
    }

    [Test]
    public void Render_ByFirstActor_None_AndCustom_GroupAsAsked()
    {
        var timeline = Sample();
        string? Lane(TimelineSvgGrouping grouping, string id) =>
            (string?)SvgPicture.Parse(TimelineSvg.Render(timeline, new TimelineSvgOptions { Grouping = grouping })).Event(id).Attribute("data-lane");

        var byYear = TimelineSvgGrouping.By(e => e.When.ToInterval(Minsk).Start.InZone(Minsk).Year.ToString(CultureInfo.InvariantCulture));
        var none = SvgPicture.Parse(TimelineSvg.Render(timeline, new TimelineSvgOptions { Grouping = TimelineSvgGrouping.None }));
        Assert.Multiple(() =>
        {
            Assert.That(Lane(TimelineSvgGrouping.ByFirstActor, "drills"), Is.EqualTo("Russia"));
            Assert.That(Lane(TimelineSvgGrouping.ByFirstActor, "stay"), Is.EqualTo("Belarus"));
            Assert.That(Lane(TimelineSvgGrouping.ByFirstActor, "talks"), Is.EqualTo(TimelineSvgGrouping.OtherLane));
            Assert.That(Lane(byYear, "talks"), Is.EqualTo("2022"));
            Assert.That(Lane(TimelineSvgGrouping.By(_ => null), "talks"), Is.EqualTo(TimelineSvgGrouping.OtherLane));
            Assert.That(none.Events.Select(g => (string?)g.Attribute("data-lane")).Distinct(), Is.EqualTo(new[] { string.Empty }));
            Assert.That(none.Root.Descendants().Where(e => (string?)e.Attribute("data-role") == "lane-label"), Is.Empty);
            Assert.That(PictureChecks.NoOverlaps(none), Is.Empty);
        });
    }

    [Test]
    public void Render_EscapesText_AndReplacesCharactersXmlCannotHold()
    {
        var timeline = Timeline.Create("t", "T", [new TimelineEvent("a&<b>\"", "x < y & \"z\"\uFFFF", EdtfValue.Parse("2022"))]);
        var text = TimelineSvg.Render(timeline);
        var picture = SvgPicture.Parse(text);
        var group = picture.Event("a&<b>\"");
        Assert.Multiple(() =>
        {
            Assert.That(SvgPicture.LabelText(SvgPicture.Label(group)), Is.EqualTo("x < y & \"z\"\uFFFD 2022"));
            Assert.That((string?)group.Attribute("id"), Is.EqualTo("event-a_x0026__x003C_b_x003E__x0022_"));
            Assert.That(text, Does.Contain("x &lt; y &amp;"));
        });
    }

    [Test]
    public void Render_WrapsLongTitlesAtSpaces_NeverCutsThem()
    {
        var title = string.Concat(Enumerable.Repeat("Very long title ", 10)).Trim();
        var timeline = Timeline.Create("t", "T", [new TimelineEvent("long", title, EdtfValue.Parse("2022"))]);
        var group = SvgPicture.Parse(TimelineSvg.Render(timeline, new TimelineSvgOptions { MaxLabelLineLength = 20 })).Event("long");
        var lines = SvgPicture.Lines(SvgPicture.Label(group)).Select(line => line.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.GreaterThan(1).And.All.Length.LessThanOrEqualTo(20));
            Assert.That(string.Join(' ', lines), Is.EqualTo(title + " 2022"));
            Assert.That(group.Element(SvgPicture.Svg + "title")!.Value, Does.Contain(title));
        });
    }

    [Test]
    public void Render_TitleOption_ReplacesOrRemovesTheTitle()
    {
        string[] Titles(string? title) => SvgPicture.Parse(TimelineSvg.Render(Sample(), new TimelineSvgOptions { Title = title })).Root
            .Descendants().Where(e => (string?)e.Attribute("data-role") == "title").Select(e => e.Value).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Titles(null), Is.EqualTo(new[] { "Sample & <test>" }));
            Assert.That(Titles("Other"), Is.EqualTo(new[] { "Other" }));
            Assert.That(Titles(string.Empty), Is.Empty);
        });
    }

    [Test]
    public void Render_AsOf_DrawsTheDayAsALine_AndOngoingEventsReachIt()
    {
        var timeline = Sample().WithAsOf(new LocalDate(2022, 11, 15));
        var picture = SvgPicture.Parse(TimelineSvg.Render(timeline));
        var asOf = picture.Root.Descendants().Single(e => (string?)e.Attribute("data-role") == "as-of");
        var x = SvgPicture.Number(asOf.Elements().Single(), "x1");
        var plot = picture.PlotArea;
        var arrow = SvgPicture.ShapeBox(SvgPicture.Parts(picture.Event("stay"), "ongoing").Single());
        var end = (string?)picture.Root.Descendants().Single(e => (string?)e.Attribute("data-role") == "plot-area").Attribute("data-end");
        Assert.Multiple(() =>
        {
            Assert.That(x, Is.GreaterThan(plot.Left).And.LessThan(plot.Right));
            Assert.That(arrow.Right, Is.EqualTo(x).Within(0.011), "the ongoing event's arrow points at the as-of day");
            Assert.That(picture.Root.Descendants(SvgPicture.Svg + "text").Select(t => t.Value), Does.Contain("as of 15 November 2022"));

            // The last date is the as-of day: the axis ends with its month (1 December, in Minsk), not later.
            Assert.That(end, Is.EqualTo("2022-11-30T21:00:00Z"));
            Assert.That(PictureChecks.AxisFitsTheDatesAndTheAsOfDay(picture, timeline, Minsk), Is.Empty);
        });
    }

    [Test]
    public void Render_Zone_DecidesWhereDaysBegin()
    {
        // 2022-03-02 begins three hours earlier in Minsk than in UTC, so its bar starts further left when drawn in Minsk.
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("day", "A day", EdtfValue.Parse("2022-03-02")),
            new TimelineEvent("span", "A span", EdtfValue.Parse("2022-03-01/2022-03-03"))]);
        var period = new Interval(Instant.FromUtc(2022, 3, 1, 0, 0), Instant.FromUtc(2022, 3, 4, 0, 0));
        double DayLeft(DateTimeZone? zone)
        {
            var picture = SvgPicture.Parse(TimelineSvg.Render(timeline, new TimelineSvgOptions { Period = period, Zone = zone, Width = 400 }));
            var box = SvgPicture.ShapeBox(SvgPicture.Parts(picture.Event("day"), "possible").Single());
            return box.Left;
        }

        var subtitle = SvgPicture.Parse(TimelineSvg.Render(timeline, new TimelineSvgOptions { Zone = Minsk })).Root
            .Descendants().Single(e => (string?)e.Attribute("data-role") == "subtitle").Value;
        Assert.Multiple(() =>
        {
            Assert.That(DayLeft(Minsk), Is.LessThan(DayLeft(null)));
            Assert.That(DayLeft(DateTimeZone.Utc), Is.EqualTo(DayLeft(null)));
            Assert.That(subtitle, Does.Contain("days in Europe/Minsk"));
        });
    }

    [Test]
    public void Render_EmptyTimeline_SaysSo()
    {
        var picture = SvgPicture.Parse(TimelineSvg.Render(Timeline.Create("empty", "Empty", [])));
        Assert.Multiple(() =>
        {
            Assert.That(picture.Events, Is.Empty);
            Assert.That(picture.Root.Descendants(SvgPicture.Svg + "text").Select(t => t.Value), Does.Contain("No events to show."));
        });
    }

    [Test]
    public void Render_IsDeterministic_InEveryCulture()
    {
        var timeline = Sample();
        var first = TimelineSvg.Render(timeline);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.That(TimelineSvg.Render(timeline), Is.EqualTo(first));
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            Assert.That(TimelineSvg.Render(timeline), Is.EqualTo(first));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Test]
    public void Write_ToAStreamOrWriter_GivesTheSameText()
    {
        var timeline = Sample();
        var text = TimelineSvg.Render(timeline);
        using var stream = new MemoryStream();
        TimelineSvg.Write(timeline, stream);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TimelineSvg.Write(timeline, writer);
        Assert.Multiple(() =>
        {
            Assert.That(stream.ToArray(), Is.EqualTo(new UTF8Encoding(false).GetBytes(text)));
            Assert.That(writer.ToString(), Is.EqualTo(text));
            Assert.That(stream.CanWrite, Is.True, "the stream is left open");
        });
    }

    [Test]
    public void RenderAndWrite_RejectNullArguments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => TimelineSvg.Render(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("timeline"));
            Assert.That(() => TimelineSvg.Write(Sample(), (Stream)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("destination"));
            Assert.That(() => TimelineSvg.Write(Sample(), (TextWriter)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("destination"));
        });
    }
}
