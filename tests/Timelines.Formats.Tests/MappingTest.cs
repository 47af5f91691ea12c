using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;

namespace Timelines.Formats.Tests;

/// <summary>The mapping decisions each format's page states, one by one.</summary>
public class MappingTest
{
    private static Timeline One(string when, LocalDate? asOf = null, string zone = "UTC") =>
        new TimelineBuilder("t", "T") { AsOf = asOf, TimeZone = DateTimeZoneProviders.Tzdb[zone] }
            .Add(new TimelineEvent("e", "E", EdtfValue.Parse(when)).AddTags("military"))
            .Build();

    private static JsonElement Slide(Timeline timeline)
    {
        using var document = JsonDocument.Parse(Samples.Write((t, w) => TimelineJs3Json.Write(t, w), timeline));
        return document.RootElement.GetProperty("events")[0].Clone();
    }

    [Test]
    public void TimelineJs3_Month_IsYearAndMonthOnly()
    {
        var slide = Slide(One("2022-02"));
        Assert.That(slide.GetProperty("start_date").GetRawText(), Is.EqualTo("{\n      \"year\": 2022,\n      \"month\": 2\n    }").IgnoreWhiteSpace);
        Assert.That(slide.TryGetProperty("end_date", out _), Is.False);
        Assert.That(slide.GetProperty("display_date").GetString(), Is.EqualTo("February 2022"));
        Assert.That(slide.GetProperty("group").GetString(), Is.EqualTo("military"));
        Assert.That(slide.GetProperty("unique_id").GetString(), Is.EqualTo("e"));
    }

    [Test]
    public void TimelineJs3_Ongoing_EndsOnTheAsOfDayAndSaysSo()
    {
        var slide = Slide(One("2022-02/..", new LocalDate(2025, 5, 1)));
        Assert.That(slide.GetProperty("end_date").GetProperty("day").GetInt32(), Is.EqualTo(1));
        Assert.That(slide.GetProperty("end_date").GetProperty("month").GetInt32(), Is.EqualTo(5));
        Assert.That(slide.GetProperty("display_date").GetString(), Is.EqualTo("February 2022 – ongoing (as of 1 May 2025)"));
    }

    [Test]
    public void TimelineJs3_OngoingWithoutAsOf_HasNoEnd()
    {
        var slide = Slide(One("2022-02/.."));
        Assert.That(slide.TryGetProperty("end_date", out _), Is.False);
        Assert.That(slide.GetProperty("display_date").GetString(), Is.EqualTo("February 2022 – ongoing"));
    }

    [Test]
    public void TimelineJs3_Season_IsItsMonths()
    {
        var slide = Slide(One("2022-21"));
        Assert.That(slide.GetProperty("start_date").GetProperty("month").GetInt32(), Is.EqualTo(3));
        Assert.That(slide.GetProperty("end_date").GetProperty("month").GetInt32(), Is.EqualTo(5));
        Assert.That(slide.GetProperty("display_date").GetString(), Is.EqualTo("spring 2022"));
    }

    [Test]
    public void TimelineJs3_ForeignSlide_KeepsPrecisionAndWhatItCannotMap()
    {
        const string json = """
            {"title": {"text": {"headline": "Mine"}},
             "events": [{"start_date": {"year": "2022", "month": "2"}, "display_date": "Early 2022",
                         "text": {"headline": "<b>Drills</b> &amp; more", "text": "<p>One</p><p>Two</p>"},
                         "media": {"url": "https://example.org/p.jpg", "credit": "AP", "thumbnail": "https://example.org/t.jpg"},
                         "background": {"color": "#123456"}}]}
            """;

        var timeline = TimelineJs3Json.Read(new StringReader(json));

        var item = timeline.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Title, Is.EqualTo("Mine"));
            Assert.That(item.When, Is.EqualTo(EdtfValue.Parse("2022-02")), "a row with year and month only is a month");
            Assert.That(item.Id, Is.EqualTo("drills-more"));
            Assert.That(item.Title, Is.EqualTo("Drills & more"));
            Assert.That(item.Summary, Is.EqualTo("One\n\nTwo"));
            Assert.That(item.Sources.Single().Url!.OriginalString, Is.EqualTo("https://example.org/p.jpg"));
            Assert.That(item.Sources.Single().Publisher, Is.EqualTo("AP"));
            var kept = item.Extensions["x-timelinejs3"];
            Assert.That(kept.GetProperty("display_date").GetString(), Is.EqualTo("Early 2022"));
            Assert.That(kept.GetProperty("background").GetProperty("color").GetString(), Is.EqualTo("#123456"));
            Assert.That(kept.GetProperty("media").GetProperty("thumbnail").GetString(), Is.EqualTo("https://example.org/t.jpg"));
            Assert.That(kept.GetProperty("text").GetProperty("headline").GetString(), Is.EqualTo("<b>Drills</b> &amp; more"));
        });

        // Written again, the slide has its author's display date, background and thumbnail back.
        var again = Slide(timeline);
        Assert.That(again.GetProperty("display_date").GetString(), Is.EqualTo("Early 2022"));
        Assert.That(again.GetProperty("background").GetProperty("color").GetString(), Is.EqualTo("#123456"));
        Assert.That(again.GetProperty("media").GetProperty("thumbnail").GetString(), Is.EqualTo("https://example.org/t.jpg"));
    }

    [Test]
    public void TimelineJs3Sheet_YearAndMonthRow_IsAMonth()
    {
        const string csv = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
            + ",,,,,,,,,My timeline,,,,,,title,,\r\n"
            + "2022,2,,,,,,,,Drills,,,,,,,military,\r\n"
            + "2022,2,24,4:30 PM,,,,,,Invasion,,,,,,,,\r\n";

        var timeline = TimelineJs3Sheet.Read(new StringReader(csv));

        Assert.That(timeline.Title, Is.EqualTo("My timeline"));
        Assert.That(timeline.Events.Select(e => e.When.ToString()), Is.EqualTo(new[] { "2022-02", "2022-02-24T16:30:00" }));
        Assert.That(timeline.Events[0].Tags, Is.EqualTo(new[] { "military" }));
    }

    [Test]
    public void ICalendar_Day_IsAllDayWithExclusiveEnd()
    {
        var text = Samples.Write((t, w) => TimelineICalendar.Write(t, w), One("2022-02-24"));
        Assert.That(text, Does.Contain("DTSTART;VALUE=DATE:20220224").And.Contain("DTEND;VALUE=DATE:20220225").And.Contain("SUMMARY:E\r\n"));
    }

    [Test]
    public void ICalendar_QualifiedMonth_IsItsDaysWithTheQualifierInTheSummary()
    {
        var text = Samples.Write((t, w) => TimelineICalendar.Write(t, w), One("2022-03~"));
        Assert.That(text, Does.Contain("DTSTART;VALUE=DATE:20220301").And.Contain("DTEND;VALUE=DATE:20220401")
            .And.Contain("X-EDTF:2022-03~").And.Contain("SUMMARY:E (about March 2022)"));
    }

    [Test]
    public void ICalendar_LocalDateTime_HasTheTimelinesZoneAndItsVTimeZone()
    {
        var text = Samples.Write((t, w) => TimelineICalendar.Write(t, w), One("2022-02-24T04:00:00", zone: "Europe/Kyiv"));
        Assert.That(text, Does.Contain("DTSTART;TZID=Europe/Kyiv:20220224T040000").And.Contain("BEGIN:VTIMEZONE").And.Contain("TZID:Europe/Kyiv"));
        Assert.That(TimelineICalendar.Read(new StringReader(text)).Events[0].When, Is.EqualTo(EdtfValue.Parse("2022-02-24T04:00:00")));
    }

    [Test]
    public void ICalendar_OffsetDateTime_IsWrittenInUtc()
    {
        var text = Samples.Write((t, w) => TimelineICalendar.Write(t, w), One("2022-02-24T04:00:00+02:00"));
        Assert.That(text, Does.Contain("DTSTART:20220224T020000Z"));
    }

    [Test]
    public void ICalendar_Stamp_ComesFromTheClockOrTheAsOfDay()
    {
        var clock = new FixedClock(Instant.FromUtc(2026, 1, 2, 3, 4, 5));
        Assert.That(Samples.Write((t, w) => TimelineICalendar.Write(t, w, new TimelineICalendarOptions { Clock = clock }), One("2022")), Does.Contain("DTSTAMP:20260102T030405Z"));
        Assert.That(Samples.Write((t, w) => TimelineICalendar.Write(t, w), One("2022", new LocalDate(2025, 5, 1))), Does.Contain("DTSTAMP:20250501T000000Z"));
    }

    [Test]
    public void ICalendar_MovedEvent_IsReadFromItsNewDates()
    {
        var text = Samples.Write((t, w) => TimelineICalendar.Write(t, w), One("2022-03~"))
            .Replace("DTSTART;VALUE=DATE:20220301", "DTSTART;VALUE=DATE:20220310", System.StringComparison.Ordinal);
        var item = TimelineICalendar.Read(new StringReader(text)).Events[0];
        Assert.That(item.When, Is.EqualTo(EdtfValue.Parse("2022-03-10/2022-03-31")), "a calendar application moved it: its X-EDTF no longer holds");
    }

    [Test]
    public void ICalendar_BeforeYearOne_CannotBeWritten() =>
        Assert.That(() => Samples.Write((t, w) => TimelineICalendar.Write(t, w), One("-0043")), Throws.ArgumentException.With.Message.Contains("'e'"));

    [Test]
    public void ICalendar_ForeignCalendar_ReadsDatesAsTheySay()
    {
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:1@google.com\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20220224\r\nDTEND;VALUE=DATE:20220227\r\nSUMMARY:Three days\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:2@google.com\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;TZID=Europe/Minsk:20220224T050000\r\nDURATION:PT2H\r\nSUMMARY:Two hours\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:3@google.com\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:20220224T050000\r\nSUMMARY:Floating\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";

        var timeline = TimelineICalendar.Read(new StringReader(ics), new TimelineReaderOptions { Id = "imported" });

        Assert.That(timeline.Events.Select(e => e.Id), Is.EqualTo(new[] { "1@google.com", "2@google.com", "3@google.com" }));
        Assert.That(timeline.Events.Select(e => e.When.ToString()), Is.EqualTo(new[]
        {
            "2022-02-24/2022-02-26", "2022-02-24T05:00:00+03:00/2022-02-24T07:00:00+03:00", "2022-02-24T05:00:00",
        }));
        Assert.That(timeline.Events[1].Status, Is.EqualTo(EventStatus.Cancelled));
    }

    [Test]
    public void GeoJson_Feature_HasLongitudeFirstAndTheBounds()
    {
        var timeline = new TimelineBuilder("t", "T")
            .Add(new TimelineEvent("e", "E", EdtfValue.Parse("2022-03")).AddPlaces(new Place("Khoyniki", "BY", 51.89, 29.96), new Place("Nowhere")))
            .Build();
        using var document = JsonDocument.Parse(Samples.Write(TimelineGeoJson.Write, timeline));
        var feature = document.RootElement.GetProperty("features").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(feature.GetProperty("id").GetString(), Is.EqualTo("e/0"));
            Assert.That(feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), Is.EqualTo(29.96));
            var properties = feature.GetProperty("properties");
            Assert.That(properties.GetProperty("when").GetString(), Is.EqualTo("2022-03"));
            Assert.That(properties.GetProperty("start").GetString(), Is.EqualTo("2022-03-01"));
            Assert.That(properties.GetProperty("end").GetString(), Is.EqualTo("2022-03-31"));
            Assert.That(properties.GetProperty("displayDate").GetString(), Is.EqualTo("March 2022"));
        });
    }

    [Test]
    public void JsonLd_Dates_KeepTheirPrecisionAndEscapeForHtml()
    {
        var timeline = new TimelineBuilder("t", "T")
            .Add(new TimelineEvent("e", "</script> E", EdtfValue.Parse("2022-21/2023-02-24")))
            .Build();
        var text = Samples.Write(TimelineJsonLd.Write, timeline);
        using var document = JsonDocument.Parse(text);
        var item = document.RootElement.GetProperty("@graph")[0];
        Assert.That(item.GetProperty("startDate").GetString(), Is.EqualTo("2022-03"));
        Assert.That(item.GetProperty("endDate").GetString(), Is.EqualTo("2023-02-24"));
        Assert.That(text, Does.Not.Contain("</script>"));
    }

    [TestCase("x.timeline.json", "timeline")]
    [TestCase("x.timelinejs.json", "timelinejs3")]
    [TestCase("X.TIMELINEJS.CSV", "timelinejs3-sheet")]
    [TestCase("data/x.csv", "csv")]
    [TestCase("x.ics", "icalendar")]
    [TestCase("x.geojson", "geojson")]
    [TestCase("x.jsonld", "json-ld")]
    public void TimelineFormat_FindByFileName_TakesTheLongestEnding(string path, string name) =>
        Assert.That(TimelineFormat.FindByFileName(path)?.Name, Is.EqualTo(name));

    [Test]
    public void TimelineFormat_EveryReadableFormat_ReadsWhatItWrites()
    {
        var timeline = Samples.Belarus();
        foreach (var format in TimelineFormat.All)
        {
            using var buffer = new MemoryStream();
            format.Write(timeline, buffer);
            Assert.That(buffer.Length, Is.GreaterThan(0), format.Name);
            buffer.Position = 0;
            if (format.CanRead)
            {
                Assert.That(format.Read(buffer, TimelineGenerators.ReaderOptionsFor(timeline)).Count, Is.EqualTo(timeline.Count), format.Name);
            }
            else
            {
                Assert.That(() => format.Read(buffer), Throws.TypeOf<System.NotSupportedException>(), format.Name);
            }
        }
    }

    [Test]
    public void TimelineFormat_BadTimelineJson_IsAFormatExceptionWithLines()
    {
        using var input = new MemoryStream("{\"format\": \"timeline/1\",\n \"id\": 5}"u8.ToArray());
        var thrown = Assert.Throws<TimelineFormatException>(() => TimelineFormat.Timeline.Read(input));
        Assert.That(thrown!.Errors.Select(e => e.ToString()), Has.Some.Contains("line 2"), thrown.Message);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
