using NodaTime;
using NodaTime.Text;
using Timelines.Querying;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The oracle itself against the worked examples of docs/semantics.md, so that what the property tests hold the
/// library to is what the page says. Every expected point here is copied from the page's tables.
/// </summary>
public class SemanticsOracleTest
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;

    // Section 2's worked examples (UTC; a date stands for its start).
    [TestCase("2022-02", "2022-02-01", "2022-02-28", "2022-02-02", "2022-03-01")]
    [TestCase("2026-02-08/2026-02", "2026-02-08", "2026-02-08", "2026-02-09", "2026-03-01")]
    [TestCase("2022/2022-03-10", "2022-01-01", "2022-03-10", "2022-03-11", "2022-03-11")]
    [TestCase("/1985-04-12", "−∞+1", "1985-04-12", "1985-04-13", "1985-04-13")]
    [TestCase("2022-02-24/", "2022-02-24", "2022-02-24", "2022-02-25", "+∞−1")]
    [TestCase("../2022-03", "−∞", "−∞", "2022-03-02", "2022-04-01")]
    [TestCase("2022-02-24T04:00:00Z/2022-02", "2022-02-24T04:00:00Z", "2022-02-24T04:00:00Z", "2022-02-25", "2022-03-01")]
    // The granule table: seasons, X digits, a date-time's one second; qualifiers never change the points.
    [TestCase("2022-21", "2022-03-01", "2022-05-31", "2022-03-02", "2022-06-01")]
    [TestCase("2022-24", "2022-12-01", "2023-02-28", "2022-12-02", "2023-03-01")]
    [TestCase("201X", "2010-01-01", "2019-12-31", "2010-01-02", "2020-01-01")]
    [TestCase("2022-XX-XX", "2022-01-01", "2022-12-31", "2022-01-02", "2023-01-01")]
    [TestCase("2022-02-24T04:00:00Z", "2022-02-24T04:00:00Z", "2022-02-24T04:00:00Z", "2022-02-24T04:00:01Z", "2022-02-24T04:00:01Z")]
    [TestCase("2022-03?", "2022-03-01", "2022-03-31", "2022-03-02", "2022-04-01")]
    [TestCase("2022-02-24/..", "2022-02-24", "2022-02-24", "+∞", "+∞")]
    public void Points_AreThoseOfTheWorkedExamples(string text, string es, string ls, string ee, string le) =>
        Assert.That(SemanticsOracle.Points(EdtfValue.Parse(text), Utc, ongoingUntil: null), Is.EqualTo(new FourPoints(Tick(es), Tick(ls), Tick(ee), Tick(le))));

    // Section 4: 2022-03/.. as of 10 March 2022, and an ongoing event first seen after its as-of day.
    [TestCase("2022-03/..", "2022-03-10", "2022-03-01", "2022-03-10", "2022-03-11", "2022-03-11")]
    [TestCase("2022-05/..", "2022-03-10", "2022-05-01", "2022-05-01", "2022-05-02", "2022-05-02")]
    [TestCase("2022-03-10T12:00:00Z/..", "2022-03-10", "2022-03-10T12:00:00Z", "2022-03-10T12:00:00Z", "2022-03-11", "2022-03-11")]
    public void Points_OfAnOngoingEvent_EndAtTheEndOfTheAsOfDay(string text, string asOf, string es, string ls, string ee, string le)
    {
        var context = new TimeContext(Utc, LocalDatePattern.Iso.Parse(asOf).Value, OpenEnds.UntilAsOf);
        Assert.That(SemanticsOracle.Points(EdtfValue.Parse(text), Utc, context.OngoingUntil), Is.EqualTo(new FourPoints(Tick(es), Tick(ls), Tick(ee), Tick(le))));
    }

    [Test]
    public void Points_InAZone_StartAtItsMidnights()
    {
        // Minsk is three hours ahead of UTC: 24 February starts at 21:00 UTC the day before.
        var points = SemanticsOracle.Points(EdtfValue.Parse("2022-02-24"), SemanticsGenerators.Minsk, ongoingUntil: null);
        Assert.That(points, Is.EqualTo(FourPoints.Exact(Tick("2022-02-23T21:00:00Z"), Tick("2022-02-24T21:00:00Z"))));
    }

    [Test]
    public void Points_OfADayWhoseMidnightIsSkipped_StartAtTheChange()
    {
        // São Paulo went from 00:00 to 01:00 on 4 November 2018 (offset −3 to −2).
        var points = SemanticsOracle.Points(EdtfValue.Parse("2018-11-04"), SemanticsGenerators.SaoPaulo, ongoingUntil: null);
        Assert.That(points.EarliestStart, Is.EqualTo(Tick("2018-11-04T03:00:00Z")));
        Assert.That(points.LatestEnd, Is.EqualTo(Tick("2018-11-05T02:00:00Z")));
    }

    // Section 5, "Periods".
    [Test]
    public void Points_OfPeriods_FollowTheTable()
    {
        var context = new TimeContext(Utc, null, OpenEnds.UntilAsOf);
        var instant = InstantPattern.ExtendedIso.Parse("2022-02-10T12:00:00Z").Value;
        Assert.Multiple(() =>
        {
            Assert.That(SemanticsOracle.Points(PeriodSpec.ForInstant(instant), context), Is.EqualTo(FourPoints.Exact(Tick("2022-02-10T12:00:00Z"), Tick("2022-02-10T12:00:00Z") + 1)));
            Assert.That(SemanticsOracle.Points(PeriodSpec.ForInterval(null, instant), context), Is.EqualTo(FourPoints.Exact(long.MinValue, Tick("2022-02-10T12:00:00Z"))));
            Assert.That(SemanticsOracle.Points(PeriodSpec.ForInterval(instant, null), context), Is.EqualTo(FourPoints.Exact(Tick("2022-02-10T12:00:00Z"), long.MaxValue)));
            Assert.That(SemanticsOracle.Points(PeriodSpec.ForDates(new DateInterval(new(2022, 3, 1), new(2022, 3, 31))), context), Is.EqualTo(FourPoints.Exact(Tick("2022-03-01"), Tick("2022-04-01"))));
            Assert.That(SemanticsOracle.Points(PeriodSpec.ForCovering(EdtfValue.Parse("2022-03")), context), Is.EqualTo(FourPoints.Exact(Tick("2022-03-01"), Tick("2022-04-01"))));
            Assert.That(SemanticsOracle.Points(PeriodSpec.ForCovering(EdtfValue.Parse("2022/")), context), Is.EqualTo(new FourPoints(Tick("2022-01-01"), Tick("2022-01-01"), Tick("2022-01-02"), long.MaxValue - 1)));
            Assert.That(SemanticsOracle.Points(PeriodSpec.ForEdtf(EdtfValue.Parse("2022-03")), context), Is.EqualTo(new FourPoints(Tick("2022-03-01"), Tick("2022-03-31"), Tick("2022-03-02"), Tick("2022-04-01"))));
        });
    }

    [Test]
    public void Points_OfACoveringWithAnOpenEnd_EndAsAnOngoingEvent()
    {
        var asOf = new TimeContext(Utc, new LocalDate(2022, 3, 10), OpenEnds.UntilAsOf);
        var forever = asOf with { Ongoing = OpenEnds.Forever };
        var period = PeriodSpec.ForCovering(EdtfValue.Parse("2022-03/.."));
        Assert.That(SemanticsOracle.Points(period, asOf), Is.EqualTo(FourPoints.Exact(Tick("2022-03-01"), Tick("2022-03-11"))));
        Assert.That(SemanticsOracle.Points(period, forever), Is.EqualTo(FourPoints.Exact(Tick("2022-03-01"), long.MaxValue)));
    }

    // Section 5's example: 2022-02 is not possibly during the instant 10 February 12:00, though each comparison alone could hold.
    [Test]
    public void Answer_DuringAnInstant_IsNo([Values] bool bruteForce)
    {
        var month = SemanticsOracle.Points(EdtfValue.Parse("2022-02"), Utc, null);
        var instant = FourPoints.Exact(Tick("2022-02-10T12:00:00Z"), Tick("2022-02-10T12:00:00Z") + 1);
        Assert.That(QueryOracle.Answer(month, instant, Condition.Allen(AllenRelation.During), bruteForce), Is.EqualTo(TruthValue.No));
        Assert.That(QueryOracle.Answer(month, instant, Condition.Overlapping, bruteForce), Is.EqualTo(TruthValue.Maybe));
    }

    [Test]
    public void Answer_ForAnExactPair_IsYesForExactlyOneRelation([Values] bool bruteForce)
    {
        var a = FourPoints.Exact(10, 20);
        var b = FourPoints.Exact(20, 30);
        foreach (var relation in System.Enum.GetValues<AllenRelation>())
        {
            Assert.That(QueryOracle.Answer(a, b, Condition.Allen(relation), bruteForce), Is.EqualTo(relation == AllenRelation.Meets ? TruthValue.Yes : TruthValue.No), relation.ToString());
        }
    }

    /// <summary>Reads a tick: a day (its UTC midnight), an instant ending in Z, or one of the four ends of the time line.</summary>
    internal static long Tick(string text) => text switch
    {
        "−∞" => long.MinValue,
        "−∞+1" => long.MinValue + 1,
        "+∞−1" => long.MaxValue - 1,
        "+∞" => long.MaxValue,
        _ when text.EndsWith('Z') => InstantPattern.ExtendedIso.Parse(text).Value.ToUnixTimeTicks(),
        _ => LocalDatePattern.Iso.Parse(text).Value.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks(),
    };
}
