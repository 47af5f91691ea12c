namespace Timelines.Tests.Semantics;

/// <summary>
/// The four points of docs/semantics.md sections 2 and 4, in ticks: a start in [<see cref="EarliestStart"/>,
/// <see cref="LatestStart"/>] and an exclusive end in [<see cref="EarliestEnd"/>, <see cref="LatestEnd"/>]. An exact
/// period has one start and one end.
/// </summary>
internal readonly record struct FourPoints(long EarliestStart, long LatestStart, long EarliestEnd, long LatestEnd)
{
    /// <summary>An exact period: one start, one end.</summary>
    public static FourPoints Exact(long start, long end) => new(start, start, end, end);

    /// <summary>Gets the possible extent <c>[ES, LE)</c>: every tick some resolution covers.</summary>
    public (long Start, long End) PossibleExtent => (EarliestStart, LatestEnd);

    /// <summary>Gets the certain extent <c>[LS, EE)</c>, or null when no tick is covered by every resolution.</summary>
    public (long Start, long End)? CertainExtent => LatestStart < EarliestEnd ? (LatestStart, EarliestEnd) : null;

    /// <summary>Gets a value indicating whether these points have resolutions and satisfy the invariants of section 2.</summary>
    public bool IsWellFormed =>
        EarliestStart <= LatestStart && LatestStart < LatestEnd && EarliestStart < EarliestEnd && EarliestEnd <= LatestEnd;

    public override string ToString() =>
        $"start [{TickAxis.Show(EarliestStart)}, {TickAxis.Show(LatestStart)}], end [{TickAxis.Show(EarliestEnd)}, {TickAxis.Show(LatestEnd)}]";
}
