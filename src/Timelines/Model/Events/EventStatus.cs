using System;

namespace Timelines;

/// <summary>
/// Where an event stands: one of the well-known statuses (<see cref="Completed"/>, <see cref="Ongoing"/>,
/// <see cref="Announced"/>, <see cref="Planned"/>, <see cref="Cancelled"/>, <see cref="Alleged"/>) or one of the
/// user's own, named by a string.
/// </summary>
/// <remarks>
/// Statuses are compared by name, ordinally. The status is what the source claims; it is independent of the
/// event's date (an ongoing event usually also has an open end, <c>2022-02/..</c>, but the library does not insist).
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct EventStatus : IEquatable<EventStatus>
{
    private readonly string? name;

    /// <summary>Initializes a status with a name of the user's own.</summary>
    /// <param name="name">The name, such as "disputed". It should be lowercase words joined by hyphens.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank (only white space and invisible characters) or holds text one-line text may not hold.</exception>
    public EventStatus(string name)
    {
        TextRules.Require(name, TextKind.Line, nameof(name));
        this.name = TextRules.IsBlank(name) ? throw new ArgumentException(RuleMessages.BlankName, nameof(name)) : name;
    }

    /// <summary>Gets the status "completed": the event happened and is over.</summary>
    public static EventStatus Completed { get; } = new("completed");

    /// <summary>Gets the status "ongoing": the event had not ended when last checked.</summary>
    public static EventStatus Ongoing { get; } = new("ongoing");

    /// <summary>Gets the status "announced": someone declared the event would happen or had begun.</summary>
    public static EventStatus Announced { get; } = new("announced");

    /// <summary>Gets the status "planned": the event was scheduled but had not happened when recorded.</summary>
    public static EventStatus Planned { get; } = new("planned");

    /// <summary>Gets the status "cancelled": the event was planned or announced and did not happen.</summary>
    public static EventStatus Cancelled { get; } = new("cancelled");

    /// <summary>Gets the status "alleged": the event is reported but not confirmed.</summary>
    public static EventStatus Alleged { get; } = new("alleged");

    /// <summary>Gets the name of the status ("completed" for the default value).</summary>
    public string Name => name ?? "completed";

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <inheritdoc />
    public bool Equals(EventStatus other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EventStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Compares two statuses by name.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> if the names are equal.</returns>
    public static bool operator ==(EventStatus left, EventStatus right) => left.Equals(right);

    /// <summary>Compares two statuses by name.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> if the names differ.</returns>
    public static bool operator !=(EventStatus left, EventStatus right) => !left.Equals(right);
}
