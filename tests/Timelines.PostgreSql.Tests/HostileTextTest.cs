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
        "marks\u00A0and\u3000spaces\u200C",
    ];

    private static PostgresTimelineStore Store => Database.Store;

    [Test]
    public async Task Ids_tags_titles_and_names_that_are_sql_are_stored_and_found_as_text()
    {
        var id = Database.NewId("'; DROP TABLE timelines.timeline; --");
        var events = Injections.Select((text, i) => new TimelineEvent(text, text, EdtfValue.Parse("2022-0" + (1 + (i % 9))))
            .AddTags(text).AddActors(new Actor(text)).AddPlaces(new Place(text)).WithSummary(text).WithStatus(new EventStatus(text)));
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
    public async Task Text_with_U0000_never_reaches_the_store_and_U_FFFD_is_kept_and_matched_exactly()
    {
        // PostgreSQL text cannot hold U+0000, and since issue 14 the model refuses it (a control character) before
        // any store sees it; U+FFFD, which the store once put in its place, is ordinary text, kept and matched exactly.
        Assert.Multiple(() =>
        {
            Assert.That(() => new TimelineEvent("with-nul", "Title\0with NUL", EdtfValue.Parse("2022-02")), Throws.ArgumentException);
            Assert.That(() => new TimelineEvent("with\0nul", "Title", EdtfValue.Parse("2022-02")), Throws.ArgumentException);
            Assert.That(() => new Actor("n\0l"), Throws.ArgumentException);
            Assert.That(new TimelineBuilder("bad\0timeline", "T").Validate().Single().Field, Is.EqualTo("id"));
        });

        var id = Database.NewId("fffd");
        var withReplacement = new TimelineEvent("with-fffd", "Title\uFFFDwith FFFD", EdtfValue.Parse("2022-02"))
            .AddTags("a\uFFFDb").AddActors(new Actor("n\uFFFDl")).AddPlaces(new Place("p\uFFFDq")).WithStatus(new EventStatus("s\uFFFD"));
        var plain = new TimelineEvent("plain", "Title", EdtfValue.Parse("2022-02")).AddTags("ab").AddActors(new Actor("nl"));
        var timeline = Timeline.Create(id, "Timeline\uFFFDtitle", [withReplacement, plain]);
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        Assert.That((await Store.LoadAsync(id))!.Timeline, Is.EqualTo(timeline));
        foreach (var (query, expected) in new[]
        {
            (timeline.Query().WithTag("a\uFFFDb"), "with-fffd"),
            (timeline.Query().WithTag("ab"), "plain"),
            (timeline.Query().WithActor("n\uFFFDl"), "with-fffd"),
            (timeline.Query().WithPlace("p\uFFFDq"), "with-fffd"),
            (timeline.Query().WithStatus(new EventStatus("s\uFFFD")), "with-fffd"),
        })
        {
            var found = await Store.QueryAsync(query).ToListAsync();
            Assert.That(found.Select(e => e.Id), Is.EqualTo(new[] { expected }), query.ToString());
            Assert.That(await Store.CountAsync(query), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Very_long_text_round_trips()
    {
        var id = Database.NewId("long");
        var longTitle = new string('x', 1_000_000) + "'; DROP TABLE x; --";
        var longTag = string.Concat(Enumerable.Repeat("tag'\"", 4_000));
        var longId = new string('i', 5_000);
        var timeline = Timeline.Create(id, longTitle, [new TimelineEvent(longId, longTitle, EdtfValue.Parse("2022-02-24")).AddTags(longTag)]);
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
