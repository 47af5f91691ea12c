using System;
using System.Collections.Generic;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The one place the semantics tests call the library's query API: each test description becomes the library's
/// period or query here, through the public API only, and through the implicit conversions where the
/// description asks for them.
/// </summary>
internal static class LibraryCalls
{
    public static QueryPeriod Period(PeriodSpec period) => period.Kind switch
    {
        PeriodKind.Interval => period.Implicit
            ? new Interval(period.Start, period.End)
            : QueryPeriod.FromInterval(new Interval(period.Start, period.End)),
        PeriodKind.Instant => period.Implicit ? period.Start!.Value : QueryPeriod.FromInstant(period.Start!.Value),
        PeriodKind.Dates => period.Implicit ? period.Dates!
            : period.Dates!.Start == period.Dates.End && period.Zone is not null ? QueryPeriod.FromDate(period.Dates.Start, period.Zone)
            : QueryPeriod.FromDates(period.Dates, period.Zone),
        PeriodKind.Covering => QueryPeriod.Covering(period.Value!, period.Zone),
        PeriodKind.Edtf => period.Implicit ? period.Value! : QueryPeriod.FromEdtf(period.Value!, period.Zone),
        _ => period.Implicit ? period.Event! : QueryPeriod.FromEvent(period.Event!),
    };

    public static TimelineQuery Query(Timeline timeline, QuerySpec spec)
    {
        var query = timeline.Query();
        query = spec.Kind switch
        {
            QueryKind.None => query,
            QueryKind.Overlapping => query.Overlapping(Period(spec.Period!)),
            QueryKind.At => query.At(spec.Period!.Start!.Value),
            QueryKind.On => query.On(spec.Period!.Dates!.Start, spec.Period.Zone),
            QueryKind.Within => query.Within(Period(spec.Period!)),
            QueryKind.Containing => query.Containing(Period(spec.Period!)),
            QueryKind.Before => query.Before(Period(spec.Period!)),
            QueryKind.After => query.After(Period(spec.Period!)),
            QueryKind.StartingIn => query.StartingIn(Period(spec.Period!)),
            QueryKind.Related => query.Related(Period(spec.Period!), spec.Relation),
            QueryKind.Next => query.Next(Period(spec.Period!), spec.Count),
            QueryKind.Previous => query.Previous(Period(spec.Period!), spec.Count),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Not a query kind."),
        };
        query = spec.Certainty == Certainty.Certainly ? query.Certainly() : query.Possibly();
        query = query.WithOpenEnds(spec.Ongoing);
        if (spec.Tag is { } tag)
        {
            query = query.WithTag(tag);
        }

        if (spec.Skip > 0)
        {
            query = query.Skip(spec.Skip);
        }

        return spec.Take is { } take ? query.Take(take) : query;
    }

    /// <summary>All thirteen answers between two events of a timeline, in its zone, as-of day and <see cref="OpenEnds.UntilAsOf"/>.</summary>
    public static IReadOnlyDictionary<AllenRelation, TruthValue> Relate(Timeline timeline, TimelineEvent a, TimelineEvent b) =>
        timeline.Relate(a, b);

    /// <summary>One answer between an event of a timeline and a period, as the timeline's queries see it.</summary>
    public static TruthValue Is(Timeline timeline, TimelineEvent item, AllenRelation relation, PeriodSpec period) =>
        timeline.Is(item, relation, Period(period));
}
