using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Npgsql;
using NpgsqlTypes;
using Timelines.PostgreSql.Storage;
using Timelines.Querying;

namespace Timelines.PostgreSql.Querying;

/// <summary>
/// Streams a window's candidates through server-side cursors, segment after segment, a fetch at a time, so a
/// caller that stops early (Take, Any, Next) never has the rest sent; filters are narrowed in SQL too (tags, actors
/// and places by array containment, statuses and ids by membership), with the same U+0000 replacement as the
/// columns, so they too keep every candidate.
/// </summary>
internal static class CandidateReader
{
    /// <summary>Gets or sets the rows per FETCH; small in tests so that cursors are read in many steps.</summary>
    internal static int FetchSize { get; set; } = 1024;

    public static async IAsyncEnumerable<CandidateRow> ReadAsync(
        NpgsqlConnection connection,
        SchemaName schema,
        long timelineKey,
        CandidateWindow window,
        TimelineQuery query,
        bool withDocuments,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = 0;
        foreach (var segment in window.Descending ? window.Segments.Reverse() : window.Segments)
        {
            var name = "candidates_" + cursor++;
            await using (var declare = Select(connection, schema, timelineKey, segment, query, window.Descending, withDocuments, name))
            {
                await declare.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            while (true)
            {
                var fetched = 0;
                await using (var fetch = new NpgsqlCommand($"FETCH FORWARD {FetchSize} FROM {name}", connection))
                await using (var reader = await fetch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        fetched++;
                        yield return new CandidateRow(
                            reader.GetInt64(0),
                            reader.GetString(1),
                            reader.GetString(2),
                            reader.IsDBNull(3) ? null : reader.GetString(3),
                            reader.GetFieldValue<string[]>(4),
                            reader.GetFieldValue<string[]>(5),
                            reader.GetFieldValue<string[]>(6),
                            reader.GetBoolean(7),
                            reader.IsDBNull(8) ? null : reader.GetString(8));
                    }
                }

                if (fetched < FetchSize)
                {
                    break;
                }
            }

            await using var close = new NpgsqlCommand($"CLOSE {name}", connection);
            await close.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static NpgsqlCommand Select(
        NpgsqlConnection connection, SchemaName schema, long timelineKey, WindowSegment segment, in TimelineQuery query, bool descending, bool withDocuments, string cursor)
    {
        var command = new NpgsqlCommand { Connection = connection };
        var sql = new StringBuilder()
            .Append("DECLARE ").Append(cursor).Append(" NO SCROLL CURSOR FOR SELECT start_key, id, edtf, status, tags, actors, places, exact_text, ")
            .Append(withDocuments ? "document::text" : "CASE WHEN exact_text THEN NULL ELSE document::text END")
            .Append(" FROM ").Append(schema.Event).Append(" WHERE timeline_key = ").Append(Add(command, timelineKey));
        if (segment.StartAtLeast is { } atLeast)
        {
            sql.Append(" AND start_key >= ").Append(Add(command, atLeast));
        }

        if (segment.StartBefore is { } before)
        {
            sql.Append(" AND start_key < ").Append(Add(command, before));
        }

        if (segment.Overlaps is var (low, high))
        {
            sql.Append(" AND possible && ").Append(Add(command, EventRow.Range(low, high)));
        }

        AppendContains(sql, command, "tags", query.Tags);
        AppendContains(sql, command, "actors", query.Actors);
        AppendContains(sql, command, "places", query.Places);
        // An empty set is still a filter: "= ANY('{}')" holds for no row, as the query matches no event.
        if (query.Statuses is { } statuses)
        {
            sql.Append(" AND status = ANY(").Append(Add(command, statuses.Select(s => StoredText.ForColumn(s.Name)).ToArray())).Append(')');
        }

        if (query.Ids is { } ids)
        {
            sql.Append(" AND id = ANY(").Append(Add(command, ids.Select(StoredText.ForColumn).ToArray())).Append(')');
        }

        sql.Append(" ORDER BY start_key").Append(descending ? " DESC" : string.Empty);
        command.CommandText = sql.ToString();
        return command;
    }

    private static void AppendContains(StringBuilder sql, NpgsqlCommand command, string column, System.Collections.Immutable.ImmutableArray<string> values)
    {
        if (!values.IsDefaultOrEmpty)
        {
            sql.Append(" AND ").Append(column).Append(" @> ").Append(Add(command, values.Select(StoredText.ForColumn).ToArray()));
        }
    }

    private static string Add(NpgsqlCommand command, object value)
    {
        var parameter = value switch
        {
            string[] texts => new NpgsqlParameter { Value = texts, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            NpgsqlRange<long> range => new NpgsqlParameter { Value = range, NpgsqlDbType = NpgsqlDbType.Range | NpgsqlDbType.Bigint },
            _ => new NpgsqlParameter { Value = value },
        };
        command.Parameters.Add(parameter);
        return "$" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
