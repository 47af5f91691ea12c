using System;

namespace Timelines;

/// <summary>
/// How one event relates to another: one of the well-known kinds (<see cref="PartOf"/>, <see cref="Follows"/>,
/// <see cref="Causes"/>, <see cref="ResponseTo"/>) or a kind of the user's own, named by a string.
/// </summary>
/// <remarks>
/// Kinds are compared by name, ordinally. The names of the well-known kinds are the ones written in JSON.
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct EventRelationKind : IEquatable<EventRelationKind>
{
    private readonly string? name;

    /// <summary>Initializes a kind of relation with a name of the user's own.</summary>
    /// <param name="name">The name, such as "contradicts". It should be lowercase words joined by hyphens.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank (only white space and invisible characters) or holds text one-line text may not hold.</exception>
    public EventRelationKind(string name)
    {
        TextRules.Require(name, TextKind.Line, nameof(name));
        this.name = TextRules.IsBlank(name) ? throw new ArgumentException(RuleMessages.BlankName, nameof(name)) : name;
    }

    /// <summary>Gets the kind "part-of": the event is a part of the related event.</summary>
    public static EventRelationKind PartOf { get; } = new("part-of");

    /// <summary>Gets the kind "follows": the event comes after the related event and continues from it.</summary>
    public static EventRelationKind Follows { get; } = new("follows");

    /// <summary>Gets the kind "causes": the event brought about the related event.</summary>
    public static EventRelationKind Causes { get; } = new("causes");

    /// <summary>Gets the kind "response-to": the event was a reaction to the related event.</summary>
    public static EventRelationKind ResponseTo { get; } = new("response-to");

    /// <summary>Gets the name of the kind ("part-of" for the default value).</summary>
    public string Name => name ?? "part-of";

    /// <summary>Gets a value indicating whether this is one of the four well-known kinds.</summary>
    public bool IsWellKnown => Name is "part-of" or "follows" or "causes" or "response-to";

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <inheritdoc />
    public bool Equals(EventRelationKind other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EventRelationKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Compares two kinds by name.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> if the names are equal.</returns>
    public static bool operator ==(EventRelationKind left, EventRelationKind right) => left.Equals(right);

    /// <summary>Compares two kinds by name.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> if the names differ.</returns>
    public static bool operator !=(EventRelationKind left, EventRelationKind right) => !left.Equals(right);
}
