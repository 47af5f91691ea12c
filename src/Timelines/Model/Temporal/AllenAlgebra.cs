namespace Timelines;

/// <summary>
/// Answers questions about two four-point values, Allen's relations among them, with Yes, No or Maybe, exactly as
/// docs/semantics.md (section 5) defines them: Yes when every resolution of both satisfies the question, No when
/// none does.
/// </summary>
/// <remarks>
/// A question is a conjunction of comparisons between the ends (<see cref="EndpointCondition"/>). Since the points
/// of an <see cref="AxisBounds"/> are attainable one by one, and each comparison relates an end of a to an end of
/// b, which resolve independently: a comparison holds for every resolution when it holds at its worst corner (the
/// left end as late as it can be, the right end as early), and for some when it holds at its best. "Every
/// resolution" distributes over the conjunction, so Yes is decided comparison by comparison; "some resolution"
/// does not (2022-02 can start after the instant 12:00 and can end before 12:00 and one tick, but not both, since it
/// ends after it starts), so a condition of several comparisons that are each possible, but not all certain, goes
/// to <see cref="DifferenceConstraints"/>. Exact values never get that far: each comparison is then Yes or No.
/// </remarks>
internal static class AllenAlgebra
{
    /// <summary>Answers "a <paramref name="relation"/> b".</summary>
    public static TruthValue Evaluate(in AxisBounds a, AllenRelation relation, in AxisBounds b) =>
        Truth(a, EndpointCondition.For(relation), b);

    /// <summary>Answers all thirteen relations "a R b", in the order of <see cref="AllenRelation"/>.</summary>
    public static System.Collections.Generic.IReadOnlyDictionary<AllenRelation, TruthValue> RelationsBetween(in AxisBounds a, in AxisBounds b)
    {
        var answers = new System.Collections.Generic.SortedDictionary<AllenRelation, TruthValue>();
        for (var relation = AllenRelation.Before; relation <= AllenRelation.After; relation++)
        {
            answers.Add(relation, Evaluate(a, relation, b));
        }

        return answers;
    }

    /// <summary>Gets the relation that holds between b and a when <paramref name="relation"/> holds between a and b.</summary>
    public static AllenRelation Converse(AllenRelation relation) => (AllenRelation)(12 - (int)relation);

    /// <summary>Do the two values share at least one tick?</summary>
    public static TruthValue Intersects(in AxisBounds a, in AxisBounds b) => Truth(a, EndpointCondition.Overlapping, b);

    /// <summary>Does a contain b, ends included (b starts no earlier than a and ends no later)?</summary>
    public static TruthValue Encloses(in AxisBounds a, in AxisBounds b) => Truth(a, EndpointCondition.Containing, b);

    /// <summary>
    /// Does a condition about a and b hold: certainly (Yes) when <paramref name="certainly"/>, else possibly (Yes or
    /// Maybe)?
    /// </summary>
    public static bool Holds(in AxisBounds a, in EndpointCondition condition, in AxisBounds b, bool certainly)
    {
        var truth = Truth(a, condition, b);
        return truth == TruthValue.Yes || (truth == TruthValue.Maybe && !certainly);
    }

    /// <summary>Answers a condition about a and b: Yes, No or Maybe.</summary>
    public static TruthValue Truth(in AxisBounds a, in EndpointCondition condition, in AxisBounds b)
    {
        var certain = true;
        for (var i = 0; i < condition.Count; i++)
        {
            var (x, y, strict) = condition[i];
            long xLow = Low(a, b, x), xHigh = High(a, b, x), yLow = Low(a, b, y), yHigh = High(a, b, y);
            if (strict ? xLow >= yHigh : xLow > yHigh)
            {
                return TruthValue.No;
            }

            certain &= strict ? xHigh < yLow : xHigh <= yLow;
        }

        if (certain)
        {
            return TruthValue.Yes;
        }

        return condition.Count == 1 || DifferenceConstraints.IsSatisfiable(a, condition, b) ? TruthValue.Maybe : TruthValue.No;
    }

    private static long Low(in AxisBounds a, in AxisBounds b, int end) => end switch
    {
        EndpointCondition.S => a.EarliestStart,
        EndpointCondition.E => a.EarliestEnd,
        EndpointCondition.P => b.EarliestStart,
        _ => b.EarliestEnd,
    };

    private static long High(in AxisBounds a, in AxisBounds b, int end) => end switch
    {
        EndpointCondition.S => a.LatestStart,
        EndpointCondition.E => a.LatestEnd,
        EndpointCondition.P => b.LatestStart,
        _ => b.LatestEnd,
    };
}
