using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Timelines.Querying;

namespace Timelines.Tests.Querying;

/// <summary>
/// Filter calls compose by AND (docs/semantics.md, section 5): a second <see cref="TimelineQuery.WithStatus"/> or
/// <see cref="TimelineQuery.WithIds"/> intersects with the first, and running the query, <see cref="TimelineQuery.Matches"/>
/// and a single call with the intersection agree.
/// </summary>
public class FilterCompositionTest
{
    private static readonly EventStatus[] StatusPool =
        [EventStatus.Completed, EventStatus.Ongoing, EventStatus.Alleged, EventStatus.Planned, new EventStatus("rumoured")];

    private static readonly Timeline Sample = Timeline.Create("t", "Statuses",
    [
        new TimelineEvent("a", "A", EdtfValue.Parse("2022-02")).WithStatus(EventStatus.Completed),
        new TimelineEvent("b", "B", EdtfValue.Parse("2022-03")).WithStatus(EventStatus.Ongoing),
        new TimelineEvent("c", "C", EdtfValue.Parse("2022-04")).WithStatus(EventStatus.Alleged),
        new TimelineEvent("d", "D", EdtfValue.Parse("2022-05")),
    ]);

    [Test]
    public void WithStatus_Twice_KeepsTheStatusesBothName()
    {
        var twice = Sample.Query().WithStatus(EventStatus.Completed, EventStatus.Ongoing).WithStatus(EventStatus.Ongoing, EventStatus.Alleged);
        var once = Sample.Query().WithStatus(EventStatus.Ongoing);
        Assert.Multiple(() =>
        {
            Assert.That(twice.Statuses, Is.EqualTo(new[] { EventStatus.Ongoing }));
            Assert.That(Ids(twice), Is.EqualTo(Ids(once)).And.EqualTo(new[] { "b" }));
            Assert.That(twice.ToString(), Is.EqualTo(once.ToString()));
            Assert.That(Sample.Events.Where(twice.Matches).Select(e => e.Id), Is.EqualTo(new[] { "b" }));
        });
    }

    [Test]
    public void WithIds_Twice_KeepsTheIdsBothName()
    {
        var twice = Sample.Query().WithIds("a", "b", "zz").WithIds("zz", "c", "b");
        Assert.Multiple(() =>
        {
            Assert.That(twice.Ids, Is.EqualTo(new[] { "b", "zz" }));
            Assert.That(Ids(twice), Is.EqualTo(new[] { "b" }));
            Assert.That(Ids(Sample.Query().WithIds("a").WithIds("b")), Is.Empty);
            Assert.That(Sample.Events.Where(twice.Matches).Select(e => e.Id), Is.EqualTo(new[] { "b" }));
        });
    }

    [Test]
    public void NoSuchFilter_IsNull_AndAnEmptySet_MatchesNothing()
    {
        var none = Sample.Query();
        var noStatus = Sample.Query().WithStatus();
        var noId = Sample.Query().WithIds();
        var disjoint = Sample.Query().WithStatus(EventStatus.Completed).WithStatus(EventStatus.Alleged);
        Assert.Multiple(() =>
        {
            Assert.That(none.Statuses, Is.Null);
            Assert.That(none.Ids, Is.Null);
            Assert.That(Ids(none), Has.Length.EqualTo(4));
            Assert.That(noStatus.Statuses, Is.Empty);
            Assert.That(noId.Ids, Is.Empty);
            Assert.That(disjoint.Statuses, Is.Empty);
            Assert.That(Ids(noStatus), Is.Empty);
            Assert.That(Ids(noId), Is.Empty);
            Assert.That(Ids(disjoint), Is.Empty);
            Assert.That(noStatus.Count(), Is.Zero);
            Assert.That(Sample.Events.Any(noStatus.Matches), Is.False);
            Assert.That(Sample.Events.Any(noId.Matches), Is.False);
            Assert.That(noStatus.ToString(), Does.Contain("statuses []"));
            Assert.That(none.ToString(), Does.Not.Contain("statuses"));
        });
    }

    [Test]
    public void RepeatedValues_AreKeptOnce_InTheOrderFirstGiven()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sample.Query().WithStatus(EventStatus.Alleged, EventStatus.Completed, EventStatus.Alleged).Statuses,
                Is.EqualTo(new[] { EventStatus.Alleged, EventStatus.Completed }));
            Assert.That(Sample.Query().WithIds("c", "a", "c").Ids, Is.EqualTo(new[] { "c", "a" }));
        });
    }

    [Test]
    public void WithStatus_Composed_IsOneCallWithTheIntersection() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var timeline = RandomTimelines.Timeline(random);
            var first = Subset(random, StatusPool);
            var second = Subset(random, StatusPool);
            var composed = timeline.Query().WithStatus(first).WithStatus(second);
            var single = timeline.Query().WithStatus([.. first.Distinct().Where(second.Contains)]);
            Agree(timeline, composed, single, seed);
            Assert.That(composed.Statuses, Is.EqualTo(single.Statuses), $"seed {seed}");
            Assert.That(timeline.Query().WithStatus(second).WithStatus(first).Statuses, Is.EquivalentTo(single.Statuses!), $"seed {seed}");
        },
        iter: 2_000,
        threads: 1);

    [Test]
    public void WithIds_Composed_IsOneCallWithTheIntersection() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var timeline = RandomTimelines.Timeline(random);
            string[] pool = [.. timeline.Events.Select(e => e.Id), "missing"];
            var first = Subset(random, pool);
            var second = Subset(random, pool);
            var composed = timeline.Query().WithIds(first).WithIds(second);
            var single = timeline.Query().WithIds([.. first.Distinct().Where(second.Contains)]);
            Agree(timeline, composed, single, seed);
            Assert.That(composed.Ids, Is.EqualTo(single.Ids), $"seed {seed}");
        },
        iter: 2_000,
        threads: 1);

    private static void Agree(Timeline timeline, TimelineQuery composed, TimelineQuery single, int seed)
    {
        var results = Ids(composed);
        Assert.That(results, Is.EqualTo(Ids(single)), $"seed {seed}, {composed} against {single}");
        Assert.That(results, Is.EqualTo(LinearScan.Run(composed).Select(e => e.Id)), $"seed {seed}, {composed}");
        Assert.That(timeline.Events.Where(composed.Matches).Select(e => e.Id).Order(StringComparer.Ordinal),
            Is.EqualTo(results.Order(StringComparer.Ordinal)), $"seed {seed}, {composed}");
    }

    private static T[] Subset<T>(Random random, IReadOnlyList<T> pool)
    {
        var count = random.Next(pool.Count + 2);
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = pool[random.Next(pool.Count)];
        }

        return items;
    }

    private static string[] Ids(TimelineQuery query) => [.. query.ToImmutableArray().Select(e => e.Id)];
}
