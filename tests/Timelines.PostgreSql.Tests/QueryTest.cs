using System;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Timelines.Querying;

namespace Timelines.PostgreSql.Tests;

public sealed class QueryTest
{
    private static PostgresTimelineStore Store => Database.Store;

    [Test]
    public async Task The_tours_questions_get_the_in_memory_answers_from_the_database()
    {
        var timeline = SaveLoadTest.Belarus(Database.NewId("tour"));
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
        var stored = (await Store.OpenAsync(timeline.Id))!;
        var drills = timeline.Events.First(e => e.Id.Contains("drill", StringComparison.Ordinal));
        var october = new LocalDate(2022, 10, 15);
        var questions = new[]
        {
            stored.Query().Overlapping(EdtfValue.Parse("2022-03")),
            stored.Query().On(october),
            stored.Query().On(october).Certainly(),
            stored.Query().Next(drills.When, 5),
            stored.Query().Related(drills, AllenRelation.Before),
            stored.Query().Previous(EdtfValue.Parse("2022-06"), 3),
            stored.Query().After(EdtfValue.Parse("2022-02-24")).Skip(2).Take(4),
        };

        foreach (var question in questions)
        {
            var inMemory = question.On(timeline);
            Assert.That(await Store.QueryAsync(question).ToListAsync(), Is.EqualTo(inMemory.ToImmutableArray()), question.ToString());
            Assert.That(await Store.CountAsync(question), Is.EqualTo(inMemory.Count()), question.ToString());
        }

        var year = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31));
        var perMonth = await Store.HistogramAsync(stored.Query(), year, HistogramUnit.Month);
        Assert.That(perMonth.Select(b => b.Count), Is.EqualTo(timeline.Query().Histogram(year, HistogramUnit.Month).Select(b => b.Count)));
        Assert.That(perMonth.Sum(b => b.Count), Is.Positive);
    }

    [Test]
    public async Task A_query_made_in_another_zone_is_refused_rather_than_answered_for_other_days()
    {
        var timeline = SaveLoadTest.Belarus(Database.NewId("zone"));
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
        var elsewhere = timeline.WithTimeZone(DateTimeZoneProviders.Tzdb["Asia/Tokyo"]).Query().On(new LocalDate(2022, 2, 24));

        var error = Assert.ThrowsAsync<ArgumentException>(() => Store.CountAsync(elsewhere));

        Assert.That(error!.Message, Does.Contain("Asia/Tokyo").And.Contain(timeline.TimeZone.Id));
    }

    [Test]
    public async Task The_query_timelines_as_of_day_decides_how_long_ongoing_events_last()
    {
        var id = Database.NewId("as-of");
        var timeline = Timeline.Create(id, "As of", [
            new TimelineEvent("ongoing", "Still going", EdtfValue.Parse("2022-02/..")),
            new TimelineEvent("over", "Over", EdtfValue.Parse("2022-02/2022-05")),
        ]).WithAsOf(new LocalDate(2022, 6, 30));
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        foreach (var asOf in new LocalDate?[] { null, new LocalDate(2022, 3, 1), new LocalDate(2023, 1, 1) })
        {
            var query = timeline.WithAsOf(asOf).Query().At(Instant.FromUtc(2022, 8, 1, 0, 0));
            Assert.That((await Store.QueryAsync(query).ToListAsync()).Select(e => e.Id), Is.EqualTo(query.Select(e => e.Id)), $"as of {asOf}");
        }
    }

    [Test]
    public async Task Stopping_early_reads_no_further_and_leaves_the_store_usable()
    {
        var id = Database.NewId("early");
        var timeline = ConcurrencyTest.Make(id, "many", 20_000);
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
        var query = timeline.Query().After(Instant.FromUtc(2022, 3, 1, 0, 0));

        var firstThree = new System.Collections.Generic.List<TimelineEvent>();
        await foreach (var item in Store.QueryAsync(query))
        {
            firstThree.Add(item);
            if (firstThree.Count == 3)
            {
                break;
            }
        }

        Assert.That(firstThree, Is.EqualTo(query.Take(3).ToImmutableArray()));
        Assert.That(await Store.AnyAsync(query), Is.True);
        Assert.That(await Store.CountAsync(query.Take(10)), Is.EqualTo(10));
        Assert.That(await Store.CountAsync(query), Is.EqualTo(query.Count()));
    }
}
