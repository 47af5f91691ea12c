using System;
using System.Linq;
using System.Threading.Tasks;

namespace Timelines.PostgreSql.Tests;

public sealed class ConcurrencyTest
{
    private static PostgresTimelineStore Store => Database.Store;

    [Test]
    public async Task Of_two_writers_of_the_same_version_one_wins_whole_and_the_other_is_told()
    {
        for (var round = 0; round < 10; round++)
        {
            var id = Database.NewId("race");
            await Store.SaveAsync(Make(id, "base", 50), PostgresTimelineStore.NoVersion);
            var left = Make(id, "left", 400);
            var right = Make(id, "right", 300);

            var writes = new[] { Store.SaveAsync(left, 1), Store.SaveAsync(right, 1) };
            var outcome = await Task.WhenAll(writes.Select(Settle));
            var loaded = (await Store.LoadAsync(id))!;

            var winners = outcome.Count(o => o.Error is null);
            var loser = outcome.Single(o => o.Error is not null).Error;
            Assert.That(winners, Is.EqualTo(1));
            Assert.That(loser, Is.TypeOf<TimelineConcurrencyException>());
            Assert.That(((TimelineConcurrencyException)loser!).ActualVersion, Is.EqualTo(2));
            Assert.That(loaded.Version, Is.EqualTo(2));
            Assert.That(loaded.Timeline, Is.EqualTo(outcome[0].Error is null ? left : right), "the winner's timeline whole, nothing of the loser's");
        }
    }

    [Test]
    public async Task Concurrent_appends_and_removes_on_one_version_let_exactly_one_through()
    {
        var id = Database.NewId("append-race");
        await Store.SaveAsync(Make(id, "base", 20), PostgresTimelineStore.NoVersion);
        var tasks = Enumerable.Range(0, 6).Select(i => i % 2 == 0
            ? Store.AppendAsync(id, [new TimelineEvent("new-" + i, "New " + i, EdtfValue.Parse("2023-0" + (i + 1)))], 1)
            : Store.RemoveAsync(id, ["base-" + i], 1));

        var outcome = await Task.WhenAll(tasks.Select(Settle));
        var loaded = (await Store.LoadAsync(id))!;

        Assert.That(outcome.Count(o => o.Error is null), Is.EqualTo(1));
        Assert.That(outcome.Where(o => o.Error is not null).Select(o => o.Error), Is.All.TypeOf<TimelineConcurrencyException>());
        Assert.That(loaded.Version, Is.EqualTo(2));
        var count = loaded.Timeline.Count;
        Assert.That(count == 21 || count == 19, Is.True, $"one append (21 events) or one removal (19), not {count}");
    }

    [Test]
    public async Task Two_creators_of_one_id_get_one_timeline()
    {
        var id = Database.NewId("create-race");
        var outcome = await Task.WhenAll(new[] { Make(id, "one", 200), Make(id, "two", 200), Make(id, "three", 200) }
            .Select(t => Settle(Store.SaveAsync(t, PostgresTimelineStore.NoVersion))));

        Assert.That(outcome.Count(o => o.Error is null), Is.EqualTo(1));
        Assert.That(outcome.Where(o => o.Error is not null).Select(o => o.Error), Is.All.TypeOf<TimelineConcurrencyException>());
        Assert.That((await Store.LoadAsync(id))!.Timeline.Count, Is.EqualTo(200));
    }

    internal static Timeline Make(string id, string stem, int count) =>
        Timeline.Create(id, "Race " + stem, Enumerable.Range(0, count).Select(i =>
            new TimelineEvent(stem + "-" + i, stem + " " + i, EdtfValue.Parse(FormattableString.Invariant($"2022-{1 + (i % 12):D2}-{1 + (i % 28):D2}")))));

    private static async Task<(long Version, Exception? Error)> Settle(Task<long> write)
    {
        try
        {
            return (await write, null);
        }
        catch (TimelineStoreException e)
        {
            return (0, e);
        }
    }
}
