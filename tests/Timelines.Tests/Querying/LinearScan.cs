using System;
using System.Collections.Generic;
using System.Linq;
using Timelines.Querying;

namespace Timelines.Tests.Querying;

/// <summary>
/// The answer to a query without the index: every event tested with the library's own algebra, then sorted. It checks
/// the index's windows and scans, not the meaning of the answers: Semantics/ checks that against an oracle of its own.
/// </summary>
internal static class LinearScan
{
    public static List<TimelineEvent> Run(TimelineQuery query)
    {
        var timeline = query.Timeline;
        var zone = timeline.TimeZone;
        var asOfEnd = query.OpenEnds == OpenEnds.Forever ? null : timeline.AsOfEnd;
        var q = query.Time.Kind == TimeConditionKind.None ? default : query.Time.Period.Axis(zone, asOfEnd);
        var matches = timeline.Events
            .Select(e => (Event: e, Bounds: Bounds(query, e)))
            .Where(x => PassesFilters(query, x.Event) && Holds(query, x.Bounds, q))
            .OrderBy(x => x.Bounds.EarliestStart)
            .ThenBy(x => x.Bounds.LatestEnd)
            .ThenBy(x => x.Event.Id, StringComparer.Ordinal)
            .Select(x => x.Event)
            .ToList();
        if (query.Time.Kind == TimeConditionKind.Next)
        {
            matches = [.. matches.Take(query.Time.Count)];
        }
        else if (query.Time.Kind == TimeConditionKind.Previous)
        {
            matches = [.. matches.Skip(Math.Max(0, matches.Count - query.Time.Count))];
        }

        IEnumerable<TimelineEvent> paged = matches.Skip(query.SkipCount);
        return [.. query.TakeCount is { } take ? paged.Take(take) : paged];
    }

    public static AxisBounds Bounds(TimelineQuery query, TimelineEvent item)
    {
        var timeline = query.Timeline;
        return item.When.Axis(timeline.TimeZone, query.OpenEnds == OpenEnds.Forever ? null : timeline.AsOfEnd);
    }

    private static bool Holds(TimelineQuery query, AxisBounds e, AxisBounds q)
    {
        var truth = query.Time.Kind switch
        {
            TimeConditionKind.None => TruthValue.Yes,
            TimeConditionKind.Overlapping => AllenAlgebra.Intersects(e, q),
            TimeConditionKind.Within => AllenAlgebra.Encloses(q, e),
            TimeConditionKind.Containing => AllenAlgebra.Encloses(e, q),
            TimeConditionKind.Before or TimeConditionKind.Previous => AtMost(e.EarliestEnd, e.LatestEnd, q.EarliestStart, q.LatestStart),
            TimeConditionKind.After or TimeConditionKind.Next => AtMost(q.EarliestEnd, q.LatestEnd, e.EarliestStart, e.LatestStart),
            TimeConditionKind.StartingIn => (TruthValue)Math.Min(
                (int)AtMost(q.EarliestStart, q.LatestStart, e.EarliestStart, e.LatestStart),
                (int)(e.LatestStart < q.EarliestEnd ? TruthValue.Yes : e.EarliestStart >= q.LatestEnd ? TruthValue.No : TruthValue.Maybe)),
            _ => AllenAlgebra.Evaluate(e, query.Time.Relation, q),
        };
        return query.Certainty == Certainty.Certainly ? truth == TruthValue.Yes : truth != TruthValue.No;
    }

    private static TruthValue AtMost(long x1, long x2, long y1, long y2) =>
        x2 <= y1 ? TruthValue.Yes : x1 > y2 ? TruthValue.No : TruthValue.Maybe;

    private static bool PassesFilters(TimelineQuery query, TimelineEvent item) =>
        !string.Equals(item.Id, query.Time.ExcludedEventId, StringComparison.Ordinal)
        && query.Tags.All(t => item.Tags.Contains(t))
        && query.Actors.All(a => item.Actors.Any(x => x.Name == a))
        && query.Places.All(p => item.Places.Any(x => x.Name == p))
        && (query.Statuses is not { } statuses || (item.Status is { } s && statuses.Contains(s)))
        && (query.Ids is not { } ids || ids.Contains(item.Id));
}
