using System;

namespace Timelines;

/// <summary>A person, group, state or organisation that took part in an event.</summary>
/// <remarks>
/// An actor records what the source says; the rules (a non-blank name, a two-letter country code) are checked when
/// a <see cref="Timeline"/> is built, so that every problem of a timeline is reported at once. Text that breaks the
/// rules of one-line text (a control character, a line separator, a bidirectional control, half of a surrogate
/// pair) is refused at once.
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class Actor : IEquatable<Actor>
{
    /// <summary>Initializes a new actor.</summary>
    /// <param name="name">The name, such as "Belarus" or "Alexander Lukashenko".</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 code of the actor's country, such as "BY", if any.</param>
    /// <param name="role">The actor's part in the event, such as "host" or "aggressor", if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument holds text one-line text may not hold.</exception>
    public Actor(string name, string? countryCode = null, string? role = null)
    {
        Name = TextRules.Require(name, TextKind.Line, nameof(name));
        CountryCode = TextRules.RequireOptional(countryCode, TextKind.Line, nameof(countryCode));
        Role = TextRules.RequireOptional(role, TextKind.Line, nameof(role));
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</summary>
    public string? CountryCode { get; }

    /// <summary>Gets the actor's role in the event, or <see langword="null"/>.</summary>
    public string? Role { get; }

    /// <inheritdoc />
    public bool Equals(Actor? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(CountryCode, other.CountryCode, StringComparison.Ordinal)
        && string.Equals(Role, other.Role, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Actor);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, CountryCode, Role);

    /// <summary>Returns the name, with the country code and role when present.</summary>
    /// <returns>Text such as <c>Belarus (BY, host)</c>.</returns>
    public override string ToString() => Describe(Name, CountryCode, Role);

    internal static string Describe(string name, string? first, string? second) =>
        (first, second) switch
        {
            (null, null) => name,
            (_, null) => $"{name} ({first})",
            (null, _) => $"{name} ({second})",
            _ => $"{name} ({first}, {second})",
        };
}
