using System;
using System.IO;
using System.Linq;
using Belarus2022;
using NodaTime;
using NodaTime.Testing;
using Timelines.Serialization;

namespace Timelines.Samples.Tests;

// The tour's answers come from index queries; these tests check them against the EDTF algebra, which answers the
// same questions one value at a time by another code path, and against what the seed text says.
public class BelarusQuestionsTest
{
    private static readonly Timeline Dataset = TimelineJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "data", "belarus-2022.timeline.json"))
        .ToBuilder().SetAsOfToday(new FakeClock(Instant.FromUtc(2026, 11, 26, 12, 0))).Build();

    private static readonly BelarusQuestions Questions = new(Dataset);

    [Test]
    public void HappenedInMarch2022_MatchesTheAlgebraEventByEvent()
    {
        // A query period means its whole extent; as a value, 2022-03 would be "some day in March".
        var march = EdtfValue.Parse("2022-03-01/2022-03-31");

        var answer = Questions.HappenedIn(EdtfValue.Parse("2022-03"));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Possibly.Select(e => e.Id), Is.EquivalentTo(IdsWhere(e => e.When.Overlaps(march, Dataset.TimeZone) != TruthValue.No)));
            Assert.That(answer.Certainly.Select(e => e.Id), Is.EquivalentTo(IdsWhere(e => e.When.Overlaps(march, Dataset.TimeZone) == TruthValue.Yes)));
            Assert.That(answer.Possibly.Select(e => e.Id), Does.Not.Contain("drills-2022-02"), "the drills are dated February");
            Assert.That(answer.Certainly.Select(e => e.Id), Does.Contain("us-sanctions-2022-03"));
            Assert.That(answer.Certainly.Select(e => e.Id), Does.Not.Contain("x-rays-smuggled-out"), "'2022?' may lie in any month of the year");
        });
    }

    [Test]
    public void GoingOnOn15October2022_TroopsCertainlyTheJointGroupingOnlyPossibly()
    {
        var answer = Questions.GoingOnOn(new LocalDate(2022, 10, 15));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Certainly.Select(e => e.Id), Is.EqualTo(new[] { "russian-troops-remain" }));
            Assert.That(answer.Possibly.Select(e => e.Id), Does.Contain("joint-grouping-ordered"));
            Assert.That(answer.Possibly, Is.SupersetOf(answer.Certainly));
            Assert.That(answer.Possibly.Select(e => e.Id), Is.EquivalentTo(IdsWhere(e => e.When.Overlaps(EdtfValue.Parse("2022-10-15"), Dataset.TimeZone) != TruthValue.No)));
            Assert.That(answer.Certainly.Select(e => e.Id), Is.EquivalentTo(IdsWhere(e => e.When.Overlaps(EdtfValue.Parse("2022-10-15"), Dataset.TimeZone) == TruthValue.Yes)));
        });
    }

    [Test]
    public void NextAfterTheDrills_StartAfterTheDrillsEndedAndNoneIsSkipped()
    {
        var drillsEnd = Questions.Find("drills-2022-02").When.ToInterval(Dataset.TimeZone).End;

        var next = Questions.NextAfter("drills-2022-02", 5);

        var startingLater = Dataset.Events.Where(e => e.When.ToInterval(Dataset.TimeZone).Start >= drillsEnd).ToList();
        var lastStart = next[^1].When.ToInterval(Dataset.TimeZone).Start;
        Assert.Multiple(() =>
        {
            Assert.That(next, Has.Length.EqualTo(5));
            Assert.That(next, Is.SubsetOf(startingLater));
            Assert.That(startingLater.Except(next).Select(e => e.When.ToInterval(Dataset.TimeZone).Start), Has.All.GreaterThanOrEqualTo(lastStart));
        });
    }

    [Test]
    public void PerMonth_AgreesWithTheOverlapQueryForEveryMonth()
    {
        var rows = Questions.PerMonth(2022);

        Assert.That(rows, Has.Length.EqualTo(12));
        Assert.Multiple(() =>
        {
            foreach (var (month, possibly, certainly) in rows)
            {
                var answer = Questions.HappenedIn(EdtfValue.Parse($"2022-{month.Month:00}"));
                Assert.That(possibly, Is.EqualTo(answer.Possibly.Length), $"possibly in {month}");
                Assert.That(certainly, Is.EqualTo(answer.Certainly.Length), $"certainly in {month}");
            }
        });
    }

    [Test]
    public void DrillsAndTroopsStaying_NothingIsCertainTheDrillsMayPrecedeOrLieWithin()
    {
        var relations = Questions.Relation("drills-2022-02", "russian-troops-remain");

        Assert.Multiple(() =>
        {
            Assert.That(relations.Select(pair => pair.Value), Has.All.EqualTo(TruthValue.Maybe), "both are dated by month only");
            Assert.That(relations.Select(pair => pair.Key), Does.Contain(AllenRelation.Before).And.Contain(AllenRelation.During));
            Assert.That(relations.Select(pair => pair.Key), Does.Not.Contain(AllenRelation.After), "the troops stayed from February, the drills' own month, on");
        });
    }

    [Test]
    public void InvolvingAndAt_AreExactlyTheEventsNamingTheActorOrPlace()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Questions.Involving("European Union").Select(e => e.Id), Is.EquivalentTo(IdsWhere(e => e.Actors.Any(a => a.Name == "European Union"))).And.Not.Empty);
            Assert.That(Questions.At("Homiel").Select(e => e.Id), Is.EquivalentTo(IdsWhere(e => e.Places.Any(p => p.Name == "Homiel"))).And.Not.Empty);
        });
    }

    [Test]
    public void Find_UnknownId_NamesTheId()
    {
        Assert.That(() => Questions.Find("no-such-event"), Throws.ArgumentException.With.Message.Contains("no-such-event"));
    }

    private static string[] IdsWhere(Func<TimelineEvent, bool> predicate) => [.. Dataset.Events.Where(predicate).Select(e => e.Id)];
    [Test]
    public void RelationsImply_NarrowingsMatchTheSeedText()
    {
        var answer = Questions.RelationsImply();
        var zone = Dataset.TimeZone;
        LocalDate StartDay(string id) => answer.Chronology.DerivedBounds(id).EarliestStart!.Value.InZone(zone).Date;

        Assert.Multiple(() =>
        {
            // "In October 2022, Lukashenko ordered Belarusian troops to join Russian troops": the Russian troops were
            // still there, so the grouping cannot have come after they stopped remaining, as "follows" says.
            var contradiction = answer.Contradictions.Single();
            Assert.That(contradiction.EventIds, Is.EquivalentTo(new[] { "russian-troops-remain", "joint-grouping-ordered" }));
            Assert.That(contradiction.Message, Does.Contain("'joint-grouping-ordered' follows 'russian-troops-remain'"));
            Assert.That(answer.SetAside.Single().EventId, Is.EqualTo("joint-grouping-ordered"));
            Assert.That(answer.Chronology.IsConsistent, Is.True);

            // "In February 2022, Russia and Belarus held joint military drills ... Following this, Belarus changed its
            // status ... It allowed Russia's forces to use its military airbases": not before the drills could end.
            Assert.That(StartDay("neutral-status-abandoned"), Is.EqualTo(new LocalDate(2022, 2, 2)));
            Assert.That(StartDay("airbases-rail-road-used"), Is.EqualTo(new LocalDate(2022, 2, 2)));
            Assert.That(StartDay("russian-troops-remain"), Is.EqualTo(new LocalDate(2022, 2, 2)));

            // "X-rays of wounded Russian soldiers were smuggled out": after the treatment, which was in March 2022.
            Assert.That(Dataset["x-rays-smuggled-out"].When.ToString(), Is.EqualTo("2022?"), "the date stays as the source gives it");
            Assert.That(StartDay("x-rays-smuggled-out"), Is.EqualTo(new LocalDate(2022, 3, 2)));

            // Western sanctions answer the staging of the invasion, which began in February 2022 at the earliest.
            Assert.That(StartDay("western-sanctions"), Is.EqualTo(new LocalDate(2022, 2, 2)));

            Assert.That(answer.Narrowings, Is.Not.Empty);
            Assert.That(answer.Narrowings.All(n => n.Steps.Length >= 2 && n.Steps[0].IsDate), Is.True);
            var xrays = answer.Narrowings.Single(n => n.EventId == "x-rays-smuggled-out" && n.Bound == Timelines.Reasoning.EventBound.EarliestStart);
            Assert.That(xrays.Text, Does.Contain("'x-rays-smuggled-out' follows 'wounded-treated-in-homiel'"));
        });
    }
}
