using System;
using System.Linq;
using CsCheck;
using Timelines.Querying;
using Timelines.Reasoning;

namespace Timelines.Tests.Querying;

/// <summary>
/// <see cref="TimelineQuery.ToResults"/> against enumerating the same query, on random timelines that mix imprecise,
/// ongoing, open-ended and unknown-ended events, zones and as-of days, with random time conditions, filters, Skip
/// and Take, on declared and derived bounds.
/// </summary>
public class QueryResultsTest
{
    private const int Cases = 2_000;

    private static readonly AllenRelation[] Relations = Enum.GetValues<AllenRelation>();

    [Test]
    public void ToResults_GivesTheEnumeratedEvents_InTheirOrder_WithTheirIdsPositionsAndBounds() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var timeline = RandomTimelines.Timeline(random, random.Next(8) == 0 ? 300 : 24);
            var query = TimeCondition(random, timeline, RandomTimelines.Filters(random, timeline.Query()));
            query = random.Next(8) == 0 ? query.OnDerivedBounds() : query;
            var expected = query.ToImmutableArray();
            var results = query.ToResults();
            var because = $"seed {seed}, query {query}, zone {timeline.TimeZone}, as of {timeline.AsOf}";
            Assert.That(results.Count, Is.EqualTo(expected.Length), because);
            for (var i = 0; i < results.Count; i++)
            {
                var item = expected[i];
                Assert.That(results.GetEvent(i), Is.SameAs(item), $"result {i}, {because}");
                Assert.That(results.GetId(i), Is.SameAs(item.Id), $"result {i}, {because}");
                Assert.That(timeline.Events[results.GetPosition(i)], Is.SameAs(item), $"result {i}, {because}");
                var bounds = query.Bounds == BoundsSource.Derived
                    ? timeline.Chronology.DerivedBounds(item.Id)
                    : EventTimeBounds.From(LinearScan.Bounds(query, item));
                Assert.That(results.GetBounds(i), Is.EqualTo(bounds), $"result {i}, {because}");
            }
        },
        iter: Cases,
        threads: 1);

    [Test]
    public void ToResults_AfterAnAppend_ReadsTheAppendedEventsColumns()
    {
        // Appending in start order extends the index rather than building it again (EventIndex.TryAppend).
        var timeline = new TimelineBuilder("t", "Appended")
            .Add(new TimelineEvent("b", "B", EdtfValue.Parse("2022-01-01")))
            .Add(new TimelineEvent("a", "A", EdtfValue.Parse("2021-01-01")))
            .Build();
        _ = timeline.Query().Count();
        var appended = timeline.WithEvent(new TimelineEvent("c", "C", EdtfValue.Parse("2023-01-01")));

        var results = appended.Query().ToResults();

        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, results.Count).Select(results.GetId), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(Enumerable.Range(0, results.Count).Select(results.GetPosition), Is.EqualTo(new[] { 1, 0, 2 }));
        });
    }

    [Test]
    public void GetId_OutsideTheResults_ThrowsNamingTheResultAndTheCount()
    {
        var timeline = new TimelineBuilder("t", "One").Add(new TimelineEvent("a", "A", EdtfValue.Parse("2021"))).Build();
        var results = timeline.Query().ToResults();

        Assert.Multiple(() =>
        {
            Assert.That(() => results.GetId(1), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("Result 1").And.Message.Contains("1 results"));
            Assert.That(() => results.GetPosition(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => results.GetBounds(1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => results.GetEvent(1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private static TimelineQuery TimeCondition(Random random, Timeline timeline, TimelineQuery query) => random.Next(12) switch
    {
        0 => query,
        1 => query.Overlapping(RandomTimelines.Period(random)),
        2 => query.At(RandomTimelines.Instant(random)),
        3 => query.Within(RandomTimelines.Period(random)),
        4 => query.Containing(RandomTimelines.Period(random)),
        5 => query.Before(RandomTimelines.Period(random)),
        6 => query.After(RandomTimelines.Period(random)),
        7 => query.StartingIn(RandomTimelines.Period(random)),
        8 => query.Next(RandomTimelines.Period(random), random.Next(5)),
        9 => query.Previous(RandomTimelines.Period(random), random.Next(5)),
        10 when timeline.Count > 0 => query.Related(QueryPeriod.FromEvent(timeline.Events[random.Next(timeline.Count)]), Relations[random.Next(Relations.Length)]),
        _ => query.Related(RandomTimelines.Period(random), Relations[random.Next(Relations.Length)]),
    };
}
