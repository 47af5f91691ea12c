namespace Timelines;

/// <summary>
/// Allen's interval relations over imprecise intervals, answered from the bounds of each end alone.
/// </summary>
/// <remarks>
/// Each relation is a conjunction of comparisons between the ends of a and b (for example <see cref="AllenRelation.Meets"/>
/// is "a's end equals b's start"). A comparison between two ends known only to lie in ranges is Yes when every
/// pair of values in the ranges satisfies it, No when none does, and Maybe otherwise; the relation is Yes when every
/// comparison is, No when any is, and Maybe otherwise. Yes and No are therefore always sound, and for values known
/// exactly the answer is exact, so exactly one relation is Yes.
/// </remarks>
internal static class AllenAlgebra
{
    public static TruthValue Evaluate(in AxisBounds a, AllenRelation relation, in AxisBounds b) => relation switch
    {
        AllenRelation.Before => Less(a.EarliestEnd, a.LatestEnd, b.EarliestStart, b.LatestStart),
        AllenRelation.Meets => Equal(a.EarliestEnd, a.LatestEnd, b.EarliestStart, b.LatestStart),
        AllenRelation.Overlaps => And(
            Less(a.EarliestStart, a.LatestStart, b.EarliestStart, b.LatestStart),
            Less(b.EarliestStart, b.LatestStart, a.EarliestEnd, a.LatestEnd),
            Less(a.EarliestEnd, a.LatestEnd, b.EarliestEnd, b.LatestEnd)),
        AllenRelation.Starts => And(
            Equal(a.EarliestStart, a.LatestStart, b.EarliestStart, b.LatestStart),
            Less(a.EarliestEnd, a.LatestEnd, b.EarliestEnd, b.LatestEnd)),
        AllenRelation.During => And(
            Less(b.EarliestStart, b.LatestStart, a.EarliestStart, a.LatestStart),
            Less(a.EarliestEnd, a.LatestEnd, b.EarliestEnd, b.LatestEnd)),
        AllenRelation.Finishes => And(
            Less(b.EarliestStart, b.LatestStart, a.EarliestStart, a.LatestStart),
            Equal(a.EarliestEnd, a.LatestEnd, b.EarliestEnd, b.LatestEnd)),
        AllenRelation.Equals => And(
            Equal(a.EarliestStart, a.LatestStart, b.EarliestStart, b.LatestStart),
            Equal(a.EarliestEnd, a.LatestEnd, b.EarliestEnd, b.LatestEnd)),
        AllenRelation.FinishedBy => Evaluate(b, AllenRelation.Finishes, a),
        AllenRelation.Contains => Evaluate(b, AllenRelation.During, a),
        AllenRelation.StartedBy => Evaluate(b, AllenRelation.Starts, a),
        AllenRelation.OverlappedBy => Evaluate(b, AllenRelation.Overlaps, a),
        AllenRelation.MetBy => Evaluate(b, AllenRelation.Meets, a),
        AllenRelation.After => Evaluate(b, AllenRelation.Before, a),
        _ => throw new System.ArgumentOutOfRangeException(nameof(relation), relation, "Unknown Allen relation."),
    };

    /// <summary>Gets the relation that holds between b and a when <paramref name="relation"/> holds between a and b.</summary>
    public static AllenRelation Converse(AllenRelation relation) => (AllenRelation)(12 - (int)relation);

    /// <summary>Do the two intervals share at least one moment?</summary>
    public static TruthValue Intersects(in AxisBounds a, in AxisBounds b) => And(
        Less(a.EarliestStart, a.LatestStart, b.EarliestEnd, b.LatestEnd),
        Less(b.EarliestStart, b.LatestStart, a.EarliestEnd, a.LatestEnd));

    /// <summary>Does a contain b, ends included (b starts no earlier than a and ends no later)?</summary>
    public static TruthValue Encloses(in AxisBounds a, in AxisBounds b) => And(
        Not(Less(b.EarliestStart, b.LatestStart, a.EarliestStart, a.LatestStart)),
        Not(Less(a.EarliestEnd, a.LatestEnd, b.EarliestEnd, b.LatestEnd)));

    private static TruthValue Less(long x1, long x2, long y1, long y2) =>
        x2 < y1 ? TruthValue.Yes : x1 >= y2 ? TruthValue.No : TruthValue.Maybe;

    private static TruthValue Equal(long x1, long x2, long y1, long y2) =>
        x2 < y1 || y2 < x1 ? TruthValue.No
        : x1 == x2 && y1 == y2 && x1 == y1 ? TruthValue.Yes
        : TruthValue.Maybe;

    private static TruthValue Not(TruthValue value) => (TruthValue)(2 - (int)value);

    private static TruthValue And(TruthValue first, TruthValue second) => first < second ? first : second;

    private static TruthValue And(TruthValue first, TruthValue second, TruthValue third) => And(And(first, second), third);
}
