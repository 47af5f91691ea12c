using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Timelines.Querying;
using Timelines.Serialization;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The examples of issue 13, one test per class of wrong answer it names, with the expected answers worked out
/// from the numbers of docs/semantics.md (its tables and worked examples), not from the library's output.
/// </summary>
public class IssueExamplesTest
{
    private static readonly DateTimeZone Minsk = SemanticsGenerators.Minsk;

    // Class 1: points at the granule of each date, narrowing by whole granules.

    [Test]
    public void At_AnEventNarrowedToItsFirstDay_IsCertainAllThatDay()
    {
        // 2026-02-08/2026-02: LS = 8 Feb, EE = 9 Feb (section 2's table), so every tick of 8 February is certain.
        var timeline = Build(DateTimeZone.Utc, null, ("e", "2026-02-08/2026-02"));
        Assert.Multiple(() =>
        {
            Assert.That(Ids(timeline.Query().At(Instant("2026-02-08T12:00:00Z")).Certainly()), Is.EqualTo(new[] { "e" }));
            Assert.That(Ids(timeline.Query().At(Instant("2026-02-08T23:59:59.9999999Z")).Certainly()), Is.EqualTo(new[] { "e" }));
            Assert.That(Ids(timeline.Query().At(Instant("2026-02-09T00:00:00Z")).Certainly()), Is.Empty);
            Assert.That(Ids(timeline.Query().At(Instant("2026-02-09T00:00:00Z")).Possibly()), Is.EqualTo(new[] { "e" }));
            Assert.That(EdtfValue.Parse("2026-02-08/2026-02").Bounds.EarliestEnd, Is.EqualTo(EdtfBound.ForDate(new LocalDate(2026, 2, 8))));
            Assert.That(EdtfValue.Parse("2026-02-08/2026-02").ToCertainInterval(DateTimeZone.Utc), Is.EqualTo(new Interval(Instant("2026-02-08T00:00:00Z"), Instant("2026-02-09T00:00:00Z"))));
        });
    }

    [TestCase("2022/2022-03-10", "2022-03-10T00:00:00Z", "2022-03-11T00:00:00Z")]
    [TestCase("/1985-04-12", "1985-04-12T00:00:00Z", "1985-04-13T00:00:00Z")]
    public void CertainExtent_OfAnIntervalEndingInADay_IsThatWholeDay(string text, string from, string to)
    {
        var timeline = Build(DateTimeZone.Utc, null, ("e", text));
        var day = InstantPattern.ExtendedIso.Parse(from).Value.InUtc().Date;
        Assert.Multiple(() =>
        {
            Assert.That(EdtfValue.Parse(text).ToCertainInterval(DateTimeZone.Utc), Is.EqualTo(new Interval(Instant(from), Instant(to))));
            Assert.That(Ids(timeline.Query().Containing(new DateInterval(day, day)).Certainly()), Is.EqualTo(new[] { "e" }));
            Assert.That(Ids(timeline.Query().At(Instant(to) - Duration.FromTicks(1)).Certainly()), Is.EqualTo(new[] { "e" }));
        });
    }

    // Class 2: possibly and certainly jointly over all four points.

    [Test]
    public void Related_AMonthDuringAnInstant_IsNo()
    {
        // During needs p < s and e < q with q = p + 1 tick: impossible with s < e (section 5's example).
        var timeline = Build(DateTimeZone.Utc, null, ("month", "2022-02"));
        var instant = Instant("2022-02-10T12:00:00Z");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(timeline.Query().Related(instant, AllenRelation.During).Possibly()), Is.Empty);
            Assert.That(Ids(timeline.Query().Overlapping(instant).Possibly()), Is.EqualTo(new[] { "month" }));
            Assert.That(LibraryCalls.Is(timeline, timeline["month"], AllenRelation.During, PeriodSpec.ForInstant(instant)), Is.EqualTo(TruthValue.No));
        });
    }

    // Class 3: periods given as EDTF values and events, with open and unknown ends.

    [Test]
    public void Overlapping_AnEdtfPeriodWithAnOpenEnd_HonoursOngoingEnds()
    {
        // As of 10 March 2022 an open end stops at T = 11 March (section 4): April is after it, unless forever.
        var timeline = Build(DateTimeZone.Utc, new LocalDate(2022, 3, 10), ("march", "2022-03-05"), ("april", "2022-04-01"));
        var period = EdtfValue.Parse("2022-03-01/..");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(timeline.Query().Overlapping(period)), Is.EqualTo(new[] { "march" }));
            Assert.That(Ids(timeline.Query().Overlapping(period).WithOpenEnds(OpenEnds.Forever)), Is.EqualTo(new[] { "march", "april" }));
            Assert.That(Ids(LibraryCalls.Query(timeline, Spec(QueryKind.Overlapping, PeriodSpec.ForCovering(period), Certainty.Certainly, OpenEnds.UntilAsOf))), Is.EqualTo(new[] { "march" }));
            Assert.That(Ids(LibraryCalls.Query(timeline, Spec(QueryKind.Overlapping, PeriodSpec.ForCovering(period), Certainty.Certainly, OpenEnds.Forever))), Is.EqualTo(new[] { "march", "april" }));
        });
    }

    [Test]
    public void Within_APeriodWithAnUnknownEnd_IsNeverCertain()
    {
        // q lies anywhere in [2 March, +∞ − 1], so an event reaching past 2 March may end after the period does.
        var timeline = Build(DateTimeZone.Utc, null, ("days", "2022-03-01/2022-03-05"), ("day", "2022-03-10"), ("month", "2022-06"));
        foreach (var period in new[] { PeriodSpec.ForCovering(EdtfValue.Parse("2022-03-01/")), PeriodSpec.ForEdtf(EdtfValue.Parse("2022-03-01/")) })
        {
            Assert.That(Ids(LibraryCalls.Query(timeline, Spec(QueryKind.Within, period, Certainty.Certainly, OpenEnds.UntilAsOf))), Is.Empty, period.ToString());
            Assert.That(Ids(LibraryCalls.Query(timeline, Spec(QueryKind.Within, period, Certainty.Possibly, OpenEnds.UntilAsOf))), Is.EqualTo(new[] { "days", "day", "month" }), period.ToString());
        }
    }

    // Class 4: Next and Previous agree with After and Before, the event itself left out.

    [Test]
    public void Next_AfterTheDrills_LeavesThemOutAndAgreesWithAfter()
    {
        var timeline = TimelineJson.ReadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "sample-data", "belarus-2022.timeline.json"));
        var drills = PeriodSpec.ForEvent(timeline["drills-2022-02"]);
        foreach (var certainty in new[] { Certainty.Possibly, Certainty.Certainly })
        {
            var next = Ids(LibraryCalls.Query(timeline, Spec(QueryKind.Next, drills, certainty, OpenEnds.UntilAsOf, count: 5)));
            var after = Ids(LibraryCalls.Query(timeline, Spec(QueryKind.After, drills, certainty, OpenEnds.UntilAsOf) with { Take = 5 }));
            Assert.That(next, Is.EqualTo(after), certainty.ToString());
            Assert.That(next, Does.Not.Contain("drills-2022-02"), certainty.ToString());
        }

        // Certainly after February (Minsk): the events starting on 1 March or later; the March months tie on ES
        // and LE (1 March, 1 April), so they come by id.
        Assert.That(
            Ids(LibraryCalls.Query(timeline, Spec(QueryKind.Next, drills, Certainty.Certainly, OpenEnds.UntilAsOf, count: 5))),
            Is.EqualTo(new[] { "eu-sanctions", "homiel-blood-reserves-exhausted", "khoyniki-satellite-images", "missiles-towards-southwest-reported", "us-sanctions-2022-03" }));
    }

    [Test]
    public void Previous_BeforeAnEvent_IsTheLastResultsOfBefore()
    {
        var timeline = Build(DateTimeZone.Utc, null, ("a", "2022-01"), ("b", "2022-02-01/2022-02-10"), ("c", "2022-02-20"), ("x", "2022-03"), ("d", "2022-04"));
        var x = PeriodSpec.ForEvent(timeline["x"]);
        var before = Ids(LibraryCalls.Query(timeline, Spec(QueryKind.Before, x, Certainty.Possibly, OpenEnds.UntilAsOf)));
        Assert.That(before, Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(Ids(LibraryCalls.Query(timeline, Spec(QueryKind.Previous, x, Certainty.Possibly, OpenEnds.UntilAsOf, count: 2))), Is.EqualTo(new[] { "b", "c" }));
    }

    // Class 5: aggregations at the ends of time, and peaks.

    [Test]
    public void GapsAndCoverage_WithAnUnknownEnd_MeetAtTheEndOfTime()
    {
        // The unknown end reaches +∞ − 1, which is one end with +∞ (section 6): no sliver of a gap after it.
        var timeline = Build(DateTimeZone.Utc, null, ("e", "2022-02-24/"));
        var within = new Interval(Instant("2022-01-01T00:00:00Z"), null);
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Query().Coverage(), Is.EqualTo(new[] { new Interval(Instant("2022-02-24T00:00:00Z"), null) }));
            Assert.That(timeline.Query().Gaps(within), Is.EqualTo(new[] { new Interval(Instant("2022-01-01T00:00:00Z"), Instant("2022-02-24T00:00:00Z")) }));
        });
    }

    [Test]
    public void GapsAndCoverage_WithAnUnknownStart_MeetAtTheStartOfTime()
    {
        var timeline = Build(DateTimeZone.Utc, null, ("e", "/2022-02-24"));
        var within = new Interval(null, Instant("2023-01-01T00:00:00Z"));
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Query().Coverage(), Is.EqualTo(new[] { new Interval(null, Instant("2022-02-25T00:00:00Z")) }));
            Assert.That(timeline.Query().Gaps(within), Is.EqualTo(new[] { new Interval(Instant("2022-02-25T00:00:00Z"), Instant("2023-01-01T00:00:00Z")) }));
        });
    }

    [Test]
    public void PeakConcurrency_OfTwoTouchingEvents_IsOneStretch()
    {
        var timeline = Build(DateTimeZone.Utc, null, ("first", "2022-02-01/2022-02-10"), ("second", "2022-02-11/2022-02-20"));
        var peak = timeline.Query().PeakConcurrency();
        Assert.That(peak.Count, Is.EqualTo(1));
        Assert.That(peak.Period, Is.EqualTo(new Interval(Instant("2022-02-01T00:00:00Z"), Instant("2022-02-21T00:00:00Z"))));
    }

    [Test]
    public void Histogram_Certainly_CountsAMonthInItsMonthOnly()
    {
        var timeline = Build(DateTimeZone.Utc, null, ("march", "2022-03"));
        var buckets = timeline.Query().Certainly().Histogram(new DateInterval(new(2022, 2, 1), new(2022, 4, 30)), HistogramUnit.Month);
        Assert.That(buckets.Select(b => b.Count), Is.EqualTo(new[] { 0, 1, 0 }));
    }

    // Class 6: a question about events of a timeline uses its zone.

    [Test]
    public void Overlaps_InAMinskTimeline_AgreesWithOn()
    {
        // 22:30 UTC on 23 February is 01:30 on 24 February in Minsk (UTC+3).
        var timeline = Build(Minsk, null, ("night", "2022-02-23T22:30:00Z"), ("day", "2022-02-24"));
        var night = timeline["night"];
        var day = EdtfValue.Parse("2022-02-24");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(timeline.Query().On(new LocalDate(2022, 2, 24))), Is.EqualTo(new[] { "day", "night" }));
            Assert.That(night.When.Overlaps(day, Minsk), Is.EqualTo(TruthValue.Yes));
            Assert.That(night.When.Overlaps(day, DateTimeZone.Utc), Is.EqualTo(TruthValue.No));
            Assert.That(() => night.When.Overlaps(day), Throws.InvalidOperationException);
            Assert.That(LibraryCalls.Relate(timeline, night, timeline["day"])[AllenRelation.During], Is.EqualTo(TruthValue.Yes));
        });
    }

    [Test]
    public void ReadmeExamples_InAMinskTimeline_GiveTheDocumentedAnswers()
    {
        var timeline = Build(Minsk, null, ("drills", "2022-02"), ("troops-stay", "2022-02/.."));
        var (drills, stay) = (timeline["drills"], timeline["troops-stay"]);
        Assert.Multiple(() =>
        {
            Assert.That(drills.When.ToCertainInterval(Minsk), Is.Null);
            Assert.That(drills.When.Is(AllenRelation.Before, stay.When), Is.EqualTo(TruthValue.Maybe));
            Assert.That(stay.When.Overlaps(EdtfValue.Parse("2022-10-15")), Is.EqualTo(TruthValue.Yes));
            Assert.That(LibraryCalls.Relate(timeline, drills, stay)[AllenRelation.Before], Is.EqualTo(TruthValue.Maybe));
        });
    }

    private static Timeline Build(DateTimeZone zone, LocalDate? asOf, params (string Id, string When)[] events) =>
        new TimelineBuilder("t", "Issue 13") { TimeZone = zone, AsOf = asOf }
            .AddRange(events.Select(e => new TimelineEvent(e.Id, e.Id, EdtfValue.Parse(e.When))))
            .Build();

    private static QuerySpec Spec(QueryKind kind, PeriodSpec period, Certainty certainty, OpenEnds ongoing, int count = 0) =>
        new(kind, period, certainty, ongoing, Count: count);

    private static string[] Ids(TimelineQuery query) => [.. query.Select(e => e.Id)];

    private static Instant Instant(string text) => InstantPattern.ExtendedIso.Parse(text).Value;
}
