using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Timelines.Reasoning;

namespace Timelines.Tests.Reasoning;

/// <summary>
/// The chronology against a brute-force oracle written from docs/semantics.md, section 8, alone: small timelines
/// whose events have four points on a grid of a few ticks, every resolution of every event enumerated, the ones
/// that satisfy every relation and constraint kept, and their bounds taken.
/// </summary>
[TestFixture]
public sealed class ChronologyOracleTest
{
    private const int Cases = 12_000;
    private const int Grid = 6;

    private static readonly EventRelationKind[] Kinds =
    [
        EventRelationKind.Follows, EventRelationKind.PartOf, EventRelationKind.Causes, EventRelationKind.ResponseTo, new("related"),
    ];

    [Test]
    public void Chronology_AgreesWithOracle_OnRandomTimelines()
    {
        var random = new Random(20221);
        int consistent = 0, contradictory = 0;
        for (var c = 0; c < Cases; c++)
        {
            var (timeline, declared) = RandomCase(random);
            var chronology = Chronology.Infer(timeline, declared);
            var oracle = Oracle(timeline, declared, _ => true, _ => true);
            var context = $"case {c}: {Describe(timeline, declared)}";
            Assert.That(chronology.IsConsistent, Is.EqualTo(oracle is not null), context);
            if (oracle is null)
            {
                contradictory++;
                foreach (var contradiction in chronology.Contradictions)
                {
                    // The chain alone (its relations and constraints, with every event's dates) already conflicts.
                    var relations = contradiction.Steps.Where(s => s.Relation is not null).Select(s => (s.EventId, s.Relation!)).ToHashSet();
                    var constraints = contradiction.Steps.Where(s => s.Constraint is not null).Select(s => (s.EventId, s.Constraint!)).ToHashSet();
                    Assert.That(
                        Oracle(timeline, declared, r => relations.Contains(r), k => constraints.Contains(k)),
                        Is.Null,
                        $"{context}: the chain '{contradiction.Message}' is satisfiable alone");
                }

                continue;
            }

            consistent++;
            for (var i = 0; i < timeline.Count; i++)
            {
                Assert.That(chronology.Derived(i), Is.EqualTo(oracle[i]), $"{context}: event {i}");
            }
        }

        // Both outcomes are exercised in earnest.
        Assert.That(consistent, Is.GreaterThan(Cases / 5));
        Assert.That(contradictory, Is.GreaterThan(Cases / 10));
    }

    [Test]
    public void Explanations_RecomputeTheirBounds_OnRandomTimelines()
    {
        var random = new Random(7);
        for (var c = 0; c < 2000; c++)
        {
            var (timeline, declared) = RandomCase(random);
            var chronology = Chronology.Infer(timeline, declared);
            if (!chronology.IsConsistent)
            {
                continue;
            }

            foreach (var item in timeline.Events)
            {
                for (var bound = EventBound.EarliestStart; bound <= EventBound.LatestEnd; bound++)
                {
                    var explanation = chronology.Explain(item.Id, bound);
                    Assert.That(explanation.Steps[0].IsDate, Is.True);
                    Assert.That(explanation.IsNarrowed, Is.EqualTo(explanation.Derived != explanation.Declared), explanation.Text);

                    // The chain's relations and constraints alone, with every event's dates, imply the same bound.
                    var relations = explanation.Steps.Where(s => s.Relation is not null).Select(s => (s.EventId, s.Relation!)).ToHashSet();
                    var constraints = explanation.Steps.Where(s => s.Constraint is not null).Select(s => (s.EventId, s.Constraint!)).ToHashSet();
                    var alone = Oracle(timeline, declared, r => relations.Contains(r), k => constraints.Contains(k))!;
                    var i = timeline.IndexOf(item.Id);
                    Assert.That(Point(alone[i], bound), Is.EqualTo(Point(chronology.Derived(i), bound)), $"case {c}: {explanation.Text}");
                }
            }
        }
    }

    private static long Point(AxisBounds b, EventBound bound) => bound switch
    {
        EventBound.EarliestStart => b.EarliestStart,
        EventBound.LatestStart => b.LatestStart,
        EventBound.EarliestEnd => b.EarliestEnd,
        _ => b.LatestEnd,
    };

    private static (Timeline Timeline, AxisBounds[] Declared) RandomCase(Random random)
    {
        var n = random.Next(1, 5);
        var declared = new AxisBounds[n];
        var events = new TimelineEvent[n];
        for (var i = 0; i < n; i++)
        {
            declared[i] = RandomBounds(random);
            events[i] = new TimelineEvent($"e{i}", $"Event {i}", EdtfValue.Parse("2022"));
        }

        var links = random.Next(0, n + 2);
        for (var l = 0; l < links; l++)
        {
            var i = random.Next(n);
            if (random.Next(3) > 0 && n > 1)
            {
                var k = (i + random.Next(1, n)) % n;
                events[i] = events[i].AddRelation(Kinds[random.Next(Kinds.Length)], $"e{k}");
            }
            else
            {
                var self = n == 1 || random.Next(4) == 0;
                var point = (EventPoint)random.Next(2);
                var target = self ? (point == EventPoint.Start ? EventPoint.End : EventPoint.Start) : (EventPoint)random.Next(2);
                var (least, most) = RandomGaps(random);
                var k = self ? -1 : (i + random.Next(1, n)) % n;
                events[i] = events[i].AddConstraint(new EventConstraint(point, self ? null : $"e{k}", target, least, most));
            }
        }

        return (Timeline.Create("t", "T", events), declared);
    }

    private static AxisBounds RandomBounds(Random random)
    {
        while (true)
        {
            int es = random.Next(Grid), ls = random.Next(es, Grid), ee = random.Next(es + 1, Grid + 1), le = random.Next(Math.Max(ee, ls + 1), Grid + 1);
            if (ee <= le && ls < le)
            {
                return new AxisBounds(es, ls, ee, le);
            }
        }
    }

    private static (Period? Least, Period? Most) RandomGaps(Random random)
    {
        Period? least = null, most = null;
        var which = random.Next(3);
        if (which != 1)
        {
            least = Period.FromTicks(random.Next(-3, 4));
        }

        if (which != 0)
        {
            most = Period.FromTicks(random.Next(-3, 4));
        }

        return (least, most);
    }

    /// <summary>
    /// Every resolution of every event on the grid (s in [ES, LS], e in [EE, LE], s &lt; e), kept when it satisfies
    /// the relations and constraints chosen; null when none does, else each event's bounds over the kept ones.
    /// </summary>
    private static AxisBounds[]? Oracle(Timeline timeline, AxisBounds[] declared, Func<(string, EventRelation), bool> useRelation, Func<(string, EventConstraint), bool> useConstraint)
    {
        var n = timeline.Count;
        var index = timeline.Events.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var checks = new List<(int Last, Func<long[], long[], bool> Holds)>();
        for (var i = 0; i < n; i++)
        {
            var item = timeline.Events[i];
            foreach (var relation in item.Relations.Where(r => useRelation((item.Id, r))))
            {
                int a = i, b = index[relation.TargetId];
                Func<long[], long[], bool>? holds = relation.Kind.Name switch
                {
                    "follows" => (s, e) => s[a] >= e[b],
                    "part-of" => (s, e) => s[a] >= s[b] && e[a] <= e[b],
                    "causes" => (s, e) => s[b] >= s[a],
                    "response-to" => (s, e) => s[a] >= s[b],
                    _ => null,
                };
                if (holds is not null)
                {
                    checks.Add((Math.Max(a, b), holds));
                }
            }

            foreach (var constraint in item.Constraints.Where(k => useConstraint((item.Id, k))))
            {
                int a = i, b = constraint.TargetId is null ? i : index[constraint.TargetId];
                var p = constraint.Point;
                var q = constraint.TargetPoint;
                long? least = constraint.MinimumGap?.Ticks, most = constraint.MaximumGap?.Ticks;
                checks.Add((Math.Max(a, b), (s, e) =>
                {
                    var gap = (p == EventPoint.Start ? s[a] : e[a]) - (q == EventPoint.Start ? s[b] : e[b]);
                    return (least is null || gap >= least) && (most is null || gap <= most);
                }));
            }
        }

        var starts = new long[n];
        var ends = new long[n];
        var result = new long[n, 4];
        var found = false;
        void Assign(int i)
        {
            if (i == n)
            {
                for (var k = 0; k < n; k++)
                {
                    result[k, 0] = found ? Math.Min(result[k, 0], starts[k]) : starts[k];
                    result[k, 1] = found ? Math.Max(result[k, 1], starts[k]) : starts[k];
                    result[k, 2] = found ? Math.Min(result[k, 2], ends[k]) : ends[k];
                    result[k, 3] = found ? Math.Max(result[k, 3], ends[k]) : ends[k];
                }

                found = true;
                return;
            }

            var b = declared[i];
            for (var s = b.EarliestStart; s <= b.LatestStart; s++)
            {
                for (var e = Math.Max(b.EarliestEnd, s + 1); e <= b.LatestEnd; e++)
                {
                    starts[i] = s;
                    ends[i] = e;
                    if (checks.All(c => c.Last != i || c.Holds(starts, ends)))
                    {
                        Assign(i + 1);
                    }
                }
            }
        }

        Assign(0);
        return found ? Enumerable.Range(0, n).Select(k => new AxisBounds(result[k, 0], result[k, 1], result[k, 2], result[k, 3])).ToArray() : null;
    }

    private static string Describe(Timeline timeline, AxisBounds[] declared) =>
        string.Join(
            " | ",
            timeline.Events.Select((e, i) => $"{e.Id} {declared[i]} rel [{string.Join(", ", e.Relations)}] con [{string.Join(", ", e.Constraints)}]"));
}
