using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using Timelines.Html.Page;
using Timelines.Serialization;

namespace Timelines.Html.Tests;

/// <summary>The page as text: self-contained, its data complete and safely embedded, its options honoured.</summary>
public partial class TimelineHtmlTest
{
    private static readonly DateTimeZone Minsk = DateTimeZoneProviders.Tzdb["Europe/Minsk"];

    private static Timeline Belarus() =>
        TimelineJson.ReadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "sample-data", "belarus-2022.timeline.json"));

    private static JsonElement Data(string page)
    {
        var match = DataScript().Match(page);
        Assert.That(match.Success, Is.True, "the page has its data script");
        return JsonDocument.Parse(match.Groups[1].Value).RootElement.Clone();
    }

    [Test]
    public void Render_IsOneFile_ThatLoadsNothing()
    {
        var page = TimelineHtml.Render(Belarus());
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(page, Does.Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
            Assert.That(ExternalReference().Matches(page).Select(m => m.Value), Is.Empty, "no src or href to another file or site");
            Assert.That(page, Does.Not.Contain("<link"));
            Assert.That(page, Does.Contain("vis-timeline " + PageAssets.LibraryVersion));
        });
    }

    [Test]
    public void Render_CarriesEveryEvent_WithItsExtentsFromTheCore()
    {
        var timeline = Belarus();
        var events = Data(TimelineHtml.Render(timeline)).GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.That(events.Keys, Is.EquivalentTo(timeline.Events.Select(e => e.Id)));
        foreach (var item in timeline.Events)
        {
            var data = events[item.Id];
            var possible = item.When.ToInterval(Minsk);
            Assert.Multiple(() =>
            {
                Assert.That(data.GetProperty("title").GetString(), Is.EqualTo(item.Title));
                Assert.That(data.GetProperty("when").GetString(), Is.EqualTo(item.When.ToString()));
                Assert.That(data.GetProperty("ps").GetInt64(), Is.EqualTo(LocalMilliseconds(possible.Start)), item.Id);
                Assert.That(data.TryGetProperty("certain", out _), Is.EqualTo(item.When.ToCertainInterval(Minsk) is not null), item.Id);
            });
        }

        // Dates in words, with their qualifiers said.
        Assert.Multiple(() =>
        {
            Assert.That(events["drills-2022-02"].GetProperty("words").GetString(), Is.EqualTo("February 2022"));
            Assert.That(events["eu-sanctions"].GetProperty("words").GetString(), Is.EqualTo("March 2022?"));
            Assert.That(events["border-talks"].GetProperty("words").GetString(), Is.EqualTo("about February – about March 2022"));
            Assert.That(events["russian-troops-remain"].GetProperty("words").GetString(), Is.EqualTo("February 2022 – ongoing"));
            Assert.That(events["russian-troops-remain"].GetProperty("ongoing").GetBoolean(), Is.True);
            Assert.That(events["eu-sanctions"].GetProperty("qualifiers")[0].GetProperty("meaning").GetString(), Is.EqualTo("uncertain"));
        });
    }

    [Test]
    public void Render_WritesMomentsAsTheZonesLocalTime_SoTheAxisShowsTheZonesDays()
    {
        // 1 February 2022 begins at 21:00 UTC on 31 January in Minsk; the page draws it at 1 February 00:00.
        var timeline = Timeline.Create("t", "T", [new TimelineEvent("a", "A", EdtfValue.Parse("2022-02"))]).WithTimeZone(Minsk);
        var data = Data(TimelineHtml.Render(timeline)).GetProperty("events")[0];
        Assert.Multiple(() =>
        {
            Assert.That(data.GetProperty("ps").GetInt64(), Is.EqualTo(Instant.FromUtc(2022, 2, 1, 0, 0).ToUnixTimeMilliseconds()));
            Assert.That(data.GetProperty("pe").GetInt64(), Is.EqualTo(Instant.FromUtc(2022, 3, 1, 0, 0).ToUnixTimeMilliseconds()));
        });
    }

    [Test]
    public void Render_AsOf_IsTheEndOfThatDay()
    {
        var page = TimelineHtml.Render(Belarus().WithAsOf(new LocalDate(2022, 11, 15)));
        var data = Data(page);
        Assert.Multiple(() =>
        {
            Assert.That(data.GetProperty("asOf").GetInt64(), Is.EqualTo(Instant.FromUtc(2022, 11, 16, 0, 0).ToUnixTimeMilliseconds()));
            Assert.That(data.GetProperty("asOfWords").GetString(), Is.EqualTo("15 November 2022"));
        });
    }

    [Test]
    public void Render_ATitleOfMarkup_CannotBreakOutOfThePage()
    {
        const string Hostile = "</script><script>alert(1)</script><b>&amp;";
        var timeline = new TimelineBuilder("t", Hostile) { Description = Hostile }
            .Add(new TimelineEvent("x", Hostile, EdtfValue.Parse("2022")).WithSummary(Hostile)
                .AddSources(new Source("bad link", new Uri("javascript:alert(1)")), new Source("good link", new Uri("https://example.org/a?b=1&c=2"))))
            .Build();
        var page = TimelineHtml.Render(timeline);
        var data = Data(page);
        var sources = data.GetProperty("events")[0].GetProperty("sources");
        Assert.Multiple(() =>
        {
            Assert.That(Regex.Count(page, "<script"), Is.EqualTo(3), "only the page's own three scripts");
            Assert.That(page, Does.Contain("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;&amp;amp;</title>"));
            Assert.That(data.GetProperty("events")[0].GetProperty("title").GetString(), Is.EqualTo(Hostile), "the data keeps the text as it is");
            Assert.That(sources[0].TryGetProperty("url", out _), Is.False, "a javascript: address is no link");
            Assert.That(sources[1].GetProperty("url").GetString(), Is.EqualTo("https://example.org/a?b=1&c=2"));
        });
    }

    [Test]
    public void Render_KeepsLettersOfEveryScriptAsTheyAre()
    {
        var timeline = Timeline.Create("t", "Беларусь", [new TimelineEvent("a", "Гомель, 北京", EdtfValue.Parse("2022"))]);
        Assert.That(TimelineHtml.Render(timeline), Does.Contain("\"title\":\"Гомель, 北京\""));
    }

    [Test]
    public void Options_TitleZoneAndLanes_AreUsed()
    {
        var timeline = Belarus();
        var page = TimelineHtml.Render(timeline, new TimelineHtmlOptions { Title = "Other", Zone = DateTimeZone.Utc, Lanes = TimelineHtmlLanes.ByFirstActor });
        var data = Data(page);
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("<title>Other</title>"));
            Assert.That(data.GetProperty("zone").GetString(), Is.EqualTo("UTC"));
            Assert.That(data.GetProperty("lanes").GetString(), Is.EqualTo("actor"));
            Assert.That(
                () => new TimelineHtmlOptions { Lanes = (TimelineHtmlLanes)7 },
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Lanes"));
        });
    }

    [Test]
    public void Write_ToAStreamOrWriter_GivesTheSameText_InEveryCulture()
    {
        var timeline = Belarus();
        var text = TimelineHtml.Render(timeline);
        using var stream = new MemoryStream();
        TimelineHtml.Write(timeline, stream);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TimelineHtml.Write(timeline, writer);
        var culture = CultureInfo.CurrentCulture;
        string german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            german = TimelineHtml.Render(timeline);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Multiple(() =>
        {
            Assert.That(stream.ToArray(), Is.EqualTo(new UTF8Encoding(false).GetBytes(text)));
            Assert.That(writer.ToString(), Is.EqualTo(text));
            Assert.That(german, Is.EqualTo(text));
        });
    }

    [Test]
    public void Render_NullArguments_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => TimelineHtml.Render(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("timeline"));
            Assert.That(() => TimelineHtml.Write(Belarus(), (Stream)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("destination"));
        });
    }

    [Test]
    public void VendoredLibrary_IsTheVersionInTheLockFile_AndCannotEndItsScript()
    {
        var vendor = Path.Combine(RepositoryFolder.Root, "src", "Timelines.Html", "Vendor");
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(vendor, "package-lock.json")));
        var locked = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/vis-timeline").GetProperty("version").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(PageAssets.LibraryVersion, Is.EqualTo(locked), "run src/Timelines.Html/Vendor/refresh");
            Assert.That(PageAssets.LibraryScript, Does.Contain("@version " + locked));
            Assert.That(PageAssets.LibraryScript + PageAssets.PageScript, Does.Not.Contain("</script").IgnoreCase);
            Assert.That(Directory.GetFiles(Path.Combine(vendor, "vis-timeline", "licenses")), Has.Length.GreaterThanOrEqualTo(10));
        });
    }

    private static long LocalMilliseconds(Instant instant) => instant.InZone(Minsk).LocalDateTime.InUtc().ToInstant().ToUnixTimeMilliseconds();

    [GeneratedRegex("<script type=\"application/json\" id=\"timeline-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataScript();

    [GeneratedRegex("(?:src|href)\\s*=\\s*[\"'](?!#|data:)[^\"']+[\"']", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
