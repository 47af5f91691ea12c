using System.IO;
using System.Linq;
using Ical.Net.CalendarComponents;
using NodaTime;

namespace Timelines.Formats.Tests.Consumers;

/// <summary>
/// The Belarus sample as iCalendar, parsed by ical.js (the parser Thunderbird uses) and by Ical.Net: the right number
/// of events, each an all-day span of the days its date may cover, with the exclusive DTEND of RFC 5545.
/// </summary>
[TestFixture]
[Category("Consumer")]
public class ICalendarConsumerTest
{
    [Test]
    public void Belarus_ParsesInIcalJs_WithAllDaySpans()
    {
        var timeline = Samples.Belarus();
        var file = NodeScripts.OutputFile("belarus-2022.ics");
        File.WriteAllText(file, Samples.Write((t, w) => TimelineICalendar.Write(t, w), timeline));

        using var parsed = NodeScripts.Run("check-ical.mjs", file);

        var root = parsed.RootElement;
        Assert.That(root.GetProperty("error").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), root.GetProperty("error").ToString());
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.That(events, Has.Count.EqualTo(timeline.Count));
        foreach (var item in timeline.Events)
        {
            var vevent = events.Single(e => e.GetProperty("uid").GetString() == item.Id + "@" + timeline.Id);
            var (first, afterLast) = ExpectedDays(item.When, timeline.AsOf!.Value);
            var start = vevent.GetProperty("start");
            var end = vevent.GetProperty("end");
            Assert.Multiple(() =>
            {
                Assert.That(start.GetProperty("isDate").GetBoolean(), Is.True, $"{item.Id}: an all-day DTSTART");
                Assert.That(start.GetProperty("value").GetString(), Is.EqualTo(Iso(first)), $"{item.Id}: DTSTART");
                Assert.That(end.GetProperty("isDate").GetBoolean(), Is.True, $"{item.Id}: an all-day DTEND");
                Assert.That(end.GetProperty("value").GetString(), Is.EqualTo(Iso(afterLast)), $"{item.Id}: DTEND, the day after the last");
                Assert.That(vevent.GetProperty("edtf").GetString(), Is.EqualTo(item.When.ToString()), $"{item.Id}: X-EDTF");
            });
        }

        var eu = events.Single(e => e.GetProperty("uid").GetString()!.StartsWith("eu-sanctions@", System.StringComparison.Ordinal));
        Assert.That(eu.GetProperty("summary").GetString(), Does.EndWith("(March 2022?)"), "the qualifier shows in the summary");
    }

    [Test]
    public void Belarus_ParsesInIcalNet_WithAllDaySpans()
    {
        var timeline = Samples.Belarus();
        var text = Samples.Write((t, w) => TimelineICalendar.Write(t, w), timeline);

        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.That(calendar.Events, Has.Count.EqualTo(timeline.Count));
        foreach (var item in timeline.Events)
        {
            CalendarEvent vevent = calendar.Events.Single(e => e.Uid == item.Id + "@" + timeline.Id);
            var (first, afterLast) = ExpectedDays(item.When, timeline.AsOf!.Value);
            Assert.Multiple(() =>
            {
                Assert.That(vevent.IsAllDay, Is.True, item.Id);
                Assert.That(LocalDate.FromDateOnly(vevent.DtStart!.Date), Is.EqualTo(first), item.Id);
                Assert.That(LocalDate.FromDateOnly(vevent.DtEnd!.Date), Is.EqualTo(afterLast), item.Id);
            });
        }
    }

    [Test]
    public void DateTimes_ParseInIcalJs_WithTheirZones()
    {
        var timeline = new TimelineBuilder("times", "Times") { TimeZone = DateTimeZoneProviders.Tzdb["Europe/Kyiv"] }
            .Add(new TimelineEvent("local", "Local", EdtfValue.Parse("2022-02-24T04:00:00/2022-02-24T06:30:00")))
            .Add(new TimelineEvent("offset", "Offset", EdtfValue.Parse("2022-02-24T05:00:00+03:00")))
            .Build();
        var file = NodeScripts.OutputFile("times.ics");
        File.WriteAllText(file, Samples.Write((t, w) => TimelineICalendar.Write(t, w), timeline));

        using var parsed = NodeScripts.Run("check-ical.mjs", file);

        var root = parsed.RootElement;
        Assert.That(root.GetProperty("timezones").EnumerateArray().Select(z => z.GetString()), Is.EqualTo(new[] { "Europe/Kyiv" }));
        var events = root.GetProperty("events").EnumerateArray().ToList();
        var local = events[0].GetProperty("start");
        var offset = events[1].GetProperty("start");
        Assert.Multiple(() =>
        {
            Assert.That(local.GetProperty("isDate").GetBoolean(), Is.False);
            Assert.That(local.GetProperty("tzid").GetString(), Is.EqualTo("Europe/Kyiv"));
            Assert.That(local.GetProperty("value").GetString(), Is.EqualTo("2022-02-24T04:00:00"));
            Assert.That(events[0].GetProperty("end").GetProperty("value").GetString(), Is.EqualTo("2022-02-24T06:30:00"));
            Assert.That(offset.GetProperty("utc").GetBoolean(), Is.True);
            Assert.That(offset.GetProperty("value").GetString(), Is.EqualTo("2022-02-24T02:00:00Z"));
        });
    }

    /// <summary>The Belarus events are all of month or year precision: the span is their first to last possible day, to the as-of day when ongoing.</summary>
    private static (LocalDate First, LocalDate AfterLast) ExpectedDays(EdtfValue when, LocalDate asOf)
    {
        var first = when.Start.Date.FirstDay;
        var last = when.HasOpenEnd ? asOf : when.End.Date.LastDay;
        return (first, last.PlusDays(1));
    }

    private static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
