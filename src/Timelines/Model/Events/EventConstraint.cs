using System;
using NodaTime;
using Timelines.Reasoning.Network;

namespace Timelines;

/// <summary>
/// A stated bound on the gap between a point of an event and a point of another event, or of the same event: "starts
/// at least 2 days after 'drills' end", "ends within 3 months of 'protests' starting", "lasts at most a week".
/// </summary>
/// <remarks>
/// <para>
/// The gap is this event's <see cref="Point"/> minus the target's <see cref="TargetPoint"/>, measured on the time
/// line: it lies between <see cref="MinimumGap"/> and <see cref="MaximumGap"/>, ends included; a missing bound is no
/// bound. A gap may be negative ("starts at most 3 days before the other ends" is a maximum gap of <c>P-3D</c> from
/// its start to the other's end). Without a target (<see cref="TargetId"/> null) it bounds the event against itself:
/// from <see cref="EventPoint.Start"/> to <see cref="EventPoint.End"/> it is a bound on the event's duration.
/// </para>
/// <para>
/// A period of calendar units is counted conservatively, so that a stated gap never excludes a resolution it could
/// allow: a day is 24 hours, a week 7 days, a month 28 days at least and 31 at most, a year 365 days at least and
/// 366 at most (so "at least 1 month" is at least 28 days, "at most 1 month" at most 31). See docs/semantics.md,
/// section 8.
/// </para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class EventConstraint : IEquatable<EventConstraint>
{
    /// <summary>Initializes a new constraint.</summary>
    /// <param name="point">The point of the event that holds the constraint.</param>
    /// <param name="targetId">The id of the other event, or <see langword="null"/> for the event itself.</param>
    /// <param name="targetPoint">The point of the other event (or of the event itself) the gap is measured from.</param>
    /// <param name="minimumGap">The least gap, or <see langword="null"/> for none.</param>
    /// <param name="maximumGap">The greatest gap, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="targetId"/> holds text an id may not hold; neither gap is given; a gap mixes positive and
    /// negative units; or the constraint is of the event against itself from a point to the same point.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="point"/> or <paramref name="targetPoint"/> is not a defined value.</exception>
    public EventConstraint(EventPoint point, string? targetId, EventPoint targetPoint, Period? minimumGap, Period? maximumGap)
    {
        Point = point is EventPoint.Start or EventPoint.End ? point : throw new ArgumentOutOfRangeException(nameof(point), point, RuleMessages.NotAnEventPoint);
        TargetPoint = targetPoint is EventPoint.Start or EventPoint.End ? targetPoint : throw new ArgumentOutOfRangeException(nameof(targetPoint), targetPoint, RuleMessages.NotAnEventPoint);
        TargetId = targetId is null ? null : TextRules.Require(targetId, TextKind.Id, nameof(targetId));
        if (ShapeProblem(point, targetId, targetPoint, minimumGap, maximumGap) is var (parameter, problem))
        {
            throw new ArgumentException(problem, parameter);
        }

        MinimumGap = minimumGap is null ? null : GapTicks.Require(minimumGap, nameof(minimumGap));
        MaximumGap = maximumGap is null ? null : GapTicks.Require(maximumGap, nameof(maximumGap));
    }

    /// <summary>
    /// Says which rule of a constraint as a whole is broken, if any: a gap given, and a constraint of an event against
    /// itself between two different points. The constructor throws it, and the JSON reader reports it, in the same words.
    /// </summary>
    internal static (string Parameter, string Problem)? ShapeProblem(EventPoint point, string? targetId, EventPoint targetPoint, Period? minimumGap, Period? maximumGap) =>
        minimumGap is null && maximumGap is null ? (nameof(maximumGap), RuleMessages.ConstraintNeedsGap)
        : targetId is null && point == targetPoint ? (nameof(targetPoint), RuleMessages.ConstraintOnItselfSamePoint)
        : null;

    /// <summary>Gets the point of the event that holds the constraint.</summary>
    public EventPoint Point { get; }

    /// <summary>Gets the id of the other event, or <see langword="null"/> when the constraint is of the event against itself.</summary>
    public string? TargetId { get; }

    /// <summary>Gets the point the gap is measured from.</summary>
    public EventPoint TargetPoint { get; }

    /// <summary>Gets the least gap, or <see langword="null"/> for none.</summary>
    public Period? MinimumGap { get; }

    /// <summary>Gets the greatest gap, or <see langword="null"/> for none.</summary>
    public Period? MaximumGap { get; }

    /// <summary>Gets a constraint on an event's duration, from its start to its end.</summary>
    /// <param name="minimum">The least duration, or <see langword="null"/> for none.</param>
    /// <param name="maximum">The greatest duration, or <see langword="null"/> for none.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentException">Neither is given, or one mixes positive and negative units.</exception>
    public static EventConstraint Duration(Period? minimum, Period? maximum) => new(EventPoint.End, null, EventPoint.Start, minimum, maximum);

    /// <inheritdoc />
    public bool Equals(EventConstraint? other) =>
        other is not null
        && Point == other.Point
        && TargetPoint == other.TargetPoint
        && string.Equals(TargetId, other.TargetId, StringComparison.Ordinal)
        && Equals(MinimumGap, other.MinimumGap)
        && Equals(MaximumGap, other.MaximumGap);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EventConstraint);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Point, TargetId, TargetPoint, MinimumGap, MaximumGap);

    /// <summary>Returns the constraint in words, for diagnostics.</summary>
    /// <returns>Text such as <c>start - end of drills in [P2D, ..]</c>.</returns>
    public override string ToString() =>
        $"{Name(Point)} - {Name(TargetPoint)} of {TargetId ?? "itself"} in [{MinimumGap?.ToString() ?? ".."}, {MaximumGap?.ToString() ?? ".."}]";

    internal static string Name(EventPoint point) => point == EventPoint.Start ? "start" : "end";
}
