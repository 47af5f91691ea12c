using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Timelines.PostgreSql.Querying;
using Timelines.Querying;

namespace Timelines.PostgreSql;

/// <content>
/// Queries answered by the database. Each takes a <see cref="TimelineQuery"/> made on a timeline whose id names the
/// stored one (from <see cref="StoredTimelineHeader.Query"/>, or on the loaded timeline itself); the query's
/// timeline gives the as-of day, and its zone must be the stored one. The answer is the one the same query gives on
/// the stored timeline in memory: the same events, in the same order, read from one snapshot of the database.
/// </content>
public sealed partial class PostgresTimelineStore
{
    /// <summary>
    /// Runs a query in the database and streams its results in the query's order (earliest start, latest end, id).
    /// Candidates are fetched in batches through a cursor, so memory holds one batch, and stopping the enumeration
    /// (or a Take) stops the reads.
    /// </summary>
    /// <param name="query">The query; its timeline's id names the stored timeline.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The results, equal to the stored events.</returns>
    /// <exception cref="TimelineStoreException">No timeline with the query's timeline's id is stored, or its extents must be recomputed (<see cref="MigrateAsync"/>).</exception>
    /// <exception cref="ArgumentException">The query's timeline is in another zone than the stored one.</exception>
    /// <exception cref="NotSupportedException">The query has a part this version cannot carry to the database.</exception>
    public async IAsyncEnumerable<TimelineEvent> QueryAsync(TimelineQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var match in QuerySession.PagedAsync(dataSource, schema, query, withDocuments: true, cancellationToken).ConfigureAwait(false))
        {
            yield return match.Row.ToEvent();
        }
    }

    /// <summary>Counts a query's results in the database, Skip and Take applied, without reading the events' documents.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of results; the same as <see cref="TimelineQuery.Count"/> on the timeline in memory.</returns>
    /// <exception cref="TimelineStoreException">See <see cref="QueryAsync"/>.</exception>
    public async Task<int> CountAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var _ in QuerySession.PagedAsync(dataSource, schema, query, withDocuments: false, cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    /// <summary>Tells whether a query has any result, reading candidates only until the first.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> if there is a result; the same as <see cref="TimelineQuery.Any"/>.</returns>
    /// <exception cref="TimelineStoreException">See <see cref="QueryAsync"/>.</exception>
    public async Task<bool> AnyAsync(TimelineQuery query, CancellationToken cancellationToken = default) =>
        await CountAsync(query.Take(1), cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>Counts a query's results per day, week, month or year, as <see cref="TimelineQuery.Histogram"/> does.</summary>
    /// <param name="query">The query.</param>
    /// <param name="dates">The days to cover.</param>
    /// <param name="unit">The bucket size.</param>
    /// <param name="zone">The buckets' zone, or <see langword="null"/> for the timeline's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The buckets. The results are held in memory, without their documents, while they are counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public async Task<ImmutableArray<HistogramBucket>> HistogramAsync(
        TimelineQuery query, DateInterval dates, HistogramUnit unit, DateTimeZone? zone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var results = await QuerySession.ResultsAsync(dataSource, schema, query, cancellationToken).ConfigureAwait(false);
        return Over(results, query).Histogram(dates, unit, zone);
    }

    /// <summary>Returns the union of a query's results' extents, as <see cref="TimelineQuery.Coverage"/> does.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The periods. The results are held in memory, without their documents, while they are merged.</returns>
    public async Task<ImmutableArray<Interval>> CoverageAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        var results = await QuerySession.ResultsAsync(dataSource, schema, query, cancellationToken).ConfigureAwait(false);
        return Over(results, query).Coverage();
    }

    /// <summary>Returns the periods within a period in which no result of a query is going on, as <see cref="TimelineQuery.Gaps"/> does.</summary>
    /// <param name="query">The query.</param>
    /// <param name="within">The period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The gaps. The results are held in memory, without their documents, while they are merged.</returns>
    public async Task<ImmutableArray<Interval>> GapsAsync(TimelineQuery query, QueryPeriod within, CancellationToken cancellationToken = default)
    {
        var results = await QuerySession.ResultsAsync(dataSource, schema, query, cancellationToken).ConfigureAwait(false);
        return Over(results, query).Gaps(within);
    }

    /// <summary>Returns the largest number of a query's results going on at once, as <see cref="TimelineQuery.PeakConcurrency"/> does.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The peak. The results are held in memory, without their documents, while they are swept.</returns>
    public async Task<ConcurrencyPeak> PeakConcurrencyAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        var results = await QuerySession.ResultsAsync(dataSource, schema, query, cancellationToken).ConfigureAwait(false);
        return Over(results, query).PeakConcurrency();
    }

    /// <summary>Gets every event of <paramref name="results"/> under the query's certainty and ongoing choice: the aggregations' input.</summary>
    private static TimelineQuery Over(Timeline results, in TimelineQuery query)
    {
        var all = results.Query().WithOpenEnds(query.OpenEnds);
        return query.Certainty == Certainty.Certainly ? all.Certainly() : all.Possibly();
    }
}
