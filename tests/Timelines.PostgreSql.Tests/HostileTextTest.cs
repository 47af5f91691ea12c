using System.Linq;
using System.Threading.Tasks;
using Npgsql;

namespace Timelines.PostgreSql.Tests;

/// <summary>
/// Only parameters reach SQL: ids, tags, titles and names that are SQL, quotes, U+0000 or very long text are stored
/// and found exactly, and change nothing else in the database.
/// </summary>
public sealed class HostileTextTest
{
    private static readonly string[] Injections =
    [
        "'; DROP TABLE timelines.event; --",
        "\"; DELETE FROM \"timelines\".\"timeline\"; --",
        "x' OR '1'='1",
        "$1",
        "E'\\x00'",
        "); COPY (SELECT 1) TO PROGRAM 'false'; --",
        "O'Brien \"the\" `quoted` \\ back\\slash",
        "\u2028line\u2029separators\r\n\t",
    ];

    private static PostgresTimelineStore Store => Database.Store;

    [Test]
    public async Task Ids_tags_titles_and_names_that_are_sql_are_stored_and_found_as_text()
    {
        var id = Database.NewId("'; DROP TABLE timelines.timeline; --");
        var events = Injections.Select((text, i) => new TimelineEvent(text, text, EdtfValue.Parse("2022-0" + (1 + (i % 9))))
            .WithTag(text).WithActor(new Actor(text)).WithPlace(new Place(text)).WithSummary(text).WithStatus(new EventStatus(text)));
        var timeline = Timeline.Create(id, id, events).WithDescription(Injections[0]);
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        Assert.That((await Store.LoadAsync(id))!.Timeline, Is.EqualTo(timeline));
        foreach (var text in Injections)
        {
            var query = timeline.Query().WithTag(text).WithActor(text).WithPlace(text).WithStatus(new EventStatus(text)).WithIds(text);
            var found = await Store.QueryAsync(query).ToListAsync();
            Assert.That(found, Is.EqualTo(query.ToImmutableArray()));
            Assert.That(found.Single().Id, Is.EqualTo(text));
        }

        Assert.That(await TableCountAsync("timeline"), Is.GreaterThan(0), "the tables are still there");
        Assert.That(await Store.RemoveAsync(id, [Injections[0]], 1), Is.EqualTo(2));
        Assert.That((await Store.LoadAsync(id))!.Timeline.Count, Is.EqualTo(Injections.Length - 1));
    }

    [Test]
    public async Task Text_with_U0000_is_kept_exactly_and_matched_exactly()
    {
        // PostgreSQL text cannot hold U+0000. The JSON document keeps it (as \u0000); the SQL columns and the query
        // parameters carry U+FFFD in its place, and the exact test on the fetched events tells the two apart.
        var id = Database.NewId("nul");
        var withNul = new TimelineEvent("with-nul", "Title\0with NUL", EdtfValue.Parse("2022-02"))
            .WithTag("a\0b").WithActor(new Actor("n\0l")).WithPlace(new Place("p\0q")).WithSummary("\0").WithStatus(new EventStatus("s\0"));
        var withReplacement = new TimelineEvent("with-fffd", "Title\uFFFDwith FFFD", EdtfValue.Parse("2022-02"))
            .WithTag("a\uFFFDb").WithActor(new Actor("n\uFFFDl")).WithPlace(new Place("p\uFFFDq")).WithStatus(new EventStatus("s\uFFFD"));
        var timeline = Timeline.Create(id, "Timeline\0title", [withNul, withReplacement]);
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        var loaded = (await Store.LoadAsync(id))!.Timeline;
        Assert.That(loaded, Is.EqualTo(timeline));
        Assert.That(loaded["with-nul"].Title, Is.EqualTo("Title\0with NUL"));
        foreach (var (query, expected) in new[]
        {
            (timeline.Query().WithTag("a\0b"), "with-nul"),
            (timeline.Query().WithTag("a\uFFFDb"), "with-fffd"),
            (timeline.Query().WithActor("n\0l"), "with-nul"),
            (timeline.Query().WithPlace("p\uFFFDq"), "with-fffd"),
            (timeline.Query().WithStatus(new EventStatus("s\0")), "with-nul"),
        })
        {
            var found = await Store.QueryAsync(query).ToListAsync();
            Assert.That(found.Select(e => e.Id), Is.EqualTo(new[] { expected }), query.ToString());
            Assert.That(await Store.CountAsync(query), Is.EqualTo(1));
        }

        Assert.That(await Store.CountAsync(timeline.Query().WithIds("with\0nul")), Is.Zero, "an id with U+0000 matches nothing");
    }

    [Test]
    public async Task An_id_with_U0000_is_refused_with_a_reason_and_nothing_is_stored()
    {
        var id = Database.NewId("nul-id");
        var timeline = Timeline.Create(id, "NUL id", [new TimelineEvent("bad\0id", "Bad", EdtfValue.Parse("2022"))]);
        var named = Timeline.Create("bad\0timeline", "NUL timeline id", []);

        var error = Assert.ThrowsAsync<TimelineStoreException>(() => Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion));
        var timelineError = Assert.ThrowsAsync<TimelineStoreException>(() => Store.SaveAsync(named, PostgresTimelineStore.NoVersion));

        Assert.That(error!.Message, Does.Contain("U+0000").And.Contain("bad\uFFFDid"));
        Assert.That(timelineError!.Message, Does.Contain("U+0000"));
        Assert.That(await Store.LoadAsync(id), Is.Null);
        Assert.That(await Store.LoadAsync("bad\0timeline"), Is.Null);
    }

    [Test]
    public async Task Very_long_text_round_trips()
    {
        var id = Database.NewId("long");
        var longTitle = new string('x', 1_000_000) + "'; DROP TABLE x; --";
        var longTag = string.Concat(Enumerable.Repeat("tag'\"", 4_000));
        var longId = new string('i', 5_000);
        var timeline = Timeline.Create(id, longTitle, [new TimelineEvent(longId, longTitle, EdtfValue.Parse("2022-02-24")).WithTag(longTag)]);
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        Assert.That((await Store.LoadAsync(id))!.Timeline, Is.EqualTo(timeline));
        var found = await Store.QueryAsync(timeline.Query().WithTag(longTag).WithIds(longId)).ToListAsync();
        Assert.That(found.Single().Title, Has.Length.EqualTo(longTitle.Length));
    }

    private static async Task<long> TableCountAsync(string table)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'timelines' AND table_name = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
