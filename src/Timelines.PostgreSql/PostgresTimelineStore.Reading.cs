using System;
using System.Data;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using Timelines.PostgreSql.Storage;
using Timelines.Serialization;

namespace Timelines.PostgreSql;

/// <content>Reads of whole timelines and of their headers.</content>
public sealed partial class PostgresTimelineStore
{
    /// <summary>Loads a whole stored timeline, equal to what was written, from one consistent snapshot of the database.</summary>
    /// <param name="timelineId">The timeline's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The timeline and its version, or <see langword="null"/> if none is stored under that id. O(n).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timelineId"/> is null.</exception>
    public async Task<StoredTimeline?> LoadAsync(string timelineId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timelineId);
        if (StoredText.HasNul(timelineId))
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        if (await ReadHeaderAsync(connection, timelineId, cancellationToken).ConfigureAwait(false) is not var (key, header, version, count))
        {
            return null;
        }

        var positions = new long[count];
        var events = new TimelineEvent[count];
        var read = 0;
        await using (var command = LongCommand.Create($"SELECT position, document FROM {schema.Event} WHERE timeline_key = $1", connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (read == count)
                {
                    Array.Resize(ref positions, (count * 2) + 1);
                    Array.Resize(ref events, positions.Length);
                    count = positions.Length;
                }

                positions[read] = reader.GetInt64(0);
                events[read++] = TimelineJson.ParseEvent(reader.GetString(1));
            }
        }

        // The rows come in the table's order; the events' own order is their position.
        Array.Sort(positions, events, 0, read);
        var builder = header.ToBuilder().AddRange(new ArraySegment<TimelineEvent>(events, 0, read));
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredTimeline(builder.Build(), version);
    }

    /// <summary>Reads a stored timeline's header (everything but its events), its version and its number of events.</summary>
    /// <param name="timelineId">The timeline's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The header, or <see langword="null"/> if none is stored under that id. O(1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timelineId"/> is null.</exception>
    public async Task<StoredTimelineHeader?> OpenAsync(string timelineId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timelineId);
        if (StoredText.HasNul(timelineId))
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadHeaderAsync(connection, timelineId, cancellationToken).ConfigureAwait(false) is var (_, header, version, count)
            ? new StoredTimelineHeader(header, version, count)
            : null;
    }

    private async Task<(long Key, Timeline Header, long Version, int Count)?> ReadHeaderAsync(
        NpgsqlConnection connection, string timelineId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT key, header, version, event_count FROM {schema.Timeline} WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = timelineId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return (reader.GetInt64(0), Headers.Parse(reader.GetString(1)), reader.GetInt64(2), reader.GetInt32(3));
    }
}
