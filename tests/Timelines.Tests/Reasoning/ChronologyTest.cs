using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Timelines.Querying;
using Timelines.Reasoning;
using Timelines.Serialization;

namespace Timelines.Tests.Reasoning;

/// <summary>The meaning of each relation kind and each form of constraint (docs/semantics.md, section 8), on dates, in UTC.</summary>
[TestFixture]
public sealed class ChronologyTest
{
    private static readonly EdtfValue Year = EdtfValue.Parse("2022");

    public static IEnumerable<TestCaseData> RelationKinds()
    {
        // event 'a' (first date) relates to 'b' (second date); the bound of an event expected after inference.
        yield return Case("follows", "2022", "2022-03-10", "a", EventBound.EarliestStart, "2022-03-11T00:00:00Z");
        yield return Case("follows", "2022-03-10/2022-03-20", "2022", "b", EventBound.LatestEnd, "2022-03-10T00:00:00Z");
        yield return Case("part-of", "2022", "2022-03/2022-05", "a", EventBound.EarliestStart, "2022-03-01T00:00:00Z");
        yield return Case("part-of", "2022", "2022-03/2022-05", "a", EventBound.LatestEnd, "2022-06-01T00:00:00Z");
        yield return Case("part-of", "2022-04-10", "2022", "b", EventBound.LatestStart, "2022-04-10T00:00:00Z");
        yield return Case("part-of", "2022-04-10", "2022", "b", EventBound.EarliestEnd, "2022-04-11T00:00:00Z");
        yield return Case("causes", "2022-03", "2022", "b", EventBound.EarliestStart, "2022-03-01T00:00:00Z");
        yield return Case("causes", "2022", "2022-03-10", "a", EventBound.LatestStart, "2022-03-10T00:00:00Z");
        yield return Case("response-to", "2022", "2022-03", "a", EventBound.EarliestStart, "2022-03-01T00:00:00Z");
        yield return Case("response-to", "2022-03-10", "2022", "b", EventBound.LatestStart, "2022-03-10T00:00:00Z");
    }

    public static IEnumerable<TestCaseData> ConstraintForms()
    {
        // 'a' holds the constraint; 'b' is dated 2022-03-10 unless the constraint is of 'a' against itself.
        yield return Form("at least 2 days after b ends", new EventConstraint(EventPoint.Start, "b", EventPoint.End, Period.FromDays(2), null), "2022", EventBound.EarliestStart, "2022-03-13T00:00:00Z");
        yield return Form("at most 5 days after b ends", new EventConstraint(EventPoint.Start, "b", EventPoint.End, null, Period.FromDays(5)), "2022", EventBound.LatestStart, "2022-03-16T00:00:00Z");
        yield return Form("ends at least 1 day before b starts", new EventConstraint(EventPoint.End, "b", EventPoint.Start, null, Period.FromDays(-1)), "2022", EventBound.LatestEnd, "2022-03-09T00:00:00Z");
        yield return Form("starts within 3 months of b starting, early side", new EventConstraint(EventPoint.Start, "b", EventPoint.Start, Period.FromMonths(-3), Period.FromMonths(3)), "2021/2022", EventBound.EarliestStart, "2021-12-07T00:00:00Z");
        yield return Form("starts within 3 months of b starting, late side", new EventConstraint(EventPoint.Start, "b", EventPoint.Start, Period.FromMonths(-3), Period.FromMonths(3)), "2022", EventBound.LatestStart, "2022-06-11T00:00:00Z");
        yield return Form("at least 1 month after b ends counts 28 days", new EventConstraint(EventPoint.Start, "b", EventPoint.End, Period.FromMonths(1), null), "2022", EventBound.EarliestStart, "2022-04-08T00:00:00Z");
        yield return Form("at least 1 year after b ends counts 365 days", new EventConstraint(EventPoint.Start, "b", EventPoint.End, Period.FromYears(1), null), "/2024", EventBound.EarliestStart, "2023-03-11T00:00:00Z");
        yield return Form("lasts at most a week", EventConstraint.Duration(null, Period.FromWeeks(1)), "2022-03-10/2022", EventBound.LatestEnd, "2022-03-17T00:00:00Z");
        yield return Form("lasts at least 12 hours", EventConstraint.Duration(Period.FromHours(12), null), "2022-03-10T20:00:00Z/2022", EventBound.EarliestEnd, "2022-03-11T08:00:00Z");
        yield return Form("lasts at least a month counts 28 days", EventConstraint.Duration(Period.FromMonths(1), null), "2022-03/2022", EventBound.EarliestEnd, "2022-03-29T00:00:00Z");
    }

    [TestCaseSource(nameof(RelationKinds))]
    public void Relation_NarrowsAsDocumented(string kind, string a, string b, string eventId, EventBound bound, string expected)
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", EdtfValue.Parse(a)).AddRelation(new EventRelationKind(kind), "b"),
            new TimelineEvent("b", "B", EdtfValue.Parse(b)),
        ]);
        Assert.That(timeline.Chronology.IsConsistent, Is.True);
        Assert.That(Pick(timeline.Chronology.DerivedBounds(eventId), bound), Is.EqualTo(TestHelper.Instant(expected)));
        Assert.That(timeline.Chronology.Explain(eventId, bound).IsNarrowed, Is.True);
    }

    [Test]
    public void RelationOfUsersOwnKind_ImposesNothing()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", Year).AddRelation(new EventRelationKind("related"), "b"),
            new TimelineEvent("b", "B", EdtfValue.Parse("2022-03-10")),
        ]);
        Assert.That(timeline.Chronology.Narrowings(), Is.Empty);
        Assert.That(timeline.Chronology.DerivedBounds("a"), Is.EqualTo(timeline.Chronology.DeclaredBounds("a")));
    }

    [TestCaseSource(nameof(ConstraintForms))]
    public void Constraint_NarrowsAsDocumented(EventConstraint constraint, string a, EventBound bound, string expected)
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", EdtfValue.Parse(a)).AddConstraint(constraint),
            new TimelineEvent("b", "B", EdtfValue.Parse("2022-03-10")),
        ]);
        Assert.That(timeline.Chronology.IsConsistent, Is.True);
        Assert.That(Pick(timeline.Chronology.DerivedBounds("a"), bound), Is.EqualTo(TestHelper.Instant(expected)));
    }

    [Test]
    public void DerivedBounds_NeverWiden_AndTheDateStaysAsTheSourceSaid()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", EdtfValue.Parse("2022-03")).AddRelation(EventRelationKind.Follows, "b"),
            new TimelineEvent("b", "B", EdtfValue.Parse("2021")),
        ]);
        Assert.That(timeline.Chronology.DerivedBounds("a"), Is.EqualTo(timeline.Chronology.DeclaredBounds("a")));
        Assert.That(timeline["a"].When.ToString(), Is.EqualTo("2022-03"));
    }

    [Test]
    public void Contradiction_IsReportedInWords_WithTheChain()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("A", "A", EdtfValue.Parse("2022-03-10")),
            new TimelineEvent("B", "B", EdtfValue.Parse("/2022-03-01")).AddRelation(EventRelationKind.Follows, "A"),
            new TimelineEvent("C", "C", EdtfValue.Parse("2022")).AddRelation(EventRelationKind.Follows, "A"),
        ]);
        var chronology = timeline.Chronology;
        Assert.That(chronology.IsConsistent, Is.False);
        var contradiction = chronology.Contradictions.Single();
        Assert.That(contradiction.EventIds, Is.EquivalentTo(new[] { "A", "B" }));
        Assert.That(
            contradiction.Message,
            Is.EqualTo("'A' ends no earlier than 2022-03-10 (dated 2022-03-10); but 'B' starts no later than 2022-03-01 (dated /2022-03-01); 'B' follows 'A', so 'A' ends by 2022-02-28."));

        // The group of connected events keeps its declared bounds: nothing is derived from a contradiction.
        Assert.That(chronology.IsContradicted("C"), Is.True);
        Assert.That(chronology.DerivedBounds("C"), Is.EqualTo(chronology.DeclaredBounds("C")));
    }

    [Test]
    public void Contradiction_InUnrelatedGroup_LeavesOtherGroupsInferred()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("A", "A", EdtfValue.Parse("2022-03-10")),
            new TimelineEvent("B", "B", EdtfValue.Parse("2022-03-01")).AddRelation(EventRelationKind.Follows, "A"),
            new TimelineEvent("X", "X", EdtfValue.Parse("2022-05-01")),
            new TimelineEvent("Y", "Y", Year).AddRelation(EventRelationKind.Follows, "X"),
        ]);
        Assert.That(timeline.Chronology.Contradictions, Has.Length.EqualTo(1));
        Assert.That(timeline.Chronology.IsContradicted("Y"), Is.False);
        Assert.That(timeline.Chronology.DerivedBounds("Y").EarliestStart, Is.EqualTo(TestHelper.Instant("2022-05-02T00:00:00Z")));
    }

    [Test]
    public void CycleOfRelations_IsAContradictionWhateverTheDates()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("A", "A", Year).AddRelation(EventRelationKind.Follows, "B"),
            new TimelineEvent("B", "B", Year).AddRelation(EventRelationKind.Follows, "A"),
        ]);
        var contradiction = timeline.Chronology.Contradictions.Single();
        Assert.That(contradiction.Message, Does.StartWith("These relations and constraints cannot all hold, whatever the dates:"));
        Assert.That(contradiction.Steps.Count(s => s.Relation is not null), Is.EqualTo(2));
    }

    [Test]
    public void Contradiction_ChainIsIrreducible()
    {
        // A long chain of "follows" from a late event back to an early one: the chain is the whole loop, and
        // dropping any one relation lets the rest hold.
        var events = new List<TimelineEvent> { new("e0", "E0", EdtfValue.Parse("2022-03")) };
        for (var i = 1; i < 6; i++)
        {
            events.Add(new TimelineEvent($"e{i}", $"E{i}", Year).AddRelation(EventRelationKind.Follows, $"e{i - 1}"));
        }

        events.Add(new TimelineEvent("early", "Early", EdtfValue.Parse("2022-02")).AddRelation(EventRelationKind.Follows, "e5"));
        var timeline = Timeline.Create("t", "T", events);
        var contradiction = timeline.Chronology.Contradictions.Single();
        var relations = contradiction.Steps.Where(s => s.Relation is not null).ToList();
        Assert.That(relations, Has.Count.EqualTo(6));
        foreach (var dropped in relations)
        {
            var without = timeline.WithEvent(timeline[dropped.EventId].WithRelations(timeline[dropped.EventId].Relations.Remove(dropped.Relation!)));
            Assert.That(without.Chronology.IsConsistent, Is.True, $"without {dropped.Text}");
        }
    }

    [Test]
    public void Explain_GivesThePath()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", EdtfValue.Parse("2022-03-10")),
            new TimelineEvent("b", "B", Year).AddRelation(EventRelationKind.Follows, "a"),
            new TimelineEvent("c", "C", Year).AddRelation(EventRelationKind.PartOf, "b"),
        ]);
        var explanation = timeline.Chronology.Explain("c", EventBound.EarliestStart);
        Assert.That(explanation.Steps.Select(s => s.EventId), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(explanation.Steps[1].Relation, Is.EqualTo(new EventRelation(EventRelationKind.Follows, "a")));
        Assert.That(explanation.Steps[2].Field, Is.EqualTo("relations[0]"));
        Assert.That(
            explanation.Text,
            Is.EqualTo("'c' starts no earlier than 2022-03-11: 'a' ends no earlier than 2022-03-10 (dated 2022-03-10); 'b' follows 'a', so 'b' starts no earlier than 2022-03-11; 'c' is part of 'b', so 'c' starts no earlier than 2022-03-11."));
        Assert.That(explanation.Declared, Is.EqualTo(TestHelper.Instant("2022-01-01T00:00:00Z")));
        Assert.That(explanation.Derived, Is.EqualTo(TestHelper.Instant("2022-03-11T00:00:00Z")));
        Assert.That(timeline.Chronology.Narrowings().Select(n => (n.EventId, n.Bound)), Does.Contain(("c", EventBound.EarliestStart)));
    }

    [Test]
    public void Query_OnDerivedBounds_SeesTheNarrowing()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", EdtfValue.Parse("2022-03-10")),
            new TimelineEvent("b", "B", Year).AddRelation(EventRelationKind.Follows, "a"),
        ]);
        var february = new DateInterval(new LocalDate(2022, 2, 1), new LocalDate(2022, 2, 28));
        Assert.That(timeline.Query().Overlapping(february).Select(e => e.Id), Is.EqualTo(new[] { "b" }));
        Assert.That(timeline.Query().Overlapping(february).OnDerivedBounds(), Is.Empty);
        Assert.That(timeline.Query().OnDerivedBounds().Bounds, Is.EqualTo(BoundsSource.Derived));
        Assert.That(timeline.Query().OnDerivedBounds().OnDeclaredBounds().Overlapping(february).Count(), Is.EqualTo(1));
        Assert.That(timeline.Query().On(BoundsSource.Derived).After(EdtfValue.Parse("2022-03-10")).Certainly().Select(e => e.Id), Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public void Validation_ReportsContradictions_OnlyOnRequest()
    {
        var builder = new TimelineBuilder("t", "T")
            .Add(new TimelineEvent("A", "A", EdtfValue.Parse("2022-03-10")))
            .Add(new TimelineEvent("B", "B", EdtfValue.Parse("2022-03-01")).AddRelation(EventRelationKind.Follows, "A"));
        Assert.That(builder.Validate(), Is.Empty);
        Assert.That(builder.Build().Chronology.IsConsistent, Is.False);
        var problem = builder.Validate(TimelineChecks.Chronology).Single();
        Assert.That(problem.EventId, Is.EqualTo("B"));
        Assert.That(problem.Field, Is.EqualTo("relations[0]"));
        Assert.That(problem.Message, Does.Contain("'B' follows 'A'"));
        Assert.Throws<TimelineValidationException>(() => builder.Build(TimelineChecks.Chronology));
    }

    [Test]
    public void Json_ContradictoryTimeline_StillLoads()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("A", "A", EdtfValue.Parse("2022-03-10")),
            new TimelineEvent("B", "B", EdtfValue.Parse("2022-03-01")).AddRelation(EventRelationKind.Follows, "A"),
        ]);
        var read = TimelineJson.Parse(TimelineJson.ToJson(timeline));
        Assert.That(read.Chronology.Contradictions, Has.Length.EqualTo(1));
    }

    [Test]
    public void Json_Constraints_RoundTrip()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", Year)
                .AddConstraint(new EventConstraint(EventPoint.Start, "b", EventPoint.End, Period.FromDays(2), Period.FromMonths(3)))
                .AddConstraint(EventConstraint.Duration(null, Period.FromWeeks(1)))
                .AddConstraint(new EventConstraint(EventPoint.End, "b", EventPoint.Start, Period.FromDays(-3), null)),
            new TimelineEvent("b", "B", EdtfValue.Parse("2022-03-10")),
        ]);
        var json = TimelineJson.ToJson(timeline);
        Assert.That(json, Does.Contain("""
            "constraints":[{"point":"start","targetId":"b","targetPoint":"end","minimumGap":"P2D","maximumGap":"P3M"},{"point":"end","targetPoint":"start","maximumGap":"P1W"},{"point":"end","targetId":"b","targetPoint":"start","minimumGap":"P-3D"}]
            """));
        var read = TimelineJson.Parse(json);
        Assert.That(read, Is.EqualTo(timeline));
        Assert.That(read.Chronology.DerivedBounds("a"), Is.EqualTo(timeline.Chronology.DerivedBounds("a")));
    }

    [Test]
    public void WithoutEvent_RefusesToRemoveAConstraintTarget()
    {
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", Year).AddConstraint(new EventConstraint(EventPoint.Start, "b", EventPoint.End, Period.FromDays(2), null)),
            new TimelineEvent("b", "B", Year),
        ]);
        var exception = Assert.Throws<TimelineValidationException>(() => timeline.WithoutEvent("b"));
        Assert.That(exception!.Problems.Single().Field, Is.EqualTo("constraints[0].targetId"));
    }

    [Test]
    public void Constraint_RefusesWhatCannotBeAGap()
    {
        Assert.Throws<System.ArgumentException>(() => new EventConstraint(EventPoint.Start, "b", EventPoint.End, null, null));
        Assert.Throws<System.ArgumentException>(() => new EventConstraint(EventPoint.Start, null, EventPoint.Start, Period.FromDays(1), null));
        Assert.Throws<System.ArgumentException>(() => new EventConstraint(EventPoint.Start, "b", EventPoint.End, Period.FromMonths(1) - Period.FromDays(1), null));
    }

    [Test]
    public void LongChain_IsPropagatedToTheEnd_WithoutRecursion()
    {
        // 100,000 events of 2022, each following the one before, the first dated 10 March: every later one starts
        // no earlier than the end of that day plus its place in the chain, one tick per link (each ends after it
        // starts, and the next starts no earlier than that end).
        const int n = 100_000;
        var events = new TimelineEvent[n];
        events[0] = new TimelineEvent("e0", "E", EdtfValue.Parse("2022-03-10"));
        for (var i = 1; i < n; i++)
        {
            events[i] = new TimelineEvent($"e{i}", "E", Year).AddRelation(EventRelationKind.Follows, $"e{i - 1}");
        }

        var chronology = Timeline.Create("t", "T", events).Chronology;
        Assert.That(chronology.IsConsistent, Is.True);
        var expected = TestHelper.Instant("2022-03-11T00:00:00Z") + Duration.FromTicks(n - 2);
        Assert.That(chronology.DerivedBounds($"e{n - 1}").EarliestStart, Is.EqualTo(expected));
        Assert.That(chronology.Explain($"e{n - 1}", EventBound.EarliestStart).Steps, Has.Length.EqualTo((2 * (n - 1)) - 1 + 1));
    }

    [Test]
    public void Chronology_IsInferredOncePerSnapshot()
    {
        var timeline = Timeline.Create("t", "T", [new TimelineEvent("a", "A", Year)]);
        var first = timeline.Chronology;
        Assert.That(timeline.Chronology, Is.SameAs(first));
        Assert.That(timeline.WithTitle("U").Chronology, Is.Not.SameAs(timeline.Chronology));
    }

    [Test]
    public void OngoingEvent_EndsAtTheAsOfDay_ForInference()
    {
        // An ongoing event is going on at the as-of day, so whatever follows it starts after that day.
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", EdtfValue.Parse("2022-02/..")),
            new TimelineEvent("b", "B", EdtfValue.Parse("/2030")).AddRelation(EventRelationKind.Follows, "a"),
        ]).WithAsOf(new LocalDate(2024, 5, 1));
        Assert.That(timeline.Chronology.DerivedBounds("b").EarliestStart, Is.EqualTo(TestHelper.Instant("2024-05-02T00:00:00Z")));
        var year2023 = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
        Assert.That(timeline.Query().Overlapping(year2023).Select(e => e.Id), Is.EquivalentTo(new[] { "a", "b" }));
        Assert.That(timeline.Query().OnDerivedBounds().Overlapping(year2023).Select(e => e.Id), Is.EqualTo(new[] { "a" }));
    }

    private static TestCaseData Case(string kind, string a, string b, string eventId, EventBound bound, string expected) =>
        new TestCaseData(kind, a, b, eventId, bound, expected).SetName($"Relation_{kind}_{eventId}_{bound}");

    private static TestCaseData Form(string name, EventConstraint constraint, string a, EventBound bound, string expected) =>
        new TestCaseData(constraint, a, bound, expected).SetName($"Constraint_{name.Replace(' ', '_')}");

    private static Instant? Pick(EventTimeBounds b, EventBound bound) => bound switch
    {
        EventBound.EarliestStart => b.EarliestStart,
        EventBound.LatestStart => b.LatestStart,
        EventBound.EarliestEnd => b.EarliestEnd,
        _ => b.LatestEnd,
    };
}
