namespace Timelines;

/// <summary>
/// A question about two four-point values, a (an event) and b (a period or another event), as a conjunction of
/// at most four comparisons between their ends: a's start s and end e, b's start p and end q.
/// </summary>
/// <remarks>
/// Every question of docs/semantics.md (overlapping, within, each of Allen's relations…) is such a conjunction;
/// <see cref="AllenAlgebra.Truth"/> answers it. An equality is written as two comparisons, x ≤ y and y ≤ x.
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
internal readonly struct EndpointCondition
{
    /// <summary>The start of a.</summary>
    internal const int S = 0;

    /// <summary>The end of a.</summary>
    internal const int E = 1;

    /// <summary>The start of b.</summary>
    internal const int P = 2;

    /// <summary>The end of b.</summary>
    internal const int Q = 3;

    // Each comparison is a byte: the left end (bits 0-1), the right end (bits 2-3), and bit 4 when it is strict.
    private readonly uint comparisons;

    private EndpointCondition(uint comparisons, int count)
    {
        this.comparisons = comparisons;
        Count = count;
    }

    /// <summary>Gets a and b share at least one tick: s &lt; q and p &lt; e.</summary>
    public static EndpointCondition Overlapping { get; } = Of(Less(S, Q), Less(P, E));

    /// <summary>Gets a lies within b, ends included: p ≤ s and e ≤ q.</summary>
    public static EndpointCondition Within { get; } = Of(AtMost(P, S), AtMost(E, Q));

    /// <summary>Gets a contains b, ends included: s ≤ p and q ≤ e.</summary>
    public static EndpointCondition Containing { get; } = Of(AtMost(S, P), AtMost(Q, E));

    /// <summary>Gets a ends at or before b starts: e ≤ p.</summary>
    public static EndpointCondition EndsBefore { get; } = Of(AtMost(E, P));

    /// <summary>Gets a starts at or after b ends: q ≤ s.</summary>
    public static EndpointCondition StartsAfter { get; } = Of(AtMost(Q, S));

    /// <summary>Gets a starts within b: p ≤ s and s &lt; q.</summary>
    public static EndpointCondition StartingIn { get; } = Of(AtMost(P, S), Less(S, Q));

    /// <summary>Gets the number of comparisons.</summary>
    public int Count { get; }

    /// <summary>Gets "a <paramref name="relation"/> b" as comparisons.</summary>
    public static EndpointCondition For(AllenRelation relation) => relation switch
    {
        AllenRelation.Before => Of(Less(E, P)),
        AllenRelation.Meets => Of(AtMost(E, P), AtMost(P, E)),
        AllenRelation.Overlaps => Of(Less(S, P), Less(P, E), Less(E, Q)),
        AllenRelation.Starts => Of(AtMost(S, P), AtMost(P, S), Less(E, Q)),
        AllenRelation.During => Of(Less(P, S), Less(E, Q)),
        AllenRelation.Finishes => Of(Less(P, S), AtMost(E, Q), AtMost(Q, E)),
        AllenRelation.Equals => Of(AtMost(S, P), AtMost(P, S), AtMost(E, Q), AtMost(Q, E)),
        AllenRelation.FinishedBy => Of(Less(S, P), AtMost(E, Q), AtMost(Q, E)),
        AllenRelation.Contains => Of(Less(S, P), Less(Q, E)),
        AllenRelation.StartedBy => Of(AtMost(S, P), AtMost(P, S), Less(Q, E)),
        AllenRelation.OverlappedBy => Of(Less(P, S), Less(S, Q), Less(Q, E)),
        AllenRelation.MetBy => Of(AtMost(S, Q), AtMost(Q, S)),
        AllenRelation.After => Of(Less(Q, S)),
        _ => throw new System.ArgumentOutOfRangeException(nameof(relation), relation, RuleMessages.NotAnAllenRelation),
    };

    /// <summary>Gets comparison <paramref name="i"/>: its left end, its right end, and whether it is strict (&lt;) or not (≤).</summary>
    public (int Left, int Right, bool Strict) this[int i]
    {
        get
        {
            var c = comparisons >> (8 * i);
            return ((int)(c & 3), (int)((c >> 2) & 3), (c & 16) != 0);
        }
    }

    private static byte Less(int left, int right) => (byte)(left | (right << 2) | 16);

    private static byte AtMost(int left, int right) => (byte)(left | (right << 2));

    private static EndpointCondition Of(byte first) => new(first, 1);

    private static EndpointCondition Of(byte first, byte second) => new(first | ((uint)second << 8), 2);

    private static EndpointCondition Of(byte first, byte second, byte third) =>
        new(first | ((uint)second << 8) | ((uint)third << 16), 3);

    private static EndpointCondition Of(byte first, byte second, byte third, byte fourth) =>
        new(first | ((uint)second << 8) | ((uint)third << 16) | ((uint)fourth << 24), 4);
}
