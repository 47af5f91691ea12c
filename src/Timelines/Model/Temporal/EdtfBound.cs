using System;
using NodaTime;

namespace Timelines;

/// <summary>
/// One of the four bounds of an EDTF value (<see cref="EdtfBounds"/>): a calendar day, a local date-time, an
/// instant, or a mark that the value is open or unknown on that side.
/// </summary>
/// <remarks>
/// A bound names a whole granule, a day or a second, and end bounds include their granule: the latest end of
/// <c>2022-02</c> is the day 2022-02-28, meaning the event may last to the end of that day.
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct EdtfBound : IEquatable<EdtfBound>
{
    private readonly LocalDateTime localDateTime;
    private readonly Instant instant;

    private EdtfBound(EdtfBoundKind kind, LocalDateTime localDateTime, Instant instant)
    {
        Kind = kind;
        this.localDateTime = localDateTime;
        this.instant = instant;
    }

    /// <summary>Gets what this bound holds.</summary>
    public EdtfBoundKind Kind { get; }

    /// <summary>Gets a value indicating whether this bound is a point in time (a day, a local date-time or an instant).</summary>
    public bool HasValue => Kind is EdtfBoundKind.Date or EdtfBoundKind.LocalDateTime or EdtfBoundKind.Instant;

    /// <summary>Gets the day of a <see cref="EdtfBoundKind.Date"/> bound.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="EdtfBoundKind.Date"/>.</exception>
    public LocalDate Date => Kind == EdtfBoundKind.Date ? localDateTime.Date : throw WrongKind(EdtfBoundKind.Date);

    /// <summary>Gets the local date-time of a <see cref="EdtfBoundKind.LocalDateTime"/> bound.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="EdtfBoundKind.LocalDateTime"/>.</exception>
    public LocalDateTime LocalDateTime => Kind == EdtfBoundKind.LocalDateTime ? localDateTime : throw WrongKind(EdtfBoundKind.LocalDateTime);

    /// <summary>Gets the instant of an <see cref="EdtfBoundKind.Instant"/> bound.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="EdtfBoundKind.Instant"/>.</exception>
    public Instant Instant => Kind == EdtfBoundKind.Instant ? instant : throw WrongKind(EdtfBoundKind.Instant);

    /// <summary>Gets a bound on a side where the value is open.</summary>
    public static EdtfBound Open => new(EdtfBoundKind.Open, default, default);

    /// <summary>Gets a bound on a side that is not known.</summary>
    public static EdtfBound Unknown => new(EdtfBoundKind.Unknown, default, default);

    /// <summary>Creates a bound at a calendar day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The bound.</returns>
    public static EdtfBound ForDate(LocalDate date) => new(EdtfBoundKind.Date, date.AtMidnight(), default);

    /// <summary>Creates a bound at a local date-time.</summary>
    /// <param name="dateTime">The local date-time.</param>
    /// <returns>The bound.</returns>
    public static EdtfBound ForLocalDateTime(LocalDateTime dateTime) => new(EdtfBoundKind.LocalDateTime, dateTime, default);

    /// <summary>Creates a bound at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The bound.</returns>
    public static EdtfBound ForInstant(Instant instant) => new(EdtfBoundKind.Instant, default, instant);

    /// <summary>Formats the bound for diagnostics: an ISO day, date-time or instant, or <c>open</c> or <c>unknown</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        EdtfBoundKind.Date => localDateTime.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        EdtfBoundKind.LocalDateTime => localDateTime.ToString("uuuu-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        EdtfBoundKind.Instant => instant.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        EdtfBoundKind.Open => "open",
        _ => "unknown",
    };

    /// <inheritdoc />
    public bool Equals(EdtfBound other) => Kind == other.Kind && localDateTime == other.localDateTime && instant == other.instant;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EdtfBound other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, localDateTime, instant);

    /// <summary>Compares two bounds for equality.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns><see langword="true"/> if the bounds are equal.</returns>
    public static bool operator ==(EdtfBound left, EdtfBound right) => left.Equals(right);

    /// <summary>Compares two bounds for inequality.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns><see langword="true"/> if the bounds differ.</returns>
    public static bool operator !=(EdtfBound left, EdtfBound right) => !left.Equals(right);

    private InvalidOperationException WrongKind(EdtfBoundKind wanted) =>
        new(RuleMessages.BoundOfOtherKind(Kind, wanted));
}
