using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Belarus2022;
using NodaTime;
using NodaTime.Testing;
using Spectre.Console.Testing;
using Timelines.Serialization;

namespace Timelines.Samples.Tests;

public class TourPrinterTest
{
    private static readonly string DataPath = Path.Combine(AppContext.BaseDirectory, "data", "belarus-2022.timeline.json");

    [Test]
    public void PrintAll_AsksEveryQuestionAndListsEveryMarchEvent()
    {
        var timeline = TimelineJson.ReadFile(DataPath).ToBuilder().SetAsOfToday(new FakeClock(Instant.FromUtc(2026, 11, 26, 0, 0))).Build();
        var questions = new BelarusQuestions(timeline);
        var console = new TestConsole().Width(400);

        new TourPrinter(questions, console).PrintAll("European Union", "Homiel");

        var output = console.Output;
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("What happened in 2022-03?"));
            Assert.That(output, Does.Contain("What was going on on 15 October 2022?"));
            Assert.That(output, Does.Contain("What came next after"));
            Assert.That(output, Does.Contain("Events per month of 2022"));
            Assert.That(output, Does.Contain("drills-2022-02 During russian-troops-remain"));
            Assert.That(output, Does.Contain("Everything involving European Union"));
            Assert.That(output, Does.Contain("Everything at Homiel"));
            Assert.That(output, Does.Contain("as-of day, 2026-11-26"));
            Assert.That(output, Does.Contain("What do the relations imply for the dates?"));
            Assert.That(output, Does.Contain("Contradiction: 'russian-troops-remain' ends no earlier than 2026-11-26"));
            Assert.That(output, Does.Contain("'x-rays-smuggled-out' follows 'wounded-treated-in-homiel', so 'x-rays-smuggled-out' starts no earlier than 2022-03-02"));
            foreach (var item in questions.HappenedIn(EdtfValue.Parse("2022-03")).Possibly)
            {
                Assert.That(output, Does.Contain(item.Title), item.Id);
            }
        });
    }

    [Test]
    public void PrintAt_UnknownPlace_SaysNone()
    {
        var console = new TestConsole().Width(200);

        new TourPrinter(new BelarusQuestions(TimelineJson.ReadFile(DataPath)), console).PrintAt("Atlantis");

        Assert.That(console.Output, Does.Contain("(none)"));
    }

    [Test]
    public void Main_WithNoArguments_ExitsZero()
    {
        Assert.That(RunMain(), Is.Zero);
        Assert.That(File.Exists("belarus-2022.svg"), Is.True, "the picture is drawn in the working directory");
        Assert.That(File.Exists("belarus-2022.html"), Is.True, "the page is written beside it");
    }

    [Test]
    public void Main_DrawsEveryEventOnceInTheSvg_AndWritesThePageBesideIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tour-{Guid.NewGuid():N}.svg");
        var page = Path.ChangeExtension(path, ".html");
        try
        {
            Assert.That(RunMain("--svg", path), Is.Zero);

            var ids = XDocument.Load(path).Descendants().Select(e => (string?)e.Attribute("data-event-id")).OfType<string>().ToList();
            var events = TimelineJson.ReadFile(DataPath).Events;
            Assert.That(ids, Is.EquivalentTo(events.Select(e => e.Id)));
            Assert.That(File.ReadAllText(page), Does.Contain("<title>Belarus and the 2022 Russian invasion of Ukraine</title>").And.Contain("\"id\":\"drills-2022-02\""));
        }
        finally
        {
            File.Delete(path);
            File.Delete(page);
        }
    }

    [Test]
    public void Main_WithAnHtmlPath_WritesThePageThere()
    {
        var svg = Path.Combine(Path.GetTempPath(), $"tour-{Guid.NewGuid():N}.svg");
        var page = Path.Combine(Path.GetTempPath(), $"tour-{Guid.NewGuid():N}-page.html");
        try
        {
            Assert.That(RunMain("--svg", svg, "--html", page), Is.Zero);
            Assert.That(File.Exists(page), Is.True);
        }
        finally
        {
            File.Delete(svg);
            File.Delete(page);
        }
    }

    [Test]
    public void Main_WritesTimelineJs3CalendarAndMapBesideTheSvg()
    {
        var folder = Directory.CreateTempSubdirectory("tour-").FullName;
        try
        {
            Assert.That(RunMain("--svg", Path.Combine(folder, "tour.svg")), Is.Zero);

            var events = TimelineJson.ReadFile(DataPath).Count;
            using (var json = File.OpenRead(Path.Combine(folder, "tour.timelinejs.json")))
            {
                Assert.That(Timelines.Formats.TimelineJs3Json.Read(json).Count, Is.EqualTo(events));
            }

            using (var ics = File.OpenRead(Path.Combine(folder, "tour.ics")))
            {
                Assert.That(Timelines.Formats.TimelineICalendar.Read(ics).Count, Is.EqualTo(events));
            }

            Assert.That(File.ReadAllText(Path.Combine(folder, "tour.geojson")), Does.Contain("\"FeatureCollection\""));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Main_WithAMissingFile_ExitsOne()
    {
        Assert.That(RunMain("--data", Path.Combine(AppContext.BaseDirectory, "no-such-file.json")), Is.EqualTo(1));
    }

    [Test]
    public void Main_WithAnUnknownOption_ExitsTwo()
    {
        Assert.That(RunMain("--colour"), Is.EqualTo(2));
    }

    private static int RunMain(params string[] args)
    {
        var entryPoint = typeof(BelarusQuestions).Assembly.EntryPoint ?? throw new InvalidOperationException("The tour has no entry point.");
        var error = Console.Error;
        try
        {
            Console.SetError(TextWriter.Null);
            return (int)entryPoint.Invoke(null, [args])!;
        }
        finally
        {
            Console.SetError(error);
        }
    }
}
