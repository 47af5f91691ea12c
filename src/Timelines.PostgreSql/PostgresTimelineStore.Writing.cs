using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;
using Timelines.PostgreSql.Storage;

namespace Timelines.PostgreSql;

/// <content>Writes: each one transaction, each checked against the version the writer expects.</content>
public sealed partial class PostgresTimelineStore
{
    /// <summary>
    /// Saves a whole timeline in one transaction, replacing what was stored under its id: its events are written
    /// with one binary <c>COPY</c>, so either all of it is stored or, if anything fails (a lost connection too),
    /// nothing changes.
    /// </summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="expectedVersion">The stored version this save replaces, or <see cref="NoVersion"/> to create the timeline.</param>
    /// <param name="cancellationToken">Cancels the save; nothing is stored then.</param>
    /// <returns>The new version (1 for a new timeline).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    /// <exception cref="TimelineConcurrencyException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="TimelineStoreException">An id holds U+0000, or the zone is not in the TZDB database.</exception>
    public async Task<long> SaveAsync(Timeline timeline, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        CheckStorable(timeline.Id, timeline.TimeZone, timeline.Events);
        var header = Headers.ToJson(timeline);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var sql = expectedVersion == NoVersion
            ? $"""
              INSERT INTO {schema.Timeline} AS t (id, version, title, time_zone, as_of, event_count, next_position, extents_fingerprint, header)
              VALUES ($1, 1, $3, $4, $5, $6, $6, $7, $8)
              ON CONFLICT (id) DO NOTHING
              RETURNING key, version
              """
            : $"""
              UPDATE {schema.Timeline} SET version = version + 1, title = $3, time_zone = $4, as_of = $5, event_count = $6,
                  next_position = $6, extents_fingerprint = $7, header = $8
              WHERE id = $1 AND version = $2
              RETURNING key, version
              """;
        long key, version;
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = timeline.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = expectedVersion });
            command.Parameters.Add(new NpgsqlParameter { Value = StoredText.ForColumn(timeline.Title) });
            command.Parameters.Add(new NpgsqlParameter { Value = timeline.TimeZone.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = timeline.AsOf is { } asOf ? asOf : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = timeline.Count });
            command.Parameters.Add(new NpgsqlParameter { Value = ExtentsFingerprint.Current });
            command.Parameters.Add(new NpgsqlParameter { Value = header, NpgsqlDbType = NpgsqlDbType.Json });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.DisposeAsync().ConfigureAwait(false);
                throw await ConflictAsync(connection, timeline.Id, expectedVersion, cancellationToken).ConfigureAwait(false);
            }

            (key, version) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        if (expectedVersion != NoVersion)
        {
            await using var delete = LongCommand.Create($"DELETE FROM {schema.Event} WHERE timeline_key = $1", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = key });
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await EventCopier.CopyAsync(connection, schema, key, timeline.Events, timeline.TimeZone, 0, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    /// <summary>
    /// Adds events at the end of a stored timeline in one transaction, checking the same rules as a
    /// <see cref="TimelineBuilder"/>: ids unique among all the timeline's events, relations to events that exist
    /// (stored or added now), titles, tags, coordinates.
    /// </summary>
    /// <param name="timelineId">The timeline's id.</param>
    /// <param name="events">The events to add.</param>
    /// <param name="expectedVersion">The stored version this change applies to.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is stored then.</param>
    /// <returns>The new version, or <paramref name="expectedVersion"/> when there was nothing to add.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="TimelineValidationException">An event breaks a rule; every problem is listed, and nothing is stored.</exception>
    /// <exception cref="TimelineConcurrencyException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="TimelineStoreException">The timeline is not stored, its extents must be recomputed (<see cref="MigrateAsync"/>), or an id holds U+0000.</exception>
    public async Task<long> AppendAsync(string timelineId, IEnumerable<TimelineEvent> events, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timelineId);
        ArgumentNullException.ThrowIfNull(events);
        var added = events.ToList();
        if (added.Any(e => e is null))
        {
            throw new ArgumentNullException(nameof(events), "An event to append is null.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await LockForWriteAsync(connection, timelineId, expectedVersion, cancellationToken).ConfigureAwait(false);
        row.ThrowIfStale(timelineId);
        var zone = row.Zone;
        CheckStorable(timelineId, zone, added);
        if (added.Count == 0)
        {
            return row.Version;
        }

        await AppendValidation.ThrowIfInvalidAsync(connection, schema, row, timelineId, added, cancellationToken).ConfigureAwait(false);
        await EventCopier.CopyAsync(connection, schema, row.Key, added, zone, row.NextPosition, cancellationToken).ConfigureAwait(false);
        var version = await BumpAsync(connection, row.Key, added.Count, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    /// <summary>
    /// Removes events from a stored timeline in one transaction. Ids that are not stored are ignored. As with
    /// <see cref="Timeline.WithoutEvent"/>, an event that another (kept) event relates to cannot be removed.
    /// </summary>
    /// <param name="timelineId">The timeline's id.</param>
    /// <param name="eventIds">The ids of the events to remove.</param>
    /// <param name="expectedVersion">The stored version this change applies to.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is changed then.</param>
    /// <returns>The new version, or <paramref name="expectedVersion"/> when no event was removed.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id is null.</exception>
    /// <exception cref="TimelineValidationException">A kept event relates to a removed one; every such relation is listed, and nothing is changed.</exception>
    /// <exception cref="TimelineConcurrencyException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="TimelineStoreException">The timeline is not stored.</exception>
    public async Task<long> RemoveAsync(string timelineId, IEnumerable<string> eventIds, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timelineId);
        ArgumentNullException.ThrowIfNull(eventIds);
        var ids = eventIds.ToArray();
        if (ids.Any(id => id is null))
        {
            throw new ArgumentNullException(nameof(eventIds), "An id to remove is null.");
        }

        // No stored id holds U+0000 (SaveAsync refuses them), and such a parameter cannot be sent: skip them.
        ids = [.. ids.Where(id => !StoredText.HasNul(id)).Distinct(StringComparer.Ordinal)];
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await LockForWriteAsync(connection, timelineId, expectedVersion, cancellationToken).ConfigureAwait(false);
        await RemoveValidation.ThrowIfReferencedAsync(connection, schema, row.Key, ids, cancellationToken).ConfigureAwait(false);

        int removed;
        await using (var delete = LongCommand.Create($"DELETE FROM {schema.Event} WHERE timeline_key = $1 AND id = ANY($2)", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = row.Key });
            delete.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            removed = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (removed == 0)
        {
            return row.Version;
        }

        var version = await BumpAsync(connection, row.Key, -removed, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    /// <summary>Deletes a stored timeline and all its events in one transaction.</summary>
    /// <param name="timelineId">The timeline's id.</param>
    /// <param name="expectedVersion">The stored version the writer expects to delete.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> if it was deleted; <see langword="false"/> if it was not stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timelineId"/> is null.</exception>
    /// <exception cref="TimelineConcurrencyException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    public async Task<bool> DeleteAsync(string timelineId, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timelineId);
        if (StoredText.HasNul(timelineId))
        {
            return false;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LongCommand.Create($"DELETE FROM {schema.Timeline} WHERE id = $1 AND version = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = timelineId });
        command.Parameters.Add(new NpgsqlParameter { Value = expectedVersion });
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
        {
            return true;
        }

        var actual = await ReadVersionAsync(connection, timelineId, cancellationToken).ConfigureAwait(false);
        return actual is null ? false : throw new TimelineConcurrencyException(timelineId, expectedVersion, actual);
    }

    private static void CheckStorable(string timelineId, NodaTime.DateTimeZone zone, IEnumerable<TimelineEvent> events)
    {
        if (StoredText.HasNul(timelineId))
        {
            throw new TimelineStoreException("The timeline's id holds U+0000, which PostgreSQL text cannot store; ids are keys, so it is not replaced. Use an id without it.");
        }

        if (!Zones.IsStorable(zone))
        {
            throw new TimelineStoreException($"The timeline '{timelineId}' is in the zone '{zone.Id}', which is not in the TZDB database; only TZDB zones (and UTC) can be stored and read back.");
        }

        var bad = events.Where(e => StoredText.HasNul(e.Id)).Select(e => e.Id.Replace(StoredText.Nul, StoredText.Replacement)).Take(5).ToList();
        if (bad.Count > 0)
        {
            throw new TimelineStoreException(
                $"Event ids of the timeline '{timelineId}' hold U+0000, which PostgreSQL text cannot store; ids are keys, so it is not replaced: '{string.Join("', '", bad)}' (U+0000 shown as U+FFFD). Other fields may hold U+0000.");
        }
    }

    private async Task<TimelineRow> LockForWriteAsync(NpgsqlConnection connection, string timelineId, long expectedVersion, CancellationToken cancellationToken)
    {
        var row = await TimelineRow.ReadAsync(connection, schema, timelineId, forUpdate: true, cancellationToken).ConfigureAwait(false)
            ?? throw NotStored(timelineId);
        return row.Version == expectedVersion ? row : throw new TimelineConcurrencyException(timelineId, expectedVersion, row.Version);
    }

    private async Task<long> BumpAsync(NpgsqlConnection connection, long key, int change, CancellationToken cancellationToken)
    {
        var sql = $"""
            UPDATE {schema.Timeline} SET version = version + 1, event_count = event_count + $2,
                next_position = next_position + greatest($2, 0)
            WHERE key = $1 RETURNING version
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = change });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<TimelineConcurrencyException> ConflictAsync(NpgsqlConnection connection, string timelineId, long expectedVersion, CancellationToken cancellationToken) =>
        new(timelineId, expectedVersion, await ReadVersionAsync(connection, timelineId, cancellationToken).ConfigureAwait(false));

    private async Task<long?> ReadVersionAsync(NpgsqlConnection connection, string timelineId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT version FROM {schema.Timeline} WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = timelineId });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
    }

    private static TimelineStoreException NotStored(string timelineId) =>
        new($"No timeline with the id '{timelineId.Replace(StoredText.Nul, StoredText.Replacement)}' is stored.");
}
