using System;

namespace Timelines;

/// <summary>A typed link from an event to another event of the same timeline, such as "follows drills-2022-02".</summary>
/// <remarks>
/// That the target exists, and is not the event itself, is checked when a <see cref="Timeline"/> is built.
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class EventRelation : IEquatable<EventRelation>
{
    /// <summary>Initializes a new relation.</summary>
    /// <param name="kind">How the event relates to the target.</param>
    /// <param name="targetId">The id of the related event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="targetId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> holds text an id may not hold.</exception>
    public EventRelation(EventRelationKind kind, string targetId)
    {
        Kind = kind;
        TargetId = TextRules.Require(targetId, TextKind.Id, nameof(targetId));
    }

    /// <summary>Gets how the event relates to the target.</summary>
    public EventRelationKind Kind { get; }

    /// <summary>Gets the id of the related event.</summary>
    public string TargetId { get; }

    /// <inheritdoc />
    public bool Equals(EventRelation? other) =>
        other is not null && Kind == other.Kind && string.Equals(TargetId, other.TargetId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EventRelation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, TargetId);

    /// <summary>Returns the relation as "kind target".</summary>
    /// <returns>Text such as <c>follows drills-2022-02</c>.</returns>
    public override string ToString() => $"{Kind} {TargetId}";
}
