using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Querying;

/// <summary>
/// <see cref="TimelineQuery.Matches"/>, the test of one event, against running the query: on the timeline itself,
/// and on an empty timeline with the same zone and as-of day, as a stream of events is tested.
/// </summary>
public class TimelineQueryMatchesTest
{
    private const int Cases = 10_000;

    private static readonly AllenRelation[] Relations = Enum.GetValues<AllenRelation>();

    [Test]
    public void Matches_PicksOutExactlyTheQuerysResults_BeforeSkipAndTake()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var timeline = RandomTimelines.Timeline(random);
                var query = TimeCondition(random, timeline, RandomTimelines.Filters(random, timeline.Query()));
                IEnumerable<TimelineEvent> matches = timeline.Events.Where(query.Matches)
                    .OrderBy(e => LinearScan.Bounds(query, e).EarliestStart)
                    .ThenBy(e => LinearScan.Bounds(query, e).LatestEnd)
                    .ThenBy(e => e.Id, StringComparer.Ordinal)
                    .Skip(query.SkipCount);
                var expected = (query.TakeCount is { } take ? matches.Take(take) : matches).Select(e => e.Id).ToList();
                var actual = query.ToImmutableArray().Select(e => e.Id).ToList();
                Assert.That(actual, Is.EqualTo(expected), $"seed {seed}, query {query}, zone {timeline.TimeZone}, as of {timeline.AsOf}");
            },
            iter: Cases,
            threads: 1);
    }

    [Test]
    public void Matches_OnAnEmptyTimelineWithTheSameZoneAndAsOfDay_AnswersAsTheQueryOnTheEvents()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var timeline = RandomTimelines.Timeline(random);
                var empty = new TimelineBuilder("empty", "No events") { TimeZone = timeline.TimeZone, AsOf = timeline.AsOf }.Build();

                // The same query on both: the same random draws, made without looking at either timeline's events
                // except to pick one as the period.
                var conditionSeed = random.Next();
                var filters = Unpaged(random);
                var onEvents = TimeCondition(new Random(conditionSeed), timeline, filters(timeline.Query()));
                var onNothing = TimeCondition(new Random(conditionSeed), timeline, filters(empty.Query()));

                var expected = onEvents.ToImmutableArray().Select(e => e.Id).Order(StringComparer.Ordinal);
                var actual = timeline.Events.Where(onNothing.Matches).Select(e => e.Id).Order(StringComparer.Ordinal);
                Assert.That(actual, Is.EqualTo(expected), $"seed {seed}, query {onEvents}, zone {timeline.TimeZone}, as of {timeline.AsOf}");
            },
            iter: Cases,
            threads: 1);
    }

    [Test]
    public void Matches_OnTheSample_AgreesWithTheQuery_ForEveryEvent()
    {
        var timeline = LoadSample();
        var queries = new[]
        {
            timeline.Query().Overlapping(EdtfValue.Parse("2022-03")),
            timeline.Query().Overlapping(EdtfValue.Parse("2022-03")).Certainly(),
            timeline.Query().On(new LocalDate(2022, 10, 15)).WithOpenEnds(OpenEnds.Forever),
            timeline.Query().After(EdtfValue.Parse("2022-02")).WithActor("Belarus"),
        };
        foreach (var query in queries)
        {
            var results = query.ToImmutableArray();
            Assert.That(results, Is.Not.Empty, query.ToString());
            Assert.That(timeline.Events.Where(query.Matches), Is.EquivalentTo(results), query.ToString());
        }
    }

    [Test]
    public void Matches_RefusesWhatOneEventCannotDecide()
    {
        var timeline = LoadSample();
        var item = timeline.Events[0];
        var period = QueryPeriod.FromEdtf(EdtfValue.Parse("2022-03"));
        Assert.Multiple(() =>
        {
            Assert.That(() => timeline.Query().Next(period, 2).Matches(item), Throws.InvalidOperationException.With.Message.Contains("nearest"));
            Assert.That(() => timeline.Query().Previous(period, 2).Matches(item), Throws.InvalidOperationException.With.Message.Contains("nearest"));
            Assert.That(() => timeline.Query().Overlapping(period).OnDerivedBounds().Matches(item), Throws.InvalidOperationException.With.Message.Contains("derived bounds"));
            Assert.That(() => timeline.Query().Matches(null!), Throws.ArgumentNullException);
            Assert.That(() => default(TimelineQuery).Matches(item), Throws.InvalidOperationException);
        });
    }

    private static Timeline LoadSample() =>
        Timelines.Serialization.TimelineJson.ReadFile(System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "sample-data", "belarus-2022.timeline.json"));

    /// <summary>A random time condition of every kind one event decides (all but Next and Previous), or none.</summary>
    private static TimelineQuery TimeCondition(Random random, Timeline timeline, TimelineQuery query) => random.Next(10) switch
    {
        0 => query,
        1 => query.Overlapping(RandomTimelines.Period(random)),
        2 => query.At(RandomTimelines.Instant(random)),
        3 => query.Within(RandomTimelines.Period(random)),
        4 => query.Containing(RandomTimelines.Period(random)),
        5 => query.Before(RandomTimelines.Period(random)),
        6 => query.After(RandomTimelines.Period(random)),
        7 => query.StartingIn(RandomTimelines.Period(random)),
        8 when timeline.Count > 0 => query.Related(QueryPeriod.FromEvent(timeline.Events[random.Next(timeline.Count)]), Relations[random.Next(Relations.Length)]),
        _ => query.Related(RandomTimelines.Period(random), Relations[random.Next(Relations.Length)]),
    };

    /// <summary>Filters and query options drawn once, to be applied to a query of either timeline.</summary>
    private static Func<TimelineQuery, TimelineQuery> Unpaged(Random random)
    {
        var certainly = random.Next(2) == 0;
        var forever = random.Next(2) == 0;
        var tag = random.Next(5) == 0 ? "sanctions" : null;
        var statuses = random.Next(8) == 0;
        var narrowed = random.Next(8) == 0;
        return query =>
        {
            query = certainly ? query.Certainly() : query;
            query = forever ? query.WithOpenEnds(OpenEnds.Forever) : query;
            query = tag is null ? query : query.WithTag(tag);
            query = statuses ? query.WithStatus(EventStatus.Completed, EventStatus.Alleged) : query;
            return narrowed ? query.WithStatus(EventStatus.Alleged, EventStatus.Ongoing) : query;
        };
    }
}
