using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CsCheck;
using Npgsql;

namespace Timelines.PostgreSql.Tests;

/// <summary>
/// docs/scaling.md is followed as written: its partitioning script and its view run on a store's schema, and the
/// store then answers random queries on the partitioned table exactly as in memory.
/// </summary>
public sealed partial class ScalingDocumentTest
{
    [Test]
    public async Task The_partitioning_steps_and_the_view_of_the_scaling_document_work_and_keep_the_answers()
    {
        var schema = Database.NewSchema("partitioned");
        var store = Database.StoreIn(schema);
        await store.MigrateAsync();
        var timeline = RandomData.Timeline(new Random(77), Database.NewId("partitioned"), 300);
        await store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        var blocks = SqlBlocks().Matches(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "docs", "scaling.md")));
        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(3));
        await ExecuteAsync(blocks[0].Groups[1].Value.Replace("timelines.", "\"" + schema + "\".", StringComparison.Ordinal));
        await ExecuteAsync(blocks[2].Groups[1].Value.Replace("timelines.", "\"" + schema + "\".", StringComparison.Ordinal));

        Assert.That(await ScalarAsync($"SELECT count(*) FROM pg_inherits WHERE inhparent = '\"{schema}\".event'::regclass"), Is.EqualTo(4L));
        Assert.That(await ScalarAsync($"SELECT count(*) FROM \"{schema}\".event_extent"), Is.EqualTo((long)timeline.Count));
        Assert.That(await ScalarAsync($"SELECT count(*) FROM \"{schema}\".event_extent WHERE possible IS NOT NULL"), Is.GreaterThan(timeline.Count / 2));

        var header = (await store.OpenAsync(timeline.Id))!;
        await Gen.Int.SampleAsync(
            async seed =>
            {
                var query = RandomData.Query(new Random(seed), timeline);
                Assert.That(await store.QueryAsync(query).ToListAsync(), Is.EqualTo(query.ToImmutableArray()), query.ToString());
            },
            iter: 200,
            threads: 1);
        Assert.That(await store.AppendAsync(timeline.Id, [new TimelineEvent("late", "Late", EdtfValue.Parse("2022-06"))], header.Version), Is.EqualTo(2));
        Assert.That((await store.LoadAsync(timeline.Id))!.Timeline, Is.EqualTo(timeline.WithEvent(new TimelineEvent("late", "Late", EdtfValue.Parse("2022-06")))));
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [GeneratedRegex("```sql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlocks();
}
