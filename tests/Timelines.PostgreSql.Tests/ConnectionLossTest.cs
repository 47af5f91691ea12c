using System.Threading.Tasks;
using Npgsql;
using Timelines.PostgreSql.Storage;

namespace Timelines.PostgreSql.Tests;

[NonParallelizable]
public sealed class ConnectionLossTest
{
    [TearDown]
    public void RemoveHook() => EventCopier.RowsWritten = null;

    [Test]
    public async Task A_save_whose_connection_is_killed_halfway_leaves_the_old_timeline_intact()
    {
        var store = Database.Store;
        var id = Database.NewId("killed");
        var old = ConcurrencyTest.Make(id, "old", 300);
        await store.SaveAsync(old, PostgresTimelineStore.NoVersion);

        // Halfway through the COPY of the new events, a second connection ends the saving one's server process.
        var killed = false;
        EventCopier.RowsWritten = async (written, cancellationToken) =>
        {
            if (written == 3000 && !killed)
            {
                killed = true;
                await using var connection = await Database.DataSource.OpenConnectionAsync(cancellationToken);
                await using var kill = new NpgsqlCommand(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE 'COPY %' AND datname = current_database()",
                    connection);
                await kill.ExecuteNonQueryAsync(cancellationToken);
            }
        };

        var replacement = ConcurrencyTest.Make(id, "new", 20_000);
        var error = Assert.CatchAsync(() => store.SaveAsync(replacement, 1));
        EventCopier.RowsWritten = null;
        var loaded = await store.LoadAsync(id);

        Assert.That(killed, Is.True, "the connection was cut in the middle of the save");
        Assert.That(error, Is.InstanceOf<NpgsqlException>().Or.InstanceOf<System.IO.IOException>().Or.InstanceOf<System.InvalidOperationException>(), error?.ToString());
        Assert.That(loaded!.Version, Is.EqualTo(1));
        Assert.That(loaded.Timeline, Is.EqualTo(old));
        Assert.That(await store.SaveAsync(replacement, 1), Is.EqualTo(2), "the store works again afterwards");
    }
}
