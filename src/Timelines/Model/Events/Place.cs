using System;
using System.Globalization;

namespace Timelines;

/// <summary>A place where an event happened, with an optional country and position.</summary>
/// <remarks>
/// A place records what the source says; the rules (a non-blank name, latitude within -90 to 90 and longitude
/// within -180 to 180, both or neither given) are checked when a <see cref="Timeline"/> is built. What could not be
/// written is refused at once: text that breaks the rules of one-line text, and coordinates that are not finite.
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class Place : IEquatable<Place>
{
    /// <summary>Initializes a new place.</summary>
    /// <param name="name">The name, such as "Khoyniki".</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 code of its country, such as "BY", if known.</param>
    /// <param name="latitude">The latitude in degrees north (-90 to 90), if known.</param>
    /// <param name="longitude">The longitude in degrees east (-180 to 180), if known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="countryCode"/> holds text one-line text may not hold.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latitude"/> or <paramref name="longitude"/> is not a finite number, which JSON cannot hold.</exception>
    public Place(string name, string? countryCode = null, double? latitude = null, double? longitude = null)
    {
        Name = TextRules.Require(name, TextKind.Line, nameof(name));
        CountryCode = TextRules.RequireOptional(countryCode, TextKind.Line, nameof(countryCode));
        Latitude = Finite(latitude, nameof(latitude));
        Longitude = Finite(longitude, nameof(longitude));
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</summary>
    public string? CountryCode { get; }

    /// <summary>Gets the latitude in degrees north, or <see langword="null"/>.</summary>
    public double? Latitude { get; }

    /// <summary>Gets the longitude in degrees east, or <see langword="null"/>.</summary>
    public double? Longitude { get; }

    /// <summary>Gets a value indicating whether the place has a position.</summary>
    public bool HasCoordinates => Latitude.HasValue && Longitude.HasValue;

    /// <inheritdoc />
    public bool Equals(Place? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(CountryCode, other.CountryCode, StringComparison.Ordinal)
        && Nullable.Equals(Latitude, other.Latitude)
        && Nullable.Equals(Longitude, other.Longitude);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Place);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, CountryCode, Latitude, Longitude);

    private static double? Finite(double? value, string parameterName) =>
        value is { } number && !double.IsFinite(number)
            ? throw new ArgumentOutOfRangeException(parameterName, number, RuleMessages.CoordinateNotFinite)
            : value;

    /// <summary>Returns the name, with the country code and position when present.</summary>
    /// <returns>Text such as <c>Khoyniki (BY, 51.89, 29.96)</c>.</returns>
    public override string ToString() => Actor.Describe(
        Name,
        CountryCode,
        HasCoordinates ? string.Create(CultureInfo.InvariantCulture, $"{Latitude}, {Longitude}") : null);
}
