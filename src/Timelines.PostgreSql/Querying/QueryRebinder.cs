using System;
using System.Collections.Immutable;
using System.Linq;
using Timelines.Querying;

namespace Timelines.PostgreSql.Querying;

/// <summary>
/// Makes the same query on another timeline (a batch of fetched candidates) from the query's public parts, so
/// that the core decides exactly what it would decide on the stored timeline.
/// </summary>
/// <remarks>
/// The core has no public way to move a query to another snapshot, so the query is rebuilt through its public
/// builder methods. <see cref="ThrowIfIncomplete"/> checks, once per query, that the rebuilt query equals the
/// original in every part it exposes (and in its text, which names every part): if a later core adds a part this
/// code does not copy, the store refuses the query instead of answering a different one.
/// </remarks>
internal static class QueryRebinder
{
    /// <summary>Rebuilds the query on <paramref name="target"/> without Skip and Take (applied across batches by the caller).</summary>
    /// <param name="query">The query.</param>
    /// <param name="target">The timeline to run it on.</param>
    /// <param name="nearestCount">For Next and Previous, how many events this batch must still find; otherwise ignored.</param>
    public static TimelineQuery Rebind(in TimelineQuery query, Timeline target, int nearestCount)
    {
        var time = query.Time;
        var rebound = target.Query();
        rebound = time.Kind switch
        {
            TimeConditionKind.None => rebound,
            TimeConditionKind.Overlapping => rebound.Overlapping(time.Period),
            TimeConditionKind.Within => rebound.Within(time.Period),
            TimeConditionKind.Containing => rebound.Containing(time.Period),
            TimeConditionKind.Before => rebound.Before(time.Period),
            TimeConditionKind.After => rebound.After(time.Period),
            TimeConditionKind.StartingIn => rebound.StartingIn(time.Period),
            TimeConditionKind.Related => rebound.Related(time.Period, time.Relation),
            TimeConditionKind.Next => rebound.Next(time.Period, nearestCount),
            TimeConditionKind.Previous => rebound.Previous(time.Period, nearestCount),
            _ => throw Unsupported(query),
        };

        rebound = query.Certainty == Certainty.Certainly ? rebound.Certainly() : rebound.Possibly();
        rebound = rebound.WithOpenEnds(query.OpenEnds);
        foreach (var tag in query.Tags)
        {
            rebound = rebound.WithTag(tag);
        }

        foreach (var actor in query.Actors)
        {
            rebound = rebound.WithActor(actor);
        }

        foreach (var place in query.Places)
        {
            rebound = rebound.WithPlace(place);
        }

        // One call with the narrowed set rebuilds it exactly, an empty set (nothing matches) included.
        if (query.Statuses is { } statuses)
        {
            rebound = rebound.WithStatus([.. statuses]);
        }

        if (query.Ids is { } ids)
        {
            rebound = rebound.WithIds([.. ids]);
        }

        return rebound;
    }

    /// <summary>Throws <see cref="NotSupportedException"/> unless rebuilding reproduces the query in every part.</summary>
    public static void ThrowIfIncomplete(in TimelineQuery query)
    {
        var rebound = Rebind(query, query.Timeline, query.Time.Count).Skip(query.SkipCount);
        if (query.TakeCount is { } take)
        {
            rebound = rebound.Take(take);
        }

        var same = string.Equals(rebound.ToString(), query.ToString(), StringComparison.Ordinal)
            && SameTime(rebound.Time, query.Time)
            && rebound.Certainty == query.Certainty
            && rebound.OpenEnds == query.OpenEnds
            && rebound.Tags.SequenceEqual(query.Tags)
            && rebound.Actors.SequenceEqual(query.Actors)
            && rebound.Places.SequenceEqual(query.Places)
            && SameSet(rebound.Statuses, query.Statuses)
            && SameSet(rebound.Ids, query.Ids)
            && rebound.SkipCount == query.SkipCount
            && rebound.TakeCount == query.TakeCount;
        if (!same)
        {
            throw Unsupported(query);
        }
    }

    private static bool SameSet<T>(ImmutableArray<T>? x, ImmutableArray<T>? y) =>
        x is { } a ? y is { } b && a.SequenceEqual(b) : y is null;

    private static bool SameTime(TimeCondition x, TimeCondition y) =>
        x.Kind == y.Kind && x.Relation == y.Relation && x.Count == y.Count
        && string.Equals(x.ExcludedEventId, y.ExcludedEventId, StringComparison.Ordinal)
        && x.Period.Kind == y.Period.Kind && Equals(x.Period.Zone, y.Period.Zone)
        && x.Period.Interval == y.Period.Interval && x.Period.Instant == y.Period.Instant
        && Equals(x.Period.Dates, y.Period.Dates) && Equals(x.Period.Edtf, y.Period.Edtf)
        && ReferenceEquals(x.Period.Event, y.Period.Event);

    private static NotSupportedException Unsupported(in TimelineQuery query) =>
        new($"The query '{query}' has a part this version of Timelines.PostgreSql cannot carry to the database (a newer Timelines may have added it); update Timelines.PostgreSql, or run the query on the loaded timeline.");
}
