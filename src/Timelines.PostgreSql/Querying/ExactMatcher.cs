using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using Timelines.PostgreSql.Storage;
using Timelines.Querying;

namespace Timelines.PostgreSql.Querying;

/// <summary>
/// Decides a query exactly on its candidates with the core itself: the candidates, read in start-key order, are
/// cut into batches at a change of start key (so no run of equal keys is split), each batch becomes an in-memory
/// <see cref="Timeline"/>, and the very same query runs on it. The results come in the core's order.
/// </summary>
/// <remarks>
/// <para>
/// Why this order is the in-memory order: the core sorts by earliest start, then latest end, then id. The start
/// key is the earliest start itself (or the smallest key for every start the instant range cannot hold), so it
/// never orders two events against the core's order; events with equal keys always share a batch, and the core
/// orders them there. Every condition but Next and Previous decides each event alone, so a batch's matches are
/// exactly the timeline's matches among its events. Next(n) takes the first n matches in order: each batch is asked
/// for the ones still missing. Previous(n) takes the last n: the batches are read from the end and their answers
/// put back in order. Skip and Take apply to the whole stream, as in memory.
/// </para>
/// <para>Memory: one batch (plus, for Previous, at most n results), never the table.</para>
/// </remarks>
internal static class ExactMatcher
{
    /// <summary>Gets or sets the fewest candidates per batch; small in tests so that batches split often.</summary>
    internal static int BatchSize { get; set; } = 1024;

    public static async IAsyncEnumerable<CandidateMatch> MatchesAsync(
        NpgsqlConnection connection,
        SchemaName schema,
        long timelineKey,
        TimelineQuery query,
        bool withDocuments,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var kind = query.Time.Kind;
        var nearest = kind is TimeConditionKind.Next or TimeConditionKind.Previous;
        var remaining = nearest ? query.Time.Count : int.MaxValue;
        if (remaining == 0)
        {
            yield break;
        }

        var window = CandidateWindow.For(query);
        var backwards = new List<List<CandidateMatch>>();
        var batch = new List<CandidateRow>(BatchSize);
        await foreach (var row in CandidateReader.ReadAsync(connection, schema, timelineKey, window, query, withDocuments, cancellationToken).ConfigureAwait(false))
        {
            if (batch.Count >= BatchSize && row.StartKey != batch[^1].StartKey)
            {
                var matches = Decide(batch, query, remaining);
                batch = new List<CandidateRow>(BatchSize);
                if (kind == TimeConditionKind.Previous)
                {
                    backwards.Add(matches);
                }
                else
                {
                    foreach (var match in matches)
                    {
                        yield return match;
                    }
                }

                remaining -= nearest ? matches.Count : 0;
                if (remaining == 0)
                {
                    break;
                }
            }

            batch.Add(row);
        }

        if (batch.Count > 0 && remaining > 0)
        {
            var matches = Decide(batch, query, remaining);
            if (kind == TimeConditionKind.Previous)
            {
                backwards.Add(matches);
            }
            else
            {
                foreach (var match in matches)
                {
                    yield return match;
                }
            }
        }

        for (var i = backwards.Count - 1; i >= 0; i--)
        {
            foreach (var match in backwards[i])
            {
                yield return match;
            }
        }
    }

    private static List<CandidateMatch> Decide(List<CandidateRow> batch, in TimelineQuery query, int remaining)
    {
        var rows = new Dictionary<TimelineEvent, CandidateRow>(batch.Count, CandidateRow.ByReference);
        var source = query.Timeline;
        var builder = new TimelineBuilder(source.Id, source.Title) { TimeZone = source.TimeZone, AsOf = source.AsOf };
        foreach (var row in batch)
        {
            var item = row.ToDecisionEvent();
            rows.Add(item, row);
            builder.Add(item);
        }

        var matches = new List<CandidateMatch>();
        foreach (var match in QueryRebinder.Rebind(query, builder.Build(), remaining))
        {
            matches.Add(new CandidateMatch(rows[match], match));
        }

        return matches;
    }
}

/// <summary>A candidate the core matched: its row, and the event the core decided on (without relations).</summary>
internal readonly record struct CandidateMatch(CandidateRow Row, TimelineEvent Decided);
