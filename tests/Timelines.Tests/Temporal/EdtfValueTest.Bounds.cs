using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Timelines.Text;

namespace Timelines.Tests.Temporal;

public partial class EdtfValueTest
{
    private static IEnumerable<TestCaseData> SpecificationExamples() => Cases(EdtfExamples.Canonical);

    private static IEnumerable<TestCaseData> AllExamples() => Cases(EdtfExamples.Canonical.Concat(EdtfExamples.Extension));

    private static IEnumerable<TestCaseData> Cases(IEnumerable<(string Text, string EarliestStart, string LatestStart, string EarliestEnd, string LatestEnd)> examples) =>
        examples.Select(example =>
            new TestCaseData(example.Text, example.EarliestStart, example.LatestStart, example.EarliestEnd, example.LatestEnd)
                .SetArgDisplayNames(example.Text));

    [TestCaseSource(nameof(AllExamples))]
    public void Bounds_SpecificationExample(string text, string earliestStart, string latestStart, string earliestEnd, string latestEnd)
    {
        var expected = new EdtfBounds(
            TestHelper.Bound(earliestStart),
            TestHelper.Bound(latestStart),
            TestHelper.Bound(earliestEnd),
            TestHelper.Bound(latestEnd));

        var bounds = EdtfValue.Parse(text).Bounds;

        Assert.That(bounds, Is.EqualTo(expected), $"actual {bounds}");
    }

    [TestCaseSource(nameof(SpecificationExamples))]
    public void Bounds_SpecificationExample_StrictPatternAgrees(string text, string earliestStart, string latestStart, string earliestEnd, string latestEnd)
    {
        var result = EdtfPattern.Strict.Parse(text);

        Assert.That(result.Success, Is.True);
        Assert.That(result.Value.Bounds.EarliestStart, Is.EqualTo(TestHelper.Bound(earliestStart)));
        Assert.That(result.Value.Bounds.LatestStart, Is.EqualTo(TestHelper.Bound(latestStart)));
        Assert.That(result.Value.Bounds.EarliestEnd, Is.EqualTo(TestHelper.Bound(earliestEnd)));
        Assert.That(result.Value.Bounds.LatestEnd, Is.EqualTo(TestHelper.Bound(latestEnd)));
    }

    [Test]
    public void Bounds_LevelZeroOffsetWithoutMinutes_SameAsWithMinutes()
    {
        var value = EdtfValue.Parse("1985-04-12T23:20:30-04");

        Assert.That(value.Bounds, Is.EqualTo(EdtfValue.Parse("1985-04-12T23:20:30-04:00").Bounds));
        Assert.That(value.Bounds.EarliestStart.Instant, Is.EqualTo(TestHelper.Instant("1985-04-13T03:20:30Z")));
    }

    [TestCase("1985-04-12", EdtfPrecision.Day)]
    [TestCase("1985-04", EdtfPrecision.Month)]
    [TestCase("1985", EdtfPrecision.Year)]
    [TestCase("2001-21", EdtfPrecision.Season)]
    [TestCase("1985-04-12T23:20:30Z", EdtfPrecision.Second)]
    [TestCase("1985-04-12T23:20:30", EdtfPrecision.Second)]
    [TestCase("201X", EdtfPrecision.Year)]
    [TestCase("1985-04-XX", EdtfPrecision.Day)]
    [TestCase("1985-XX", EdtfPrecision.Month)]
    public void Date_Precision(string text, EdtfPrecision expected)
    {
        var value = EdtfValue.Parse(text);

        Assert.That(value.IsInterval, Is.False);
        Assert.That(value.Date!.Precision, Is.EqualTo(expected));
    }

    [Test]
    public void Date_Fields_LevelZeroAndOne()
    {
        var dateTime = EdtfValue.Parse("1985-04-12T23:20:30+04:30").Date!;
        Assert.That(dateTime.Year, Is.EqualTo(1985));
        Assert.That(dateTime.Month, Is.EqualTo(4));
        Assert.That(dateTime.Day, Is.EqualTo(12));
        Assert.That(dateTime.TimeOfDay, Is.EqualTo(new LocalTime(23, 20, 30)));
        Assert.That(dateTime.Offset, Is.EqualTo(Offset.FromHoursAndMinutes(4, 30)));
        Assert.That(dateTime.OffsetDateTime, Is.EqualTo(new LocalDateTime(1985, 4, 12, 23, 20, 30).WithOffset(Offset.FromHoursAndMinutes(4, 30))));

        var local = EdtfValue.Parse("1985-04-12T23:20:30").Date!;
        Assert.That(local.Offset, Is.Null);
        Assert.That(local.OffsetDateTime, Is.Null);
        Assert.That(local.LocalDateTime, Is.EqualTo(new LocalDateTime(1985, 4, 12, 23, 20, 30)));

        var season = EdtfValue.Parse("2001-24").Date!;
        Assert.That(season.Season, Is.EqualTo(EdtfSeason.Winter));
        Assert.That(season.Month, Is.Null);

        var unspecified = EdtfValue.Parse("201X").Date!;
        Assert.That(unspecified.Year, Is.EqualTo(2010));
        Assert.That(unspecified.UnspecifiedYearDigits, Is.EqualTo(1));
        Assert.That(unspecified.HasUnspecifiedDigits, Is.True);

        var negative = EdtfValue.Parse("-19XX").Date!;
        Assert.That(negative.Year, Is.EqualTo(-1900));
        Assert.That(negative.UnspecifiedYearDigits, Is.EqualTo(2));

        var month = EdtfValue.Parse("1985-XX-XX").Date!;
        Assert.That(month.IsUnspecified, Is.True);
        Assert.That(month.IsDayUnspecified, Is.True);
        Assert.That(month.Month, Is.Null);
        Assert.That(month.Day, Is.Null);
    }

    [TestCase("1984?", EdtfQualifier.Uncertain, true, false)]
    [TestCase("2004-06~", EdtfQualifier.Approximate, false, true)]
    [TestCase("2004-06-11%", EdtfQualifier.UncertainAndApproximate, true, true)]
    [TestCase("2004-06-11", EdtfQualifier.None, false, false)]
    public void Date_Qualifier(string text, EdtfQualifier qualifier, bool uncertain, bool approximate)
    {
        var date = EdtfValue.Parse(text).Date!;

        Assert.That(date.Qualifier, Is.EqualTo(qualifier));
        Assert.That(date.IsUncertain, Is.EqualTo(uncertain));
        Assert.That(date.IsApproximate, Is.EqualTo(approximate));
    }

    [TestCase("1984-06-02?/2004-08-08~", EdtfQualifier.Uncertain, EdtfQualifier.Approximate)]
    [TestCase("1984?/2004%", EdtfQualifier.Uncertain, EdtfQualifier.UncertainAndApproximate)]
    [TestCase("1984~/2004-06", EdtfQualifier.Approximate, EdtfQualifier.None)]
    public void Interval_EndQualifiers(string text, EdtfQualifier start, EdtfQualifier end)
    {
        var value = EdtfValue.Parse(text);

        Assert.That(value.IsInterval, Is.True);
        Assert.That(value.Date, Is.Null);
        Assert.That(value.Start.Date.Qualifier, Is.EqualTo(start));
        Assert.That(value.End.Date.Qualifier, Is.EqualTo(end));
    }

    [TestCase("1985/..", EdtfEndKind.Date, EdtfEndKind.Open, true)]
    [TestCase("../1985", EdtfEndKind.Open, EdtfEndKind.Date, false)]
    [TestCase("1985/", EdtfEndKind.Date, EdtfEndKind.Unknown, false)]
    [TestCase("/1985", EdtfEndKind.Unknown, EdtfEndKind.Date, false)]
    [TestCase("1964/2008", EdtfEndKind.Date, EdtfEndKind.Date, false)]
    public void Interval_EndKinds(string text, EdtfEndKind start, EdtfEndKind end, bool ongoing)
    {
        var value = EdtfValue.Parse(text);

        Assert.That(value.Start.Kind, Is.EqualTo(start));
        Assert.That(value.End.Kind, Is.EqualTo(end));
        Assert.That(value.HasOpenEnd, Is.EqualTo(ongoing));
    }

    [Test]
    public void ToInterval_DateTime_NamesOneSecond()
    {
        var value = EdtfValue.Parse("2022-02-24T04:00:00Z");

        Assert.That(value.ToInterval(DateTimeZone.Utc), Is.EqualTo(new Interval(TestHelper.Instant("2022-02-24T04:00:00Z"), TestHelper.Instant("2022-02-24T04:00:01Z"))));
        Assert.That(value.ToCertainInterval(DateTimeZone.Utc), Is.EqualTo(value.ToInterval(DateTimeZone.Utc)));
    }

    [Test]
    public void ToInterval_Month_PossibleExtentIsWholeMonthAndNothingIsCertain()
    {
        var value = EdtfValue.Parse("2022-02");

        Assert.That(value.ToInterval(DateTimeZone.Utc), Is.EqualTo(new Interval(TestHelper.Instant("2022-02-01T00:00:00Z"), TestHelper.Instant("2022-03-01T00:00:00Z"))));
        Assert.That(value.ToCertainInterval(DateTimeZone.Utc), Is.Null);
    }

    [Test]
    public void ToInterval_IntervalOfYears_CertainExtentBetweenLatestStartAndEarliestEnd()
    {
        var value = EdtfValue.Parse("1964/2008");

        Assert.That(value.ToInterval(DateTimeZone.Utc), Is.EqualTo(new Interval(TestHelper.Instant("1964-01-01T00:00:00Z"), TestHelper.Instant("2009-01-01T00:00:00Z"))));
        Assert.That(value.ToCertainInterval(DateTimeZone.Utc), Is.EqualTo(new Interval(TestHelper.Instant("1964-12-31T00:00:00Z"), TestHelper.Instant("2008-01-02T00:00:00Z"))));
    }

    [TestCase("1985/..", "1985-01-01T00:00:00Z", null)]
    [TestCase("../1985", null, "1986-01-01T00:00:00Z")]
    [TestCase("1985/", "1985-01-01T00:00:00Z", null)]
    [TestCase("/1985", null, "1986-01-01T00:00:00Z")]
    public void ToInterval_OpenOrUnknownEnd_HasNoSuchEnd(string text, string? start, string? end)
    {
        var interval = EdtfValue.Parse(text).ToInterval(DateTimeZone.Utc);

        Assert.That(interval.HasStart, Is.EqualTo(start is not null));
        Assert.That(interval.HasEnd, Is.EqualTo(end is not null));
        if (start is not null)
        {
            Assert.That(interval.Start, Is.EqualTo(TestHelper.Instant(start)));
        }

        if (end is not null)
        {
            Assert.That(interval.End, Is.EqualTo(TestHelper.Instant(end)));
        }
    }
}
