using System;

namespace Timelines;

/// <summary>
/// The four calendar points that bound an EDTF value: when it started at the earliest and at the latest, and when
/// it ended at the earliest and at the latest.
/// </summary>
/// <remarks>
/// <para>
/// These are strict bounds: whatever the source meant, the event started between <see cref="EarliestStart"/> and
/// <see cref="LatestStart"/> and ended between <see cref="EarliestEnd"/> and <see cref="LatestEnd"/>, end bounds
/// including their day or second. <c>2022-02</c> gives 2022-02-01, 2022-02-28, 2022-02-01 and 2022-02-28: it
/// may span the whole month, and no day of it is certainly covered. Qualifiers (<c>?</c>, <c>~</c>) do not change
/// these bounds.
/// </para>
/// <para>
/// An interval whose ends lie in each other's range is narrowed by the rule that an event cannot end before it
/// starts: <c>2022/2022-03</c> starts at the latest on 2022-03-31, not on 2022-12-31. The narrowing applies where
/// both ends are of the same kind; between a day and an instant it needs a time zone and is left to the queries.
/// </para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct EdtfBounds : IEquatable<EdtfBounds>
{
    /// <summary>Initializes the bounds from their four points.</summary>
    /// <param name="earliestStart">The earliest start.</param>
    /// <param name="latestStart">The latest start.</param>
    /// <param name="earliestEnd">The earliest end, inclusive of its day or second.</param>
    /// <param name="latestEnd">The latest end, inclusive of its day or second.</param>
    public EdtfBounds(EdtfBound earliestStart, EdtfBound latestStart, EdtfBound earliestEnd, EdtfBound latestEnd)
    {
        EarliestStart = earliestStart;
        LatestStart = latestStart;
        EarliestEnd = earliestEnd;
        LatestEnd = latestEnd;
    }

    /// <summary>Gets the earliest the event could have started.</summary>
    public EdtfBound EarliestStart { get; }

    /// <summary>Gets the latest the event could have started.</summary>
    public EdtfBound LatestStart { get; }

    /// <summary>Gets the earliest the event could have ended (inclusive of that day or second).</summary>
    public EdtfBound EarliestEnd { get; }

    /// <summary>Gets the latest the event could have ended (inclusive of that day or second).</summary>
    public EdtfBound LatestEnd { get; }

    /// <summary>Formats the bounds as <c>[earliest start .. latest start] → [earliest end .. latest end]</c>, for diagnostics.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{EarliestStart} .. {LatestStart}] -> [{EarliestEnd} .. {LatestEnd}]";

    /// <inheritdoc />
    public bool Equals(EdtfBounds other) =>
        EarliestStart == other.EarliestStart && LatestStart == other.LatestStart
        && EarliestEnd == other.EarliestEnd && LatestEnd == other.LatestEnd;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EdtfBounds other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EarliestStart, LatestStart, EarliestEnd, LatestEnd);

    /// <summary>Compares two sets of bounds for equality.</summary>
    /// <param name="left">The first bounds.</param>
    /// <param name="right">The second bounds.</param>
    /// <returns><see langword="true"/> if all four points are equal.</returns>
    public static bool operator ==(EdtfBounds left, EdtfBounds right) => left.Equals(right);

    /// <summary>Compares two sets of bounds for inequality.</summary>
    /// <param name="left">The first bounds.</param>
    /// <param name="right">The second bounds.</param>
    /// <returns><see langword="true"/> if any point differs.</returns>
    public static bool operator !=(EdtfBounds left, EdtfBounds right) => !left.Equals(right);
}
