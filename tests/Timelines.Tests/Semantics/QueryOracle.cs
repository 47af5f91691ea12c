using System;
using System.Collections.Generic;
using System.Linq;
using Timelines.Querying;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The results of a query by docs/semantics.md section 5: every event answered against the period, filtered,
/// ordered (ES, then LE, then id), cut for <c>Next</c> and <c>Previous</c>, then paged.
/// </summary>
internal static class QueryOracle
{
    /// <summary>Answers one question; the two oracles are interchangeable (<c>OracleAgreementTest</c>).</summary>
    public static TruthValue Answer(FourPoints item, FourPoints period, Condition condition, bool bruteForce = false) =>
        bruteForce ? ResolutionOracle.Answer(item, period, condition) : ConstraintOracle.Answer(item, period, condition);

    /// <summary>Whether an answer passes the query's certainty.</summary>
    public static bool Passes(TruthValue answer, Certainty certainty) =>
        certainty == Certainty.Certainly ? answer == TruthValue.Yes : answer != TruthValue.No;

    public static List<TimelineEvent> Run(Timeline timeline, QuerySpec query, bool bruteForce = false)
    {
        var context = Context(timeline, query);
        var condition = query.Condition;
        var period = query.Period is { } given ? SemanticsOracle.Points(given, context) : default;
        var excluded = query.Period?.ExcludedId;
        var matches = new List<(TimelineEvent Event, FourPoints Points)>();
        foreach (var item in timeline.Events)
        {
            if (item.Id == excluded || (query.Tag is { } tag && !item.Tags.Contains(tag)))
            {
                continue;
            }

            var points = SemanticsOracle.Points(item, context);
            if (condition is null || Passes(Answer(points, period, condition, bruteForce), query.Certainty))
            {
                matches.Add((item, points));
            }
        }

        var ordered = matches
            .OrderBy(m => m.Points.EarliestStart)
            .ThenBy(m => m.Points.LatestEnd)
            .ThenBy(m => m.Event.Id, StringComparer.Ordinal)
            .Select(m => m.Event)
            .ToList();
        ordered = query.Kind switch
        {
            QueryKind.Next => [.. ordered.Take(query.Count)],
            QueryKind.Previous => [.. ordered.Skip(Math.Max(0, ordered.Count - query.Count))],
            _ => ordered,
        };
        IEnumerable<TimelineEvent> paged = ordered.Skip(query.Skip);
        return [.. query.Take is { } take ? paged.Take(take) : paged];
    }

    public static TimeContext Context(Timeline timeline, QuerySpec query) => new(timeline.TimeZone, timeline.AsOf, query.Ongoing);
}
