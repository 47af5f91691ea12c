using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Timelines.PostgreSql.Storage;

/// <summary>Writes events into the event table with one binary <c>COPY</c>, inside the caller's transaction.</summary>
internal static class EventCopier
{
    /// <summary>
    /// Called after every <see cref="ProgressInterval"/> rows with the number written so far; null outside tests.
    /// It lets a test cut the connection in the middle of a save at a known point.
    /// </summary>
    internal static Func<long, CancellationToken, Task>? RowsWritten { get; set; }

    internal const int ProgressInterval = 1000;

    public static async Task<long> CopyAsync(
        NpgsqlConnection connection,
        SchemaName schema,
        long timelineKey,
        IEnumerable<TimelineEvent> events,
        DateTimeZone zone,
        long firstPosition,
        CancellationToken cancellationToken)
    {
        var command = $"""
            COPY {schema.Event} (timeline_key, id, position, title, edtf, earliest_start, latest_start, earliest_end,
                latest_end, start_key, possible, certain, ongoing, status, tags, actors, places, related_to, exact_text, document)
            FROM STDIN (FORMAT BINARY)
            """;
        var position = firstPosition;
        await using var writer = await LongCommand.BeginImportAsync(connection, command, cancellationToken).ConfigureAwait(false);
        foreach (var item in events)
        {
            var row = EventRow.For(item, zone, position++);
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(timelineKey, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Position, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Title, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Edtf, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteTimeColumnsAsync(writer, row, cancellationToken).ConfigureAwait(false);
            if (row.Status is { } status)
            {
                await writer.WriteAsync(status, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }

            await writer.WriteAsync(row.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Actors, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Places, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.RelatedTo, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.ExactText, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Document, NpgsqlDbType.Json, cancellationToken).ConfigureAwait(false);

            var written = position - firstPosition;
            if (RowsWritten is { } progress && written % ProgressInterval == 0)
            {
                await progress(written, cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return position - firstPosition;
    }

    /// <summary>
    /// Writes the columns derived from the event's time, in table order: earliest_start, latest_start,
    /// earliest_end, latest_end, start_key, possible, certain, ongoing. Saves and the recomputation of extents share it.
    /// </summary>
    public static async Task WriteTimeColumnsAsync(NpgsqlBinaryImporter writer, EventRow row, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(row.EarliestStart, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(row.LatestStart, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(row.EarliestEnd, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(row.LatestEnd, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(row.StartKey, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(row.Possible, NpgsqlDbType.Range | NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        if (row.Certain is { } certain)
        {
            await writer.WriteAsync(certain, NpgsqlDbType.Range | NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.WriteAsync(row.Ongoing, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
    }
}
