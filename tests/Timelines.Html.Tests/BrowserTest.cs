using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Timelines.Serialization;

namespace Timelines.Html.Tests;

/// <summary>
/// The pages and the SVG as Chromium shows them (see <see cref="BrowserSession"/>): opened from a file URL with
/// no console error and no request, every event found, details read after a click, the visible range changed by
/// every way of zooming and moving, a tag filter and a search, the print style, and screenshots that are not blank.
/// </summary>
[NonParallelizable]
public class BrowserTest
{
    private static readonly Timeline Belarus =
        TimelineJson.ReadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "sample-data", "belarus-2022.timeline.json"));

    private static JsonElement Page => BrowserSession.Report.GetProperty("belarus");

    [OneTimeSetUp]
    public void OpenTheBrowser()
    {
        if (BrowserSession.Problem is { } problem)
        {
            Assert.Fail(problem);
        }

        TestContext.Out.WriteLine($"Browser checks' pages, screenshots and report: {BrowserSession.Output}");
    }

    [TestCase("belarus")]
    [TestCase("large")]
    [TestCase("svg")]
    public void OpenedFromAFile_NoConsoleError_NoRequest(string name)
    {
        var seen = BrowserSession.Report.GetProperty(name).GetProperty("seen");
        Assert.Multiple(() =>
        {
            Assert.That(Strings(seen.GetProperty("consoleErrors")), Is.Empty, "console errors");
            Assert.That(Strings(seen.GetProperty("pageErrors")), Is.Empty, "uncaught errors");
            Assert.That(Strings(seen.GetProperty("requests")), Is.Empty, "requests: the page must load nothing");
        });
    }

    [Test]
    public void Belarus_EveryEventIsDrawn_AndListed_AndInTheOpeningView()
    {
        var ids = Belarus.Events.Select(e => e.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Strings(Page.GetProperty("dataIds")), Is.EquivalentTo(ids), "in the page's data, all shown");
            Assert.That(Strings(Page.GetProperty("timelineIds")), Is.EquivalentTo(ids), "drawn in the timeline at the opening view");
            Assert.That(Strings(Page.GetProperty("listIds")), Is.EquivalentTo(ids), "in the list of every event");
            Assert.That(Page.GetProperty("inOpeningWindow").GetInt32(), Is.EqualTo(ids.Count), "a small timeline opens on all of it");
        });
    }

    [Test]
    public void Large_AllTenThousandEventsAreThere_AndListed()
    {
        var large = BrowserSession.Report.GetProperty("large");
        Assert.Multiple(() =>
        {
            Assert.That(large.GetProperty("dataIds").GetInt32(), Is.EqualTo(10_000));
            Assert.That(large.GetProperty("listIds").GetInt32(), Is.EqualTo(10_000));

            // It opens on the stretch of its first 200 events (and those that overlap it), not on all 10,000, and
            // vis holds only the events near it. Fit spans them all, but vis draws at most its maximum, nearest the
            // middle, and the page says so.
            Assert.That(large.GetProperty("inOpeningWindow").GetInt32(), Is.InRange(200, 1000));
            Assert.That(large.GetProperty("heldAtOpening").GetInt32(), Is.InRange(200, 2500));
            Assert.That(large.GetProperty("inWindowAfterFit").GetInt32(), Is.EqualTo(10_000));
            Assert.That(large.GetProperty("heldAfterFit").GetInt32(), Is.EqualTo(large.GetProperty("maxHeld").GetInt32()));
            Assert.That(large.GetProperty("noticeAfterFit").GetString(), Does.StartWith("10000 events are in or near this view"));

            // Selecting an event far from the opening view, from the list, brings it into view and draws it.
            Assert.That(large.GetProperty("farSelection").GetProperty("inWindow").GetBoolean(), Is.True);
            Assert.That(large.GetProperty("farSelection").GetProperty("drawn").GetBoolean(), Is.True);
        });
    }

    [Test]
    public void ClickingAnEvent_ShowsItsDetails()
    {
        var details = Page.GetProperty("details");
        var sections = details.GetProperty("sections");
        Assert.Multiple(() =>
        {
            Assert.That(details.GetProperty("eventId").GetString(), Is.EqualTo("drills-2022-02"));
            Assert.That(details.GetProperty("title").GetString(), Is.EqualTo("Joint Russia–Belarus military drills near the Ukrainian border"));
            Assert.That(details.GetProperty("when").GetString(), Is.EqualTo("February 2022"));
            Assert.That(details.GetProperty("edtf").GetString(), Does.Contain("2022-02").And.Contain("completed"));
            Assert.That(details.GetProperty("summary").GetString(), Does.StartWith("In February 2022, Russia and Belarus held joint military drills"));
            Assert.That(Texts(sections, "Actors"), Is.EqualTo(new[] { "Russia, RU", "Belarus, host, BY" }));
            Assert.That(Texts(sections, "Places"), Is.EqualTo(new[] { "Belarus–Ukraine border" }));
            Assert.That(Texts(sections, "Sources"), Has.Exactly(1).StartsWith("How has Belarus supported Russia"));

            // Every event that follows the drills, each a link to that event.
            var related = sections.GetProperty("Related events").EnumerateArray().SelectMany(e => e.GetProperty("links").EnumerateArray()).ToList();
            var following = Belarus.Events.Where(e => e.Relations.Any(r => r.TargetId == "drills-2022-02")).Select(e => e.Id);
            Assert.That(related.Select(l => l.GetProperty("target").GetString()), Is.EquivalentTo(following));
            Assert.That(related.Select(l => l.GetProperty("href").GetString()), Is.All.StartsWith("#event-"));
        });
    }

    [Test]
    public void ClickingARelation_ShowsTheRelatedEvent_AndEscapeClosesIt()
    {
        var click = Page.GetProperty("relationClick");
        Assert.Multiple(() =>
        {
            Assert.That(click.GetProperty("target").GetString(), Is.Not.Null.And.Not.EqualTo("drills-2022-02"));
            Assert.That(click.GetProperty("detailsNow").GetString(), Is.EqualTo(click.GetProperty("target").GetString()));
            Assert.That(Page.GetProperty("detailsHiddenAfterEscape").GetBoolean(), Is.True);
        });
    }

    [Test]
    public void ZoomingAndMoving_ChangeTheVisibleRange_EveryWay()
    {
        var zoom = Page.GetProperty("zoom");
        (double Start, double End) Window(string name) => (zoom.GetProperty(name).GetProperty("start").GetDouble(), zoom.GetProperty(name).GetProperty("end").GetDouble());
        double Span(string name) => Window(name).End - Window(name).Start;
        Assert.Multiple(() =>
        {
            Assert.That(Span("buttonIn"), Is.LessThan(Span("fit") * 0.9), "the + button zooms in");
            Assert.That(Span("buttonOut"), Is.GreaterThan(Span("buttonIn") * 1.1), "the − button zooms out");
            Assert.That(Window("buttonLater").Start, Is.GreaterThan(Window("buttonOut").Start), "the → button moves later");
            Assert.That(Span("keyIn"), Is.LessThan(Span("buttonLater") * 0.9), "the + key zooms in");
            Assert.That(Span("keyOut"), Is.GreaterThan(Span("keyIn") * 1.1), "the − key zooms out");
            Assert.That(Window("keyEarlier").Start, Is.LessThan(Window("keyOut").Start), "the ← key moves earlier");
            Assert.That(Window("keyFit").Start, Is.EqualTo(Window("fit").Start).Within(Span("fit") * 0.01), "the 0 key shows everything, as Fit does");
            Assert.That(Window("keyFit").End, Is.EqualTo(Window("fit").End).Within(Span("fit") * 0.01), "the 0 key shows everything, as Fit does");
            Assert.That(Span("wheelIn"), Is.LessThan(Span("keyFit") * 0.95), "the wheel zooms in");
            Assert.That(Window("dragged").Start, Is.GreaterThan(Window("wheelIn").Start), "dragging to the left moves later");
            Assert.That(Span("dragged"), Is.EqualTo(Span("wheelIn")).Within(Span("wheelIn") * 0.001), "dragging does not zoom");
        });
    }

    [Test]
    public void FilteringByATag_ShowsOnlyItsEvents_InTheTimelineAndTheList()
    {
        var filter = Page.GetProperty("tagFilter");
        var tagged = Belarus.Events.Where(e => e.Tags.Contains("sanctions")).Select(e => e.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Strings(Page.GetProperty("noTags")), Is.Empty, "with no tag chosen, nothing is shown");
            Assert.That(Strings(filter.GetProperty("shownIds")), Is.EquivalentTo(tagged));
            Assert.That(Strings(filter.GetProperty("drawnIds")), Is.EquivalentTo(tagged));
            Assert.That(Strings(filter.GetProperty("listedIds")), Is.EquivalentTo(tagged));
            Assert.That(filter.GetProperty("count").GetString(), Is.EqualTo($"{tagged.Count} of {Belarus.Count} events"));
        });
    }

    [Test]
    public void Searching_ShowsTheEventsThatMentionIt()
    {
        var expected = Belarus.Events
            .Where(e => (e.Title + e.Summary + string.Concat(e.Places.Select(p => p.Name))).Contains("homiel", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Id);
        Assert.That(Strings(Page.GetProperty("search").GetProperty("shownIds")), Is.EquivalentTo(expected).And.Not.Empty);
    }

    [Test]
    public void LanesByActor_AreTheFirstActors()
    {
        var expected = Belarus.Events.Select(e => e.Actors.IsEmpty ? "(other)" : e.Actors[0].Name).Distinct();
        Assert.That(Strings(Page.GetProperty("actorLanes")), Is.EquivalentTo(expected));
    }

    [Test]
    public void Printing_HidesTheControls_AndShowsTheTimelineAndTheFullList()
    {
        var print = Page.GetProperty("print");
        Assert.Multiple(() =>
        {
            Assert.That(print.GetProperty("toolbar").GetString(), Is.EqualTo("none"));
            Assert.That(print.GetProperty("tags").GetString(), Is.EqualTo("none"));
            Assert.That(print.GetProperty("timeline").GetString(), Is.Not.EqualTo("none"));
            Assert.That(print.GetProperty("chronology").GetString(), Is.Not.EqualTo("none"));
            Assert.That(print.GetProperty("printOnly").GetString(), Is.EqualTo("block"), "summaries and sources are printed");
        });
    }

    [TestCase("belarus")]
    [TestCase("svg")]
    public void Screenshot_IsNotBlank(string name)
    {
        var shot = BrowserSession.Report.GetProperty(name).GetProperty("screenshot");
        Assert.Multiple(() =>
        {
            Assert.That(shot.GetProperty("width").GetInt32(), Is.GreaterThanOrEqualTo(1000));
            Assert.That(shot.GetProperty("height").GetInt32(), Is.GreaterThanOrEqualTo(600));
            Assert.That(shot.GetProperty("colours").GetInt32(), Is.GreaterThan(64), "distinct colours");
            Assert.That(shot.GetProperty("inked").GetDouble(), Is.InRange(0.01, 0.6), "share of pixels with ink");
            Assert.That(File.Exists(shot.GetProperty("path").GetString()), Is.True);
        });
    }

    [Test]
    public void Svg_InChromiumsOwnFonts_NoTwoEventsOverlap_AndEveryLabelIsInThePlot()
    {
        var layout = BrowserSession.Report.GetProperty("svg").GetProperty("layout");
        Assert.Multiple(() =>
        {
            Assert.That(layout.GetProperty("events").GetInt32(), Is.EqualTo(Belarus.Count));
            Assert.That(Strings(layout.GetProperty("overlaps")), Is.Empty);
            Assert.That(Strings(layout.GetProperty("labelsOutsidePlot")), Is.Empty);
        });
    }

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    private static List<string?> Texts(JsonElement sections, string heading) =>
        sections.GetProperty(heading).EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
}
