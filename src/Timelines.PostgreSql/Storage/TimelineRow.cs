using System;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Npgsql;

namespace Timelines.PostgreSql.Storage;

/// <summary>The parts of a stored timeline's row that reads and writes check: its key, version, zone and fingerprint.</summary>
internal sealed record TimelineRow(long Key, long Version, string TimeZoneId, string Fingerprint, long NextPosition)
{
    public const string Columns = "key, version, time_zone, extents_fingerprint, next_position";

    public bool IsStale => !string.Equals(Fingerprint, ExtentsFingerprint.Current, StringComparison.Ordinal);

    public DateTimeZone Zone => Zones.Find(TimeZoneId);

    /// <summary>Reads the row, locking it against other writers until the transaction ends when <paramref name="forUpdate"/>.</summary>
    public static async Task<TimelineRow?> ReadAsync(
        NpgsqlConnection connection, SchemaName schema, string timelineId, bool forUpdate, CancellationToken cancellationToken)
    {
        if (StoredText.HasNul(timelineId))
        {
            return null;
        }

        var sql = $"SELECT {Columns} FROM {schema.Timeline} WHERE id = $1" + (forUpdate ? " FOR UPDATE" : string.Empty);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = timelineId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public static TimelineRow Read(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4));

    public void ThrowIfStale(string timelineId)
    {
        if (IsStale)
        {
            throw new TimelineStoreException(
                $"The extents of the timeline '{timelineId}' were computed by a version of Timelines (or of the time zone data) that placed dates differently from this one; call MigrateAsync to recompute them before querying or writing it.");
        }
    }
}
