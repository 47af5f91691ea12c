using System;
using System.IO;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Testing;
using PostgreSqlTour;

namespace Timelines.PostgreSql.Tests;

public sealed class SampleTest
{
    [Test]
    public async Task The_database_tour_saves_the_timeline_and_every_answer_matches_memory_twice_over()
    {
        var store = Database.StoreIn(Database.NewSchema("tour"));
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 12, 0));
        var data = Path.Combine(AppContext.BaseDirectory, "sample-data", "belarus-2022.timeline.json");

        using var first = new StringWriter();
        using var second = new StringWriter();
        var firstRun = await new DatabaseTour(store, first).RunAsync(data, clock);
        var secondRun = await new DatabaseTour(store, second).RunAsync(data, clock);

        Assert.That(firstRun, Is.Zero, first.ToString());
        Assert.That(secondRun, Is.Zero, second.ToString());
        Assert.That(first.ToString(), Does.Contain("version 1").And.Contain("Every answer from the database was the in-memory answer."));
        Assert.That(second.ToString(), Does.Contain("version 2"), "a second run replaces the saved timeline");
        Assert.That(first.ToString(), Does.Contain("What came next after").And.Not.Contain("DIFFERENT"));
    }
}
