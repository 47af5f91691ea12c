using System;
using NodaTime;

namespace Timelines.Tests.Temporal;

[TestFixture]
public class EdtfDateTest
{
    [Test]
    public void ForYear_Valid()
    {
        var date = EdtfDate.ForYear(1984, EdtfQualifier.Uncertain);

        Assert.That(date.ToString(), Is.EqualTo("1984?"));
        Assert.That(date.Precision, Is.EqualTo(EdtfPrecision.Year));
        Assert.That(date.FirstDay, Is.EqualTo(new LocalDate(1984, 1, 1)));
        Assert.That(date.LastDay, Is.EqualTo(new LocalDate(1984, 12, 31)));
        Assert.That(EdtfDate.ForYear(-9998).ToString(), Is.EqualTo("-9998"));
        Assert.That(EdtfDate.ForYear(9999).ToString(), Is.EqualTo("9999"));
        Assert.That(EdtfDate.ForYear(0).ToString(), Is.EqualTo("0000"));
        Assert.That(EdtfDate.ForYear(-5).ToString(), Is.EqualTo("-0005"));
    }

    [TestCase(-9999)]
    [TestCase(10000)]
    public void ForYear_OutOfRange_Throws(int year)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => EdtfDate.ForYear(year));

        Assert.That(exception.ParamName, Is.EqualTo("year"));
    }

    [Test]
    public void ForYear_UnknownQualifier_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => EdtfDate.ForYear(2022, (EdtfQualifier)4));

        Assert.That(exception.ParamName, Is.EqualTo("qualifier"));
    }

    [Test]
    public void ForMonth_Valid()
    {
        var date = EdtfDate.ForMonth(2022, 2, EdtfQualifier.Approximate);

        Assert.That(date.ToString(), Is.EqualTo("2022-02~"));
        Assert.That(date.Month, Is.EqualTo(2));
        Assert.That(date.FirstDay, Is.EqualTo(new LocalDate(2022, 2, 1)));
        Assert.That(date.LastDay, Is.EqualTo(new LocalDate(2022, 2, 28)));
        Assert.That(EdtfDate.ForMonth(9999, 12).LastDay, Is.EqualTo(new LocalDate(9999, 12, 31)));
        Assert.That(EdtfDate.ForMonth(2024, 2).LastDay, Is.EqualTo(new LocalDate(2024, 2, 29)));
    }

    [TestCase(2022, 0, "month")]
    [TestCase(2022, 13, "month")]
    [TestCase(2022, 21, "month")]
    [TestCase(10000, 1, "year")]
    public void ForMonth_OutOfRange_Throws(int year, int month, string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => EdtfDate.ForMonth(year, month));

        Assert.That(exception.ParamName, Is.EqualTo(parameter));
    }

    [TestCase(EdtfSeason.Spring, "2001-21", "2001-03-01", "2001-05-31")]
    [TestCase(EdtfSeason.Summer, "2001-22", "2001-06-01", "2001-08-31")]
    [TestCase(EdtfSeason.Autumn, "2001-23", "2001-09-01", "2001-11-30")]
    [TestCase(EdtfSeason.Winter, "2001-24", "2001-12-01", "2002-02-28")]
    public void ForSeason_Valid(EdtfSeason season, string text, string first, string last)
    {
        var date = EdtfDate.ForSeason(2001, season);

        Assert.That(date.ToString(), Is.EqualTo(text));
        Assert.That(date.Season, Is.EqualTo(season));
        Assert.That(date.Precision, Is.EqualTo(EdtfPrecision.Season));
        Assert.That(date.FirstDay, Is.EqualTo(TestHelper.Bound(first).Date));
        Assert.That(date.LastDay, Is.EqualTo(TestHelper.Bound(last).Date));
        Assert.That(date, Is.EqualTo(EdtfDate.Parse(text)));
    }

    [Test]
    public void ForSeason_OutOfRange_Throws()
    {
        Assert.That(EdtfDate.ForSeason(9998, EdtfSeason.Winter).LastDay, Is.EqualTo(new LocalDate(9999, 2, 28)));
        Assert.That(EdtfDate.ForSeason(9999, EdtfSeason.Autumn).LastDay, Is.EqualTo(new LocalDate(9999, 11, 30)));

        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => EdtfDate.ForSeason(9999, EdtfSeason.Winter)).ParamName, Is.EqualTo("year"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => EdtfDate.ForSeason(2022, (EdtfSeason)20)).ParamName, Is.EqualTo("season"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => EdtfDate.ForSeason(2022, (EdtfSeason)25)).ParamName, Is.EqualTo("season"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => EdtfDate.ForSeason(-9999, EdtfSeason.Spring)).ParamName, Is.EqualTo("year"));
    }

    [Test]
    public void ForDay_Valid()
    {
        var date = EdtfDate.ForDay(new LocalDate(2004, 6, 11), EdtfQualifier.UncertainAndApproximate);

        Assert.That(date.ToString(), Is.EqualTo("2004-06-11%"));
        Assert.That(date.Day, Is.EqualTo(11));
        Assert.That(date.FirstDay, Is.EqualTo(new LocalDate(2004, 6, 11)));
        Assert.That(date.LastDay, Is.EqualTo(date.FirstDay));
        Assert.That(EdtfDate.ForDay(new LocalDate(-1985, 1, 2)).ToString(), Is.EqualTo("-1985-01-02"));
    }

    [Test]
    public void ForDay_NonIsoCalendar_Throws()
    {
        var julian = new LocalDate(2022, 2, 24, CalendarSystem.Julian);

        var exception = Assert.Throws<ArgumentException>(() => EdtfDate.ForDay(julian));

        Assert.That(exception.ParamName, Is.EqualTo("date"));
    }

    [Test]
    public void ForDateTime_Offset()
    {
        var dateTime = new LocalDateTime(2022, 2, 24, 4, 0, 0).WithOffset(Offset.FromHours(2));

        var date = EdtfDate.ForDateTime(dateTime);

        Assert.That(date.ToString(), Is.EqualTo("2022-02-24T04:00:00+02:00"));
        Assert.That(date.OffsetDateTime, Is.EqualTo(dateTime));
        Assert.That(date.Precision, Is.EqualTo(EdtfPrecision.Second));
        Assert.That(date.Qualifier, Is.EqualTo(EdtfQualifier.None));
    }

    [Test]
    public void ForDateTime_Local()
    {
        var date = EdtfDate.ForDateTime(new LocalDateTime(1985, 4, 12, 23, 20, 30));

        Assert.That(date.ToString(), Is.EqualTo("1985-04-12T23:20:30"));
        Assert.That(date.Offset, Is.Null);
        Assert.That(date.LocalDateTime, Is.EqualTo(new LocalDateTime(1985, 4, 12, 23, 20, 30)));
    }

    [Test]
    public void ForDateTime_FractionOfSecond_Throws()
    {
        var local = new LocalDateTime(2022, 2, 24, 4, 0, 0, 5);

        Assert.That(Assert.Throws<ArgumentException>(() => EdtfDate.ForDateTime(local)).ParamName, Is.EqualTo("dateTime"));
        Assert.That(Assert.Throws<ArgumentException>(() => EdtfDate.ForDateTime(local.WithOffset(Offset.Zero))).ParamName, Is.EqualTo("dateTime"));
        Assert.That(Assert.Throws<ArgumentException>(() => EdtfDate.ForInstant(local.InUtc().ToInstant())).ParamName, Is.EqualTo("dateTime"));
    }

    [Test]
    public void ForDateTime_NonIsoCalendar_Throws()
    {
        var local = new LocalDateTime(2022, 2, 24, 4, 0, 0, CalendarSystem.Gregorian);

        Assert.That(Assert.Throws<ArgumentException>(() => EdtfDate.ForDateTime(local)).ParamName, Is.EqualTo("dateTime"));
    }

    [Test]
    public void ForDateTime_OutsideInstantRange_Throws()
    {
        var early = new LocalDateTime(-9998, 1, 1, 0, 0, 0).WithOffset(Offset.FromHours(5));
        var late = new LocalDateTime(9999, 12, 31, 23, 0, 0).WithOffset(Offset.FromHours(-5));

        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => EdtfDate.ForDateTime(early)).ParamName, Is.EqualTo("dateTime"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => EdtfDate.ForDateTime(late)).ParamName, Is.EqualTo("dateTime"));
        var earliest = new LocalDateTime(-9998, 1, 1, 5, 0, 0).WithOffset(Offset.FromHours(5));
        Assert.That(EdtfDate.ForDateTime(earliest).ToString(), Is.EqualTo("-9998-01-01T05:00:00+05:00"));
    }

    [Test]
    public void ForInstant_IsUtc()
    {
        var date = EdtfDate.ForInstant(Instant.FromUtc(2022, 2, 24, 4, 0, 0));

        Assert.That(date.ToString(), Is.EqualTo("2022-02-24T04:00:00Z"));
        Assert.That(date.Offset, Is.EqualTo(Offset.Zero));
        Assert.That(EdtfDate.ForInstant(Instant.FromUtc(-9998, 1, 1, 0, 0)).ToString(), Is.EqualTo("-9998-01-01T00:00:00Z"));
    }

    [Test]
    public void WithQualifier_Date()
    {
        var date = EdtfDate.ForMonth(2022, 2);

        var qualified = date.WithQualifier(EdtfQualifier.Uncertain);

        Assert.That(qualified.ToString(), Is.EqualTo("2022-02?"));
        Assert.That(date.ToString(), Is.EqualTo("2022-02"), "the original is unchanged");
        Assert.That(qualified.WithQualifier(EdtfQualifier.None), Is.EqualTo(date));
        Assert.That(date.WithQualifier(EdtfQualifier.None), Is.SameAs(date));
        Assert.That(EdtfDate.Parse("201X").WithQualifier(EdtfQualifier.Approximate).ToString(), Is.EqualTo("201X~"));
    }

    [Test]
    public void WithQualifier_DateTime_Throws()
    {
        var date = EdtfDate.ForInstant(Instant.FromUtc(2022, 2, 24, 4, 0, 0));

        Assert.That(Assert.Throws<ArgumentException>(() => date.WithQualifier(EdtfQualifier.Uncertain)).ParamName, Is.EqualTo("qualifier"));
        Assert.That(date.WithQualifier(EdtfQualifier.None), Is.SameAs(date));
    }

    [Test]
    public void WithQualifier_UnknownQualifier_Throws() =>
        Assert.That(() => EdtfDate.ForYear(2022).WithQualifier((EdtfQualifier)8), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Equality()
    {
        var value = EdtfDate.ForMonth(2022, 2);
        var equal = EdtfDate.Parse("2022-02");

        TestHelper.TestEquatable(
            value,
            equal,
            EdtfDate.ForMonth(2022, 3),
            EdtfDate.ForMonth(2021, 2),
            EdtfDate.ForMonth(2022, 2, EdtfQualifier.Uncertain),
            EdtfDate.ForYear(2022),
            EdtfDate.ForDay(new LocalDate(2022, 2, 1)),
            EdtfDate.Parse("2022-02-XX"),
            EdtfDate.Parse("2022-XX"),
            EdtfDate.Parse("202X"));

        Assert.That(value == equal, Is.True);
        Assert.That(value != equal, Is.False);
        Assert.That(value == EdtfDate.ForMonth(2022, 3), Is.False);
        Assert.That(value != EdtfDate.ForMonth(2022, 3), Is.True);
        Assert.That(value == null, Is.False);
        Assert.That(null == value, Is.False);
        Assert.That(value != null, Is.True);
        Assert.That((EdtfDate?)null == null, Is.True);
    }

    [Test]
    public void Equality_DateTimes()
    {
        var utc = EdtfDate.Parse("2022-02-24T04:00:00Z");

        TestHelper.TestEquatable(
            utc,
            EdtfDate.Parse("2022-02-24T04:00:00+00:00"),
            EdtfDate.Parse("2022-02-24T06:00:00+02:00"),
            EdtfDate.Parse("2022-02-24T04:00:00"),
            EdtfDate.Parse("2022-02-24T04:00:01Z"),
            EdtfDate.Parse("2022-02-24"));
    }

    [Test]
    public void Equality_SeasonsAndUnspecifiedDigits()
    {
        TestHelper.TestEquatable(
            EdtfDate.ForSeason(2001, EdtfSeason.Winter),
            EdtfDate.Parse("2001-24"),
            EdtfDate.ForSeason(2001, EdtfSeason.Autumn),
            EdtfDate.ForMonth(2001, 12));

        TestHelper.TestEquatable(
            EdtfDate.Parse("201X"),
            EdtfDate.Parse("201u"),
            EdtfDate.ForYear(2010),
            EdtfDate.Parse("20XX"),
            EdtfDate.Parse("2010-XX"));
    }
}
