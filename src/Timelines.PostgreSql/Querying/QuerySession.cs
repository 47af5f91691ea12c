using System;
using System.Collections.Generic;
using System.Data;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using Timelines.PostgreSql.Storage;
using Timelines.Querying;

namespace Timelines.PostgreSql.Querying;

/// <summary>
/// One query against the database: a read-only, repeatable-read transaction (so every batch sees one snapshot,
/// like a query on one immutable timeline), the stored timeline's row, and the checks that make the answer the
/// in-memory one: same zone, extents computed by this core, a query this package can carry whole.
/// </summary>
internal static class QuerySession
{
    public static async IAsyncEnumerable<CandidateMatch> MatchesAsync(
        NpgsqlDataSource dataSource,
        SchemaName schema,
        TimelineQuery query,
        bool withDocuments,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var timeline = query.Timeline;
        QueryRebinder.ThrowIfIncomplete(query);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
        {
            await readOnly.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var row = await TimelineRow.ReadAsync(connection, schema, timeline.Id, forUpdate: false, cancellationToken).ConfigureAwait(false)
            ?? throw new TimelineStoreException($"No timeline with the id '{timeline.Id.Replace(StoredText.Nul, StoredText.Replacement)}' is stored; the query was made on a timeline with that id.");
        if (!string.Equals(row.TimeZoneId, timeline.TimeZone.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The query was made on a timeline in the zone '{timeline.TimeZone.Id}', but '{timeline.Id}' is stored in '{row.TimeZoneId}'; days would begin at other instants. Make the query from the stored timeline (OpenAsync(...).Query()).",
                nameof(query));
        }

        row.ThrowIfStale(timeline.Id);
        await foreach (var match in ExactMatcher.MatchesAsync(connection, schema, row.Key, query, withDocuments, cancellationToken).ConfigureAwait(false))
        {
            yield return match;
        }
    }

    /// <summary>Gets the matches after Skip and Take, stopping the reads as soon as Take is met.</summary>
    public static async IAsyncEnumerable<CandidateMatch> PagedAsync(
        NpgsqlDataSource dataSource,
        SchemaName schema,
        TimelineQuery query,
        bool withDocuments,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var skip = query.SkipCount;
        var take = query.TakeCount;
        await foreach (var match in MatchesAsync(dataSource, schema, query, withDocuments, cancellationToken).ConfigureAwait(false))
        {
            if (take == 0)
            {
                yield break;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            yield return match;
            take--;
        }
    }

    /// <summary>Gets the results as the core decided them (without relations), for aggregations.</summary>
    public static async Task<Timeline> ResultsAsync(NpgsqlDataSource dataSource, SchemaName schema, TimelineQuery query, CancellationToken cancellationToken)
    {
        var source = query.Timeline;
        var builder = new TimelineBuilder(source.Id, source.Title) { TimeZone = source.TimeZone, AsOf = source.AsOf };
        var events = new List<TimelineEvent>();
        await foreach (var match in PagedAsync(dataSource, schema, query, withDocuments: false, cancellationToken).ConfigureAwait(false))
        {
            events.Add(match.Decided);
        }

        return builder.AddRange(events).Build();
    }
}
