using System;

namespace Timelines;

/// <summary>
/// One end of an EDTF interval: a date, an open end (<c>..</c>) or an unknown end (empty).
/// </summary>
/// <remarks>
/// An <see cref="EdtfDate"/> converts implicitly to an end, so <c>EdtfValue.Interval(start, EdtfEnd.Open)</c> reads
/// as it would be written in EDTF. The default value is <see cref="Unknown"/>.
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct EdtfEnd : IEquatable<EdtfEnd>
{
    private readonly EdtfDate? date;

    private EdtfEnd(EdtfEndKind kind, EdtfDate? date)
    {
        Kind = kind;
        this.date = date;
    }

    /// <summary>Gets an open end (<c>..</c>): still going on at the end, reaching back indefinitely at the start.</summary>
    public static EdtfEnd Open => new(EdtfEndKind.Open, null);

    /// <summary>Gets an end that exists but is not known (written as nothing, as in <c>1985-04-12/</c>).</summary>
    public static EdtfEnd Unknown => default;

    /// <summary>Gets what this end holds.</summary>
    public EdtfEndKind Kind { get; }

    /// <summary>Gets the date of this end.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="EdtfEndKind.Date"/>.</exception>
    public EdtfDate Date => date ?? throw new InvalidOperationException(RuleMessages.EndNotADate(Kind));

    /// <summary>Creates an end at a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static EdtfEnd At(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return new EdtfEnd(EdtfEndKind.Date, date);
    }

    /// <summary>Converts a date to an end at that date.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static implicit operator EdtfEnd(EdtfDate date) => At(date);

    /// <summary>Formats the end as it stands in an EDTF interval: the date, <c>..</c>, or the empty string.</summary>
    /// <returns>The EDTF text of this end.</returns>
    public override string ToString() => Kind switch
    {
        EdtfEndKind.Date => Date.ToString(),
        EdtfEndKind.Open => "..",
        _ => string.Empty,
    };

    /// <inheritdoc />
    public bool Equals(EdtfEnd other) => Kind == other.Kind && Equals(date, other.date);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EdtfEnd other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, date);

    /// <summary>Compares two ends for equality.</summary>
    /// <param name="left">The first end.</param>
    /// <param name="right">The second end.</param>
    /// <returns><see langword="true"/> if the ends are equal.</returns>
    public static bool operator ==(EdtfEnd left, EdtfEnd right) => left.Equals(right);

    /// <summary>Compares two ends for inequality.</summary>
    /// <param name="left">The first end.</param>
    /// <param name="right">The second end.</param>
    /// <returns><see langword="true"/> if the ends differ.</returns>
    public static bool operator !=(EdtfEnd left, EdtfEnd right) => !left.Equals(right);
}
