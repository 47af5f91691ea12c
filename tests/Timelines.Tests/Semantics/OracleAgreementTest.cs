using System;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The two oracles against each other: the brute force over resolutions and the difference constraints give the
/// same answer to every condition of section 5, on the four points of random values and periods.
/// </summary>
public class OracleAgreementTest
{
    private static readonly Condition[] Conditions =
    [
        Condition.Overlapping, Condition.Within, Condition.Containing, Condition.Before, Condition.After, Condition.StartingIn,
        .. Array.ConvertAll(Enum.GetValues<AllenRelation>(), Condition.Allen),
    ];

    [Test]
    public void BruteForceAndConstraints_Agree_OnRandomValuesAndPeriods() => SemanticsCheck.Run(10_000, random =>
    {
        var timeline = SemanticsGenerators.Timeline(random, maxEvents: 2);
        var spec = SemanticsGenerators.Query(random, timeline, QueryKind.Overlapping);
        var context = QueryOracle.Context(timeline, spec);
        var period = SemanticsOracle.Points(spec.Period!, context);
        if (!period.IsWellFormed)
        {
            return $"period {spec.Period} has no resolutions: {period}";
        }

        foreach (var item in timeline.Events)
        {
            var points = SemanticsOracle.Points(item, context);
            foreach (var condition in Conditions)
            {
                var brute = ResolutionOracle.Answer(points, period, condition);
                var constraints = ConstraintOracle.Answer(points, period, condition);
                if (brute != constraints)
                {
                    return $"{condition}: brute force {brute}, constraints {constraints}; event {item.When} {points}; period {spec.Period} {period}; {context}";
                }
            }
        }

        return null;
    });

    /// <summary>
    /// Small integer ranges, where every resolution can be listed: both oracles against the plain enumeration of
    /// every tick, which checks the brute force's finite set of candidates too.
    /// </summary>
    [Test]
    public void BothOracles_MatchEveryResolution_OnSmallRanges() => SemanticsCheck.Run(10_000, random =>
    {
        var item = SmallPoints(random);
        var period = SmallPoints(random);
        foreach (var condition in Conditions)
        {
            var all = EveryResolution(item, period, condition);
            var brute = ResolutionOracle.Answer(item, period, condition);
            var constraints = ConstraintOracle.Answer(item, period, condition);
            if (brute != all || constraints != all)
            {
                return $"{condition}: every resolution {all}, brute force {brute}, constraints {constraints}; event {item}; period {period}";
            }
        }

        return null;
    });

    private static FourPoints SmallPoints(Random random)
    {
        while (true)
        {
            long es = random.Next(8), ls = es + random.Next(4), ee = random.Next(10), le = ee + random.Next(4);
            var points = new FourPoints(es, ls, ee, le);
            if (points.IsWellFormed)
            {
                return points;
            }
        }
    }

    private static TruthValue EveryResolution(FourPoints item, FourPoints period, Condition condition)
    {
        bool some = false, all = true;
        for (var s = item.EarliestStart; s <= item.LatestStart; s++)
        {
            for (var e = Math.Max(item.EarliestEnd, s + 1); e <= item.LatestEnd; e++)
            {
                for (var p = period.EarliestStart; p <= period.LatestStart; p++)
                {
                    for (var q = Math.Max(period.EarliestEnd, p + 1); q <= period.LatestEnd; q++)
                    {
                        var holds = condition.Holds(s, e, p, q);
                        some |= holds;
                        all &= holds;
                    }
                }
            }
        }

        return all ? TruthValue.Yes : some ? TruthValue.Maybe : TruthValue.No;
    }
}
