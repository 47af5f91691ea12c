using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Timelines.Querying;

namespace Timelines.Tests.Querying;

/// <summary>
/// The batch queries (<see cref="TimelineQuery.CountEach"/>, <see cref="TimelineQuery.ForEach"/>) and the overlap
/// join (<see cref="TimelineJoin.Overlapping"/>) against loops of single queries on random timelines, which mix
/// imprecise, ongoing, open-ended and unknown-ended events, zones and as-of days.
/// </summary>
public class BatchAndJoinTest
{
    private static readonly AllenRelation[] Relations = Enum.GetValues<AllenRelation>();

    [Test]
    public void CountEach_MatchesSingleCounts() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var (query, periods) = RandomBatch(random, random.Next(4) == 0 ? 300 : 24);
            var counts = new int[periods.Length + random.Next(2)];
            query.CountEach(periods, counts);
            for (var i = 0; i < periods.Length; i++)
            {
                var single = Single(query, periods[i]);
                Assert.That(counts[i], Is.EqualTo(single.Count()), $"seed {seed}, period {i} ({periods[i]}), query {single}");
            }
        },
        iter: 2_000,
        threads: 1);

    [Test]
    public void ForEach_MatchesSingleQueries() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var (query, periods) = RandomBatch(random, random.Next(4) == 0 ? 300 : 24);
            var found = periods.Select(_ => new List<string>()).ToArray();
            var visited = new List<int>();
            query.ForEach(periods, (i, item) =>
            {
                if (visited.Count == 0 || visited[^1] != i)
                {
                    visited.Add(i);
                }

                found[i].Add(item.Id);
            });
            for (var i = 0; i < periods.Length; i++)
            {
                var single = Single(query, periods[i]);
                Assert.That(found[i], Is.EqualTo(single.Select(e => e.Id).ToList()), $"seed {seed}, period {i} ({periods[i]}), query {single}");
            }

            // Each period's results come together.
            Assert.That(visited.Distinct().Count(), Is.EqualTo(visited.Count), $"seed {seed}");
        },
        iter: 2_000,
        threads: 1);

    [Test]
    public void CountEachAndForEach_OnDerivedBounds_AnswerOnTheDerivedBounds()
    {
        // b, dated 2022, follows a (10 March 2022), so on derived bounds it cannot be going on in February.
        var timeline = Timeline.Create("t", "T", [
            new TimelineEvent("a", "A", EdtfValue.Parse("2022-03-10")),
            new TimelineEvent("b", "B", EdtfValue.Parse("2022")).AddRelation(EventRelationKind.Follows, "a"),
        ]);
        QueryPeriod[] periods = [new NodaTime.DateInterval(new NodaTime.LocalDate(2022, 2, 1), new NodaTime.LocalDate(2022, 2, 28)), EdtfValue.Parse("2022-03")];
        var query = timeline.Query().OnDerivedBounds();
        var counts = new int[periods.Length];
        query.CountEach(periods, counts);
        var found = periods.Select(_ => new List<string>()).ToArray();
        query.ForEach(periods, (i, item) => found[i].Add(item.Id));

        Assert.Multiple(() =>
        {
            Assert.That(counts, Is.EqualTo(new[] { 0, 2 }));
            Assert.That(found[0], Is.Empty);
            Assert.That(found[1], Is.EqualTo(new[] { "a", "b" }));
            Assert.That(counts[0], Is.EqualTo(query.Overlapping(periods[0]).Count()));
            Assert.That(timeline.Query().Overlapping(periods[0]).Count(), Is.EqualTo(1), "on declared bounds b is possibly going on in February");
        });
    }

    [Test]
    public void CountEach_RejectsTooFewCounts()
    {
        var timeline = RandomTimelines.Timeline(new Random(1));
        Assert.Throws<ArgumentException>(() => timeline.Query().CountEach(new QueryPeriod[2], new int[1]));
    }

    [Test]
    public void Join_MatchesSingleQueries() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var size = random.Next(5) == 0 ? 300 : 30;
            var a = RandomTimelines.Timeline(random, size);
            var b = random.Next(5) == 0 ? a : RandomTimelines.Timeline(random, size);
            var certainty = random.Next(2) == 0 ? Certainty.Possibly : Certainty.Certainly;
            var ongoing = random.Next(2) == 0 ? OpenEnds.UntilAsOf : OpenEnds.Forever;

            var expected = new List<(string, string)>();
            foreach (var item in a.Events)
            {
                var query = b.Query().Overlapping(QueryPeriod.FromEdtf(item.When)).WithOpenEnds(ongoing);
                query = certainty == Certainty.Certainly ? query.Certainly() : query;
                expected.AddRange(query.Select(e => (item.Id, e.Id)));
            }

            var actual = TimelineJoin.Overlapping(a, b, certainty, ongoing).Select(p => (p.A.Id, p.B.Id)).ToList();
            expected.Sort();
            actual.Sort();
            Assert.That(actual, Is.EqualTo(expected), $"seed {seed}, {certainty}, {ongoing}, zones {a.TimeZone}/{b.TimeZone}, as of {a.AsOf}/{b.AsOf}");
        },
        iter: 2_000,
        threads: 1);

    [Test]
    public void Join_RejectsBadArguments()
    {
        var timeline = RandomTimelines.Timeline(new Random(1));
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => TimelineJoin.Overlapping(null!, timeline));
            Assert.Throws<ArgumentNullException>(() => TimelineJoin.Overlapping(timeline, null!));
            Assert.Throws<ArgumentOutOfRangeException>(() => TimelineJoin.Overlapping(timeline, timeline, (Certainty)7));
            Assert.Throws<ArgumentOutOfRangeException>(() => TimelineJoin.Overlapping(timeline, timeline, openEnds: (OpenEnds)7));
        });
    }

    /// <summary>A random query (a kind of time condition or none, filters, paging) and random periods, some of them events.</summary>
    private static (TimelineQuery Query, QueryPeriod[] Periods) RandomBatch(Random random, int maxEvents)
    {
        var timeline = RandomTimelines.Timeline(random, maxEvents);
        var query = RandomTimelines.Filters(random, timeline.Query());
        var period = RandomTimelines.Period(random);
        query = random.Next(6) switch
        {
            0 => query,
            1 => query.Within(period),
            2 => query.Related(period, Relations[random.Next(Relations.Length)]),
            3 => query.Next(period, random.Next(4)),
            4 => query.Containing(period),
            _ => query.Overlapping(period),
        };

        var periods = new QueryPeriod[random.Next(12)];
        for (var i = 0; i < periods.Length; i++)
        {
            periods[i] = timeline.Count > 0 && random.Next(5) == 0
                ? timeline.Events[random.Next(timeline.Count)]
                : RandomTimelines.Period(random);
        }

        return (query, periods);
    }

    /// <summary>What one period of a batch means: the query with its condition's period replaced.</summary>
    private static TimelineQuery Single(TimelineQuery query, QueryPeriod period) => query.Time.Kind switch
    {
        TimeConditionKind.None or TimeConditionKind.Overlapping => query.Overlapping(period),
        TimeConditionKind.Within => query.Within(period),
        TimeConditionKind.Related => query.Related(period, query.Time.Relation),
        TimeConditionKind.Next => query.Next(period, query.Time.Count),
        TimeConditionKind.Containing => query.Containing(period),
        _ => throw new InvalidOperationException(query.Time.Kind.ToString()),
    };
}
