using NodaTime;

namespace Timelines.Tests.Temporal;

public partial class EdtfValueTest
{
    // 2022-03-27 is the spring DST change in Europe/London and Europe/Berlin; Minsk has no DST (UTC+3);
    // Santiago's clocks went from 00:00 to 01:00 on 2022-09-11, so that day has no midnight.
    [TestCase("2022-03-27", "UTC", "2022-03-27T00:00:00Z", "2022-03-28T00:00:00Z", 24)]
    [TestCase("2022-03-27", "Europe/Minsk", "2022-03-26T21:00:00Z", "2022-03-27T21:00:00Z", 24)]
    [TestCase("2022-03-27", "Europe/London", "2022-03-27T00:00:00Z", "2022-03-27T23:00:00Z", 23)]
    [TestCase("2022-03-27", "Europe/Berlin", "2022-03-26T23:00:00Z", "2022-03-27T22:00:00Z", 23)]
    [TestCase("2022-10-30", "Europe/London", "2022-10-29T23:00:00Z", "2022-10-31T00:00:00Z", 25)]
    [TestCase("2022-09-11", "America/Santiago", "2022-09-11T04:00:00Z", "2022-09-12T03:00:00Z", 23)]
    [TestCase("2022-09-10", "America/Santiago", "2022-09-10T04:00:00Z", "2022-09-11T04:00:00Z", 24)]
    [TestCase("2022-03", "Europe/London", "2022-03-01T00:00:00Z", "2022-03-31T23:00:00Z", 743)]
    public void ToInterval_DayInZone(string text, string zoneId, string start, string end, int hours)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];

        var interval = EdtfValue.Parse(text).ToInterval(zone);

        Assert.That(interval.Start, Is.EqualTo(TestHelper.Instant(start)));
        Assert.That(interval.End, Is.EqualTo(TestHelper.Instant(end)));
        Assert.That(interval.Duration, Is.EqualTo(Duration.FromHours(hours)));
    }

    [Test]
    public void ToInterval_WithoutZone_OnlyForInstants()
    {
        // A local day has no instants until it is placed in a zone; a date-time with an offset has them in every zone.
        var day = EdtfValue.Parse("2022-03-27");
        var instant = EdtfValue.Parse("2022-03-27T10:00:00+02:00/2022-03-28T00:00:00Z");

        Assert.That(() => day.ToInterval(), Throws.InvalidOperationException.With.Message.Contains("depend on the time zone"));
        Assert.That(() => day.ToCertainInterval(), Throws.InvalidOperationException);
        Assert.That(instant.ToInterval(), Is.EqualTo(instant.ToInterval(DateTimeZoneProviders.Tzdb["Asia/Tokyo"])));
        Assert.That(instant.ToCertainInterval(), Is.EqualTo(instant.ToInterval(DateTimeZone.Utc)));
    }

    [Test]
    public void ToCertainInterval_DayInZone_IsTheWholeDay()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];

        var certain = EdtfValue.Parse("2022-03-27").ToCertainInterval(zone);

        Assert.That(certain, Is.EqualTo(new Interval(TestHelper.Instant("2022-03-27T00:00:00Z"), TestHelper.Instant("2022-03-27T23:00:00Z"))));
    }

    [TestCase("UTC")]
    [TestCase("Europe/Minsk")]
    [TestCase("America/Santiago")]
    [TestCase("Pacific/Kiritimati")]
    public void ToInterval_DateTimeWithOffset_IgnoresZone(string zoneId)
    {
        var value = EdtfValue.Parse("2022-02-24T04:00:00+02:00");

        var interval = value.ToInterval(DateTimeZoneProviders.Tzdb[zoneId]);

        Assert.That(interval, Is.EqualTo(new Interval(TestHelper.Instant("2022-02-24T02:00:00Z"), TestHelper.Instant("2022-02-24T02:00:01Z"))));
    }

    [TestCase("2022-02-24T04:00:00", "UTC", "2022-02-24T04:00:00Z")]
    [TestCase("2022-02-24T04:00:00", "Europe/Kyiv", "2022-02-24T02:00:00Z")]
    [TestCase("2022-02-24T04:00:00", "Europe/Minsk", "2022-02-24T01:00:00Z")]
    [TestCase("2022-02-24T04:00:00", "America/Santiago", "2022-02-24T07:00:00Z")]
    [TestCase("2022-03-27T01:30:00", "Europe/London", "2022-03-27T01:00:00Z")] // In the gap: placed at its end, 02:00 BST.
    [TestCase("2022-10-30T01:30:00", "Europe/London", "2022-10-30T00:30:00Z")] // Ambiguous: the earlier.
    public void ToInterval_LocalDateTime_PlacedInZone(string text, string zoneId, string start)
    {
        var interval = EdtfValue.Parse(text).ToInterval(DateTimeZoneProviders.Tzdb[zoneId]);

        Assert.That(interval.Start, Is.EqualTo(TestHelper.Instant(start)));
        Assert.That(interval.Duration, Is.EqualTo(Duration.FromSeconds(1)));
    }

    [Test]
    public void Is_DayAgainstInstant_DependsOnZone()
    {
        var day = EdtfValue.Parse("2022-02-24");
        var lateEvening = EdtfValue.Parse("2022-02-24T23:30:00Z");

        Assert.That(lateEvening.Is(AllenRelation.During, day, DateTimeZone.Utc), Is.EqualTo(TruthValue.Yes));
        Assert.That(lateEvening.Is(AllenRelation.After, day, DateTimeZoneProviders.Tzdb["Europe/Minsk"]), Is.EqualTo(TruthValue.Yes));
        Assert.That(() => lateEvening.Is(AllenRelation.During, day), Throws.InvalidOperationException.With.Message.Contains("depends on the time zone"));
        Assert.That(() => day.Overlaps(lateEvening), Throws.InvalidOperationException);
    }

    [Test]
    public void Is_DaysInDstZone_SameAsInUtc()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var day = EdtfValue.Parse("2022-03-27");
        var next = EdtfValue.Parse("2022-03-28");

        Assert.That(day.RelationsTo(next, zone), Is.EqualTo(day.RelationsTo(next)));
        Assert.That(day.Is(AllenRelation.Meets, next, zone), Is.EqualTo(TruthValue.Yes));
    }

    // Fixed offsets make the expected instants exact; NodaTime's instants run from -9998-01-01T00:00:00Z to the end of
    // 9999, so the parts of these days beyond that are clamped to the range.
    [TestCase("-9998-01-01", "UTC", "-9998-01-01T00:00:00Z", "-9998-01-02T00:00:00Z")]
    [TestCase("-9998-01-01", "Etc/GMT-14", "-9998-01-01T00:00:00Z", "-9998-01-01T10:00:00Z")]
    [TestCase("-9998-01-01", "Etc/GMT+12", "-9998-01-01T12:00:00Z", "-9998-01-02T12:00:00Z")]
    [TestCase("9999-12-31", "Etc/GMT-14", "9999-12-30T10:00:00Z", "9999-12-31T10:00:00Z")]
    public void ToInterval_RangeEdges_Exact(string text, string zoneId, string start, string end)
    {
        var interval = EdtfValue.Parse(text).ToInterval(DateTimeZoneProviders.Tzdb[zoneId]);

        Assert.That(interval.Start, Is.EqualTo(TestHelper.Instant(start)));
        Assert.That(interval.End, Is.EqualTo(TestHelper.Instant(end)));
    }

    [TestCase("9999-12-31", "UTC", "9999-12-31T00:00:00Z")]
    [TestCase("9999-12-31", "Etc/GMT+12", "9999-12-31T12:00:00Z")]
    [TestCase("9999", "Etc/GMT+12", "9999-01-01T12:00:00Z")]
    public void ToInterval_RangeEdges_EndClampedToMaxValue(string text, string zoneId, string start)
    {
        var interval = EdtfValue.Parse(text).ToInterval(DateTimeZoneProviders.Tzdb[zoneId]);

        Assert.That(interval.Start, Is.EqualTo(TestHelper.Instant(start)));
        Assert.That(interval.HasEnd, Is.True);
        Assert.That(interval.End, Is.GreaterThan(TestHelper.Instant("9999-12-31T23:59:59Z")));
    }

    [TestCase("-9998-01-01")]
    [TestCase("9999-12-31")]
    [TestCase("-9998/9999")]
    [TestCase("-9998-01-01T00:00:00")]
    [TestCase("9999-12-31T23:59:59")]
    [TestCase("-9998-01-01T00:00:00Z")]
    [TestCase("9999-12-31T23:59:59Z")]
    [TestCase("-9998-01/..")]
    [TestCase("../9999-12")]
    public void RangeEdges_ConvertWithoutThrowing(string text)
    {
        var value = EdtfValue.Parse(text);
        foreach (var zoneId in new[] { "UTC", "Etc/GMT-14", "Etc/GMT+12", "Europe/Minsk", "America/Santiago" })
        {
            var zone = DateTimeZoneProviders.Tzdb[zoneId];

            var possible = value.ToInterval(zone);
            var certain = value.ToCertainInterval(zone);

            Assert.That(possible.HasStart || possible.HasEnd, Is.True, zoneId);
            if (certain is { } c)
            {
                Assert.That(TestHelper.Encloses(possible, c), Is.True, zoneId);
            }

            Assert.That(value.Is(AllenRelation.Equals, value, zone), Is.Not.EqualTo(TruthValue.No), zoneId);
        }
    }
}
