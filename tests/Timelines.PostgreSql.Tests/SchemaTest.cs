using System.Linq;
using System.Threading.Tasks;
using Npgsql;

namespace Timelines.PostgreSql.Tests;

public sealed class SchemaTest
{
    [Test]
    public async Task Migrating_twice_or_from_several_callers_at_once_gives_one_current_schema()
    {
        var store = Database.StoreIn(Database.NewSchema("twice"));
        var versions = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.MigrateAsync()));
        var again = await store.MigrateAsync();
        await store.CreateSchemaAsync();

        Assert.That(versions, Is.All.EqualTo(PostgresTimelineStore.SchemaVersion));
        Assert.That(again, Is.EqualTo(PostgresTimelineStore.SchemaVersion));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM \"{store.Schema}\".schema_migration"), Is.EqualTo(PostgresTimelineStore.SchemaVersion));
    }

    [Test]
    public async Task CreateSchemaAsync_creates_once_and_then_only_checks()
    {
        var store = Database.StoreIn(Database.NewSchema("create"));
        await store.CreateSchemaAsync();
        await store.CreateSchemaAsync();
        var id = Database.NewId("in-new-schema");
        await store.SaveAsync(Timeline.Create(id, "Here", [new TimelineEvent("a", "A", EdtfValue.Parse("2022"))]), PostgresTimelineStore.NoVersion);

        Assert.That((await store.LoadAsync(id))!.Timeline.Count, Is.EqualTo(1));
        Assert.That(await Database.Store.LoadAsync(id), Is.Null, "schemas are separate stores");
    }

    [Test]
    public async Task An_older_schema_is_migrated_with_its_data_and_CreateSchemaAsync_asks_for_it()
    {
        var store = Database.StoreIn(Database.NewSchema("older"));
        Assert.That(await store.MigrateToAsync(1), Is.EqualTo(1));
        var id = Database.NewId("kept");
        var timeline = SaveLoadTest.Belarus(id);
        await store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        var refused = Assert.ThrowsAsync<TimelineStoreException>(() => store.CreateSchemaAsync());
        var version = await store.MigrateAsync();

        Assert.That(refused!.Message, Does.Contain("version 1").And.Contain("MigrateAsync"));
        Assert.That(version, Is.EqualTo(PostgresTimelineStore.SchemaVersion));
        Assert.That((await store.LoadAsync(id))!.Timeline, Is.EqualTo(timeline));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM pg_indexes WHERE schemaname = '{store.Schema}' AND indexname = 'event_possible'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_schema_newer_than_the_library_is_refused()
    {
        var store = Database.StoreIn(Database.NewSchema("newer"));
        await store.MigrateAsync();
        await ScalarAsync<int>($"INSERT INTO \"{store.Schema}\".schema_migration VALUES (99, 'from the future') RETURNING version");

        var migrate = Assert.ThrowsAsync<TimelineStoreException>(() => store.MigrateAsync());
        var create = Assert.ThrowsAsync<TimelineStoreException>(() => store.CreateSchemaAsync());

        Assert.That(migrate!.Message, Does.Contain("version 99").And.Contain("newer"));
        Assert.That(create!.Message, Does.Contain("version 99"));
    }

    [Test]
    public void A_schema_name_that_is_not_a_plain_identifier_is_refused()
    {
        Assert.That(() => Database.StoreIn("x\"; DROP SCHEMA public; --"), Throws.ArgumentException.With.Message.Contains("plain PostgreSQL identifier"));
        Assert.That(() => Database.StoreIn("Upper"), Throws.ArgumentException);
    }

    [Test]
    public async Task Extents_computed_by_another_core_are_refused_until_migration_recomputes_them()
    {
        var store = Database.StoreIn(Database.NewSchema("stale"));
        await store.MigrateAsync();
        var timeline = SaveLoadTest.Belarus(Database.NewId("stale"));
        await store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
        var query = timeline.Query().Overlapping(EdtfValue.Parse("2022-03"));

        // As if an older core had placed the dates elsewhere: wrong ranges and an old fingerprint.
        await ScalarAsync<int>($"""
            WITH changed AS (UPDATE "{store.Schema}".event SET possible = int8range(0, 1), start_key = 0 RETURNING 1)
            SELECT count(*)::int FROM changed
            """);
        await ScalarAsync<int>($"UPDATE \"{store.Schema}\".timeline SET extents_fingerprint = 'older-core' RETURNING 1");

        var refused = Assert.ThrowsAsync<TimelineStoreException>(() => store.CountAsync(query));
        var append = Assert.ThrowsAsync<TimelineStoreException>(() => store.AppendAsync(timeline.Id, [new TimelineEvent("late", "Late", EdtfValue.Parse("2023"))], 1));
        await store.MigrateAsync();
        var answer = await store.QueryAsync(query).ToListAsync();

        Assert.That(refused!.Message, Does.Contain("MigrateAsync"));
        Assert.That(append!.Message, Does.Contain("MigrateAsync"));
        Assert.That(answer, Is.EqualTo(query.ToImmutableArray()));
        Assert.That(answer, Is.Not.Empty);
        Assert.That((await store.OpenAsync(timeline.Id))!.Version, Is.EqualTo(1), "recomputing the index columns is not a new version");
    }

    private static async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
