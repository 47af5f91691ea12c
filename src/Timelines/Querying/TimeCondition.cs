using System;

namespace Timelines.Querying;

/// <summary>
/// The time part of a <see cref="TimelineQuery"/>: what kind of question (<see cref="Kind"/>), about which
/// period, and for Allen relations and nearest-event questions, which relation and how many events.
/// </summary>
/// <remarks>
/// A plain value that a storage backend can read and translate; <see cref="TimelineQuery"/> creates it.
/// <threadsafety>This type is an immutable value type: any number of threads may read one value at once.</threadsafety>
/// </remarks>
public readonly struct TimeCondition
{
    internal TimeCondition(TimeConditionKind kind, QueryPeriod period, AllenRelation relation = default, int count = 0)
    {
        Kind = kind;
        Period = period;
        Relation = relation;
        Count = count;
    }

    /// <summary>Gets the kind of question, or <see cref="TimeConditionKind.None"/> when the query has no time condition.</summary>
    public TimeConditionKind Kind { get; }

    /// <summary>Gets the period the question is about.</summary>
    public QueryPeriod Period { get; }

    /// <summary>Gets the Allen relation, when <see cref="Kind"/> is <see cref="TimeConditionKind.Related"/>: an event matches when it is in this relation to the period.</summary>
    public AllenRelation Relation { get; }

    /// <summary>Gets how many events to find, when <see cref="Kind"/> is <see cref="TimeConditionKind.Next"/> or <see cref="TimeConditionKind.Previous"/>.</summary>
    public int Count { get; }

    /// <summary>Gets the id of an event left out of the results: the event the period was given as (<see cref="QueryPeriod.FromEvent"/>), if any.</summary>
    public string? ExcludedEventId => Period.Event?.Id;

    /// <summary>Gets the comparisons of an event's ends with the period's that the condition makes (docs/semantics.md, section 5).</summary>
    internal EndpointCondition Comparisons => Kind switch
    {
        TimeConditionKind.Overlapping => EndpointCondition.Overlapping,
        TimeConditionKind.Within => EndpointCondition.Within,
        TimeConditionKind.Containing => EndpointCondition.Containing,
        TimeConditionKind.Before or TimeConditionKind.Previous => EndpointCondition.EndsBefore,
        TimeConditionKind.After or TimeConditionKind.Next => EndpointCondition.StartsAfter,
        TimeConditionKind.StartingIn => EndpointCondition.StartingIn,
        TimeConditionKind.Related => EndpointCondition.For(Relation),
        _ => default,
    };

    /// <summary>Returns the condition, for diagnostics.</summary>
    /// <returns>Text such as <c>Overlapping 2022-03</c>.</returns>
    public override string ToString() => Kind switch
    {
        TimeConditionKind.None => "None",
        TimeConditionKind.Related => FormattableString.Invariant($"{Relation} {Period}"),
        TimeConditionKind.Next or TimeConditionKind.Previous => FormattableString.Invariant($"{Kind} {Count} from {Period}"),
        _ => FormattableString.Invariant($"{Kind} {Period}"),
    };
}
