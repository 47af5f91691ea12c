using System;
using NodaTime;

namespace Timelines.Tests.Temporal;

public partial class EdtfValueTest
{
    [Test]
    public void ForDate_SingleDate()
    {
        var date = EdtfDate.ForMonth(2022, 2);

        var value = EdtfValue.ForDate(date);

        Assert.That(value.IsInterval, Is.False);
        Assert.That(value.Date, Is.SameAs(date));
        Assert.That(value.Start.Date, Is.SameAs(date));
        Assert.That(value.End.Date, Is.SameAs(date));
        Assert.That(value.ToString(), Is.EqualTo("2022-02"));
        Assert.That((EdtfValue)date, Is.EqualTo(value));
    }

    [Test]
    public void ForDate_Null_Throws()
    {
        Assert.That(() => EdtfValue.ForDate(null!), Throws.ArgumentNullException);
        Assert.That(() => { EdtfValue value = (EdtfDate)null!; return value; }, Throws.ArgumentNullException);
    }

    [Test]
    public void Interval_Valid()
    {
        Assert.That(EdtfValue.Interval(EdtfDate.ForMonth(2022, 2), EdtfEnd.Open).ToString(), Is.EqualTo("2022-02/.."));
        Assert.That(EdtfValue.Interval(EdtfEnd.Open, EdtfDate.ForYear(1985)).ToString(), Is.EqualTo("../1985"));
        Assert.That(EdtfValue.Interval(EdtfDate.ForYear(1985), EdtfEnd.Unknown).ToString(), Is.EqualTo("1985/"));
        Assert.That(EdtfValue.Interval(EdtfEnd.Unknown, EdtfDate.ForYear(1985)).ToString(), Is.EqualTo("/1985"));
        Assert.That(
            EdtfValue.Interval(EdtfDate.ForYear(1984, EdtfQualifier.Uncertain), EdtfDate.ForMonth(2004, 6, EdtfQualifier.Approximate)),
            Is.EqualTo(EdtfValue.Parse("1984?/2004-06~")));

        var sameDay = EdtfValue.Interval(EdtfDate.ForDay(new LocalDate(2022, 2, 24)), EdtfDate.ForDay(new LocalDate(2022, 2, 24)));
        Assert.That(sameDay.IsInterval, Is.True);
        Assert.That(sameDay, Is.Not.EqualTo(EdtfValue.Parse("2022-02-24")), "an interval is not a single date");
    }

    [TestCase(EdtfEndKind.Open, EdtfEndKind.Open)]
    [TestCase(EdtfEndKind.Open, EdtfEndKind.Unknown)]
    [TestCase(EdtfEndKind.Unknown, EdtfEndKind.Open)]
    [TestCase(EdtfEndKind.Unknown, EdtfEndKind.Unknown)]
    public void Interval_NoDate_Throws(EdtfEndKind start, EdtfEndKind end)
    {
        var exception = Assert.Throws<ArgumentException>(() => EdtfValue.Interval(EndOfKind(start), EndOfKind(end)));

        Assert.That(exception.Message, Does.Contain("needs a date at one end at least"));
        Assert.That(exception.ParamName, Is.EqualTo("end"));

        static EdtfEnd EndOfKind(EdtfEndKind kind) => kind == EdtfEndKind.Open ? EdtfEnd.Open : EdtfEnd.Unknown;
    }

    [Test]
    public void Interval_Backwards_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => EdtfValue.Interval(EdtfDate.ForYear(2022), EdtfDate.ForYear(2021)));

        Assert.That(exception.Message, Does.Contain("The end '2021' is before the start '2022'"));
        Assert.That(exception.ParamName, Is.EqualTo("end"));
    }

    [Test]
    public void Interval_OverlappingEnds_Allowed()
    {
        // The end may lie inside the start's range, as long as it is not certainly before it.
        var value = EdtfValue.Interval(EdtfDate.ForYear(2022), EdtfDate.ForMonth(2022, 1));

        Assert.That(value.Bounds.LatestStart, Is.EqualTo(EdtfBound.ForDate(new LocalDate(2022, 1, 31))));
        Assert.That(value.Bounds.EarliestEnd, Is.EqualTo(EdtfBound.ForDate(new LocalDate(2022, 1, 1))));
    }

    [Test]
    public void Interval_LocalAgainstOffset_MustBeOrderedInEveryZone()
    {
        var localStart = EdtfDate.ForDateTime(new LocalDateTime(2022, 2, 24, 10, 0, 0));

        // 10:00 local is before midnight UTC only in zones east of UTC+10: ordered in some zones but not all, so
        // refused, since it would turn inside out in the others.
        Assert.That(
            () => EdtfValue.Interval(localStart, EdtfDate.ForInstant(Instant.FromUtc(2022, 2, 24, 0, 0))),
            Throws.ArgumentException.With.Message.Contains("in some time zones"));

        // More than 18 hours later (NodaTime's widest offset), it is ordered everywhere.
        var ordered = EdtfValue.Interval(localStart, EdtfDate.ForInstant(Instant.FromUtc(2022, 2, 25, 4, 0, 1)));
        Assert.That(ordered.ToString(), Is.EqualTo("2022-02-24T10:00:00/2022-02-25T04:00:01Z"));

        // Two days earlier is before the start in every zone.
        Assert.That(
            () => EdtfValue.Interval(localStart, EdtfDate.ForInstant(Instant.FromUtc(2022, 2, 22, 0, 0))),
            Throws.ArgumentException.With.Message.Contains("is before the start"));
    }

    [Test]
    public void Equality()
    {
        var value = EdtfValue.Parse("1984?/2004-06~");
        var equal = EdtfValue.Interval(EdtfDate.ForYear(1984, EdtfQualifier.Uncertain), EdtfDate.ForMonth(2004, 6, EdtfQualifier.Approximate));

        TestHelper.TestEquatable(
            value,
            equal,
            EdtfValue.Parse("1984/2004-06~"),
            EdtfValue.Parse("1984?/2004-06"),
            EdtfValue.Parse("1984?/2004-07~"),
            EdtfValue.Parse("1984?/.."),
            EdtfValue.Parse("1984?/"),
            EdtfValue.Parse("1984?"));
        TestHelper.TestEquatable(EdtfValue.Parse("1985/.."), EdtfValue.Parse("1985/open"), EdtfValue.Parse("1985/"), EdtfValue.Parse("1985"));
        TestHelper.TestEquatable(EdtfValue.Parse("2022-02"), EdtfValue.ForDate(EdtfDate.ForMonth(2022, 2)), EdtfValue.Parse("2022-02/2022-02"));

        Assert.That(value == equal, Is.True);
        Assert.That(value != equal, Is.False);
        Assert.That(value == EdtfValue.Parse("1984"), Is.False);
        Assert.That(value != EdtfValue.Parse("1984"), Is.True);
        Assert.That(value == null, Is.False);
        Assert.That(null != value, Is.True);
        Assert.That((EdtfValue?)null == null, Is.True);
    }
}
