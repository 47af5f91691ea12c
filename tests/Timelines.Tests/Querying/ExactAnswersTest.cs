using System.Linq;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Querying;

/// <summary>
/// One test per class of wrong answer found against an independent oracle (issue 13), each with the issue's own
/// example and the answer docs/semantics.md gives for it.
/// </summary>
public class ExactAnswersTest
{
    private static readonly DateTimeZone Minsk = DateTimeZoneProviders.Tzdb["Europe/Minsk"];

    private static Timeline Of(params string[] whens) => Of(DateTimeZone.Utc, null, whens);

    private static Timeline Of(DateTimeZone zone, LocalDate? asOf, params string[] whens) =>
        new TimelineBuilder("t", "T") { TimeZone = zone, AsOf = asOf }
            .Add([.. whens.Select((when, i) => new TimelineEvent($"e{i}", when, EdtfValue.Parse(when)))])
            .Build();

    private static string[] Ids(TimelineQuery query) => [.. query.ToImmutableArray().Select(e => e.Id)];

    private static Instant Utc(int year, int month, int day, int hour = 0) => Instant.FromUtc(year, month, day, hour, 0);

    [Test]
    public void Granules_AnEndNarrowedAgainstTheStartMovesByWholeDays()
    {
        // 2026-02-08/2026-02 ends at the earliest at the end of 8 February, so it certainly covers 12:00 that day.
        var timeline = Of("2026-02-08/2026-02");
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Query().At(Utc(2026, 2, 8, 12)).Certainly().Count(), Is.EqualTo(1));
            Assert.That(timeline.Events[0].When.ToCertainInterval(DateTimeZone.Utc), Is.EqualTo(new Interval(Utc(2026, 2, 8), Utc(2026, 2, 9))));
        });
    }

    [TestCase("2022/2022-03-10", 2022, 3, 10)]
    [TestCase("/1985-04-12", 1985, 4, 12)]
    public void Granules_AStartNarrowedAgainstTheEndCertainlyCoversTheLastDay(string when, int year, int month, int day)
    {
        var timeline = Of(when);
        var lastDay = new LocalDate(year, month, day);
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Query().On(lastDay).Certainly().Count(), Is.EqualTo(1));
            Assert.That(timeline.Query().At(Utc(year, month, day, 23)).Certainly().Count(), Is.EqualTo(1));
            Assert.That(
                timeline.Events[0].When.ToCertainInterval(DateTimeZone.Utc),
                Is.EqualTo(new Interval(Utc(year, month, day), Utc(year, month, day).Plus(Duration.FromDays(1)))));
        });
    }

    [Test]
    public void Joint_AMonthIsNotDuringAnInstant()
    {
        // During needs p < s and e < q = p + 1 tick, and s < e: no resolution does it, though each comparison could hold.
        var timeline = Of("2022-02");
        var instant = Utc(2022, 2, 10, 12);
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Query().Related(instant, AllenRelation.During).Count(), Is.Zero);
            Assert.That(timeline.Query().Related(instant, AllenRelation.Contains).Count(), Is.EqualTo(1));
            Assert.That(timeline.Is(timeline.Events[0], AllenRelation.During, instant), Is.EqualTo(TruthValue.No));
            Assert.That(timeline.Is(timeline.Events[0], AllenRelation.Finishes, instant), Is.EqualTo(TruthValue.No));
        });
    }

    [Test]
    public void Periods_AnOpenEndHonoursOngoingEnds()
    {
        // The period 2022-02/.. as of 31 March 2022 ends with that day, like any ongoing event.
        var timeline = Of(DateTimeZone.Utc, new LocalDate(2022, 3, 31), "2022-06", "2022-03-15");
        var since = EdtfValue.Parse("2022-02/..");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(timeline.Query().Overlapping(since)), Is.EqualTo(new[] { "e1" }));
            Assert.That(Ids(timeline.Query().Overlapping(since).WithOpenEnds(OpenEnds.Forever)), Is.EqualTo(new[] { "e1", "e0" }));
            Assert.That(Ids(timeline.Query().Within(QueryPeriod.Covering(since)).Certainly()), Is.EqualTo(new[] { "e1" }));
        });
    }

    [Test]
    public void Periods_AnUnknownEndStaysUnknown()
    {
        // 2022/ ended some time after it began: nothing lies certainly within it, not even with its whole start.
        var timeline = Of("2022-03", "2022-01-01", "2023");
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Query().Within(EdtfValue.Parse("2022/")).Certainly().Count(), Is.Zero);
            Assert.That(timeline.Query().Within(QueryPeriod.Covering(EdtfValue.Parse("2022/"))).Certainly().Count(), Is.EqualTo(1), "only 1 January lies within the first day");
            Assert.That(timeline.Query().Within(EdtfValue.Parse("2022/")).Count(), Is.EqualTo(3));
        });
    }

    [Test]
    public void NextAndPrevious_AgreeWithAfterAndBefore()
    {
        var timeline = Of("2022-02", "2022-02-20", "2022-02-27/2022-03-05", "2022-03", "2022-04");
        var drills = timeline["e0"];
        Assert.Multiple(() =>
        {
            Assert.That(Ids(timeline.Query().Next(drills, 5)), Is.EqualTo(Ids(timeline.Query().After(drills))));
            Assert.That(Ids(timeline.Query().Next(drills, 5)), Does.Not.Contain("e0"));
            Assert.That(Ids(timeline.Query().Next(drills, 5).Certainly()), Is.EqualTo(new[] { "e3", "e4" }));
            Assert.That(Ids(timeline.Query().Next(drills, 1).Certainly()), Is.EqualTo(new[] { "e3" }));
            Assert.That(Ids(timeline.Query().Previous(timeline["e4"], 2).Certainly()), Is.EqualTo(new[] { "e2", "e3" }));
            Assert.That(Ids(timeline.Query().Previous(timeline["e4"], 10)), Is.EqualTo(Ids(timeline.Query().Before(timeline["e4"]))));
        });
    }

    [Test]
    public void Aggregations_GapsAndCoverageAgreeAtTheEndsOfTime()
    {
        // An unknown end reaches the end of the axis: no sliver of a gap after it.
        var timeline = Of("2022-02-24/");
        var query = timeline.Query();
        Assert.Multiple(() =>
        {
            Assert.That(query.Coverage(), Is.EqualTo(new[] { new Interval(Utc(2022, 2, 24), null) }));
            Assert.That(query.Gaps(new Interval(Utc(2022, 1, 1), null)), Is.EqualTo(new[] { new Interval(Utc(2022, 1, 1), Utc(2022, 2, 24)) }));
        });
    }

    [Test]
    public void Aggregations_TouchingEventsAtThePeakAreOneStretch()
    {
        var timeline = Of("2022-03-01/2022-03-10", "2022-03-11/2022-03-20");
        var peak = timeline.Query().PeakConcurrency();
        Assert.Multiple(() =>
        {
            Assert.That(peak.Count, Is.EqualTo(1));
            Assert.That(peak.Period, Is.EqualTo(new Interval(Utc(2022, 3, 1), Utc(2022, 3, 21))));
            Assert.That(peak.Dates, Is.EqualTo(new DateInterval(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 20))));
        });
    }

    [Test]
    public void Aggregations_AreAlsoGivenAsDaysInTheTimelinesZone()
    {
        var timeline = Of(Minsk, null, "2022-01-01/2022-01-10", "2022-02");
        var query = timeline.Query();
        var january = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 1, 31));
        Assert.Multiple(() =>
        {
            Assert.That(query.Coverage()[0].Start, Is.EqualTo(Instant.FromUtc(2021, 12, 31, 21, 0)), "midnight in Minsk");
            Assert.That(query.CoverageDates(), Is.EqualTo(new[]
            {
                new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 1, 10)),
                new DateInterval(new LocalDate(2022, 2, 1), new LocalDate(2022, 2, 28)),
            }));
            Assert.That(query.GapDates(january), Is.EqualTo(new[] { new DateInterval(new LocalDate(2022, 1, 11), new LocalDate(2022, 1, 31)) }));
            Assert.That(() => Of("2022-02-24T04:00:00Z").Query().CoverageDates(), Throws.InvalidOperationException.With.Message.Contains("not whole days"));
        });
    }

    [Test]
    public void Zones_ATimelinesEventsAreComparedInItsZone()
    {
        // 2022-02-24T23:30:00Z is already 25 February in Minsk (UTC+3): the timeline and its query agree.
        var timeline = Of(Minsk, null, "2022-02-24T23:30:00Z");
        var late = timeline.Events[0];
        var day = EdtfValue.Parse("2022-02-24");
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Query().On(new LocalDate(2022, 2, 24)).Count(), Is.Zero);
            Assert.That(timeline.Is(late, AllenRelation.During, day), Is.EqualTo(TruthValue.No));
            Assert.That(timeline.Is(late, AllenRelation.During, EdtfValue.Parse("2022-02-25")), Is.EqualTo(TruthValue.Yes));
            Assert.That(late.When.Overlaps(day, Minsk), Is.EqualTo(TruthValue.No));
            Assert.That(() => late.When.Overlaps(day), Throws.InvalidOperationException, "no zone: the answer would depend on it");
        });
    }

    [Test]
    public void Relate_AnswersAllThirteenInTheTimelinesZoneAndAsOf()
    {
        var timeline = Of(DateTimeZone.Utc, new LocalDate(2022, 3, 31), "2022-02", "2022-02-24/..");
        var answers = timeline.Relate(timeline["e0"], timeline["e1"]);
        Assert.Multiple(() =>
        {
            Assert.That(answers, Has.Count.EqualTo(13));
            Assert.That(answers[AllenRelation.Overlaps], Is.EqualTo(TruthValue.Maybe));
            Assert.That(answers[AllenRelation.After], Is.EqualTo(TruthValue.No));
            Assert.That(answers[AllenRelation.Before], Is.EqualTo(TruthValue.Maybe));
            Assert.That(timeline.Is(timeline["e1"], AllenRelation.Meets, EdtfValue.Parse("2022-04-01")), Is.EqualTo(TruthValue.Yes), "it lasts to the end of 31 March");
        });
    }
}
