using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;
using Timelines.Serialization;

namespace Timelines.PostgreSql.Storage;

/// <summary>
/// Recomputes the columns derived from each event's time for every timeline whose <see cref="ExtentsFingerprint"/>
/// differs from the running one: one transaction per timeline, its row locked so no writer interleaves, its
/// version unchanged (the events are the same; only the index columns are).
/// </summary>
internal static class ExtentsRefresher
{
    private const int BatchSize = 5000;

    public static async Task RefreshStaleAsync(NpgsqlDataSource dataSource, SchemaName schema, CancellationToken cancellationToken)
    {
        var stale = new List<string>();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var command = new NpgsqlCommand($"SELECT id FROM {schema.Timeline} WHERE extents_fingerprint <> $1 ORDER BY id", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = ExtentsFingerprint.Current });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stale.Add(reader.GetString(0));
            }
        }

        foreach (var id in stale)
        {
            await RefreshAsync(dataSource, schema, id, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task RefreshAsync(NpgsqlDataSource dataSource, SchemaName schema, string timelineId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await TimelineRow.ReadAsync(connection, schema, timelineId, forUpdate: true, cancellationToken).ConfigureAwait(false) is not { IsStale: true } row)
        {
            return;
        }

        var zone = row.Zone;
        await Execute(connection, """
            CREATE TEMPORARY TABLE refreshed (id text PRIMARY KEY, earliest_start text, latest_start text, earliest_end text,
                latest_end text, start_key bigint, possible int8range, certain int8range, ongoing boolean) ON COMMIT DROP
            """, cancellationToken).ConfigureAwait(false);
        await Execute(connection, $"DECLARE stale_events NO SCROLL CURSOR FOR SELECT document FROM {schema.Event} WHERE timeline_key = $1", cancellationToken, row.Key)
            .ConfigureAwait(false);
        while (true)
        {
            var rows = new List<EventRow>(BatchSize);
            await using (var fetch = new NpgsqlCommand($"FETCH FORWARD {BatchSize} FROM stale_events", connection))
            await using (var reader = await fetch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(EventRow.For(TimelineJson.ParseEvent(reader.GetString(0)), zone, 0));
                }
            }

            if (rows.Count == 0)
            {
                break;
            }

            await using var writer = await LongCommand.BeginImportAsync(
                connection,
                "COPY refreshed (id, earliest_start, latest_start, earliest_end, latest_end, start_key, possible, certain, ongoing) FROM STDIN (FORMAT BINARY)",
                cancellationToken).ConfigureAwait(false);
            foreach (var r in rows)
            {
                await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(r.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await EventCopier.WriteTimeColumnsAsync(writer, r, cancellationToken).ConfigureAwait(false);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await Execute(connection, "CLOSE stale_events", cancellationToken).ConfigureAwait(false);
        await Execute(connection, $"""
            UPDATE {schema.Event} e SET earliest_start = r.earliest_start, latest_start = r.latest_start,
                earliest_end = r.earliest_end, latest_end = r.latest_end, start_key = r.start_key, possible = r.possible,
                certain = r.certain, ongoing = r.ongoing
            FROM refreshed r WHERE e.timeline_key = $1 AND e.id = r.id
            """, cancellationToken, row.Key).ConfigureAwait(false);
        await Execute(connection, $"UPDATE {schema.Timeline} SET extents_fingerprint = $2 WHERE key = $1", cancellationToken, row.Key, ExtentsFingerprint.Current)
            .ConfigureAwait(false);

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = LongCommand.Create(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
