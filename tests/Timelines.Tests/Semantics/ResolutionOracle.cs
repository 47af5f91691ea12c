using System;
using System.Collections.Generic;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The answer to a question by brute force (docs/semantics.md section 5): every resolution of the event and of the
/// period, over a finite set of candidate ticks per variable, is tried against the condition.
/// </summary>
/// <remarks>
/// <para>
/// <b>Why the finite set is enough.</b> Let the ranges be s in [ES, LS], e in [EE, LE], p in [PES, PLS], q in
/// [PEE, PLE]. The candidates for a variable x are its own two bounds, and every bound b of each other variable
/// as b itself, as b + 1 when b is a lower bound and as b − 1 when b is an upper bound, kept when inside x's range.
/// </para>
/// <para>
/// (1) A resolution is s, e, p, q in their ranges with s &lt; e and p &lt; q. Those two, the atoms of a condition
/// and the negation of an atom (not x &lt; y is y &lt;= x, not x &lt;= y is y &lt; x, not x = y is x &lt; y or y &lt; x)
/// are all comparisons between two variables, so whether an assignment satisfies a conjunction of them depends
/// only on its order type: which variables are equal and in which order the distinct values come.
/// (2) Take an assignment that satisfies such a conjunction. Its distinct values are levels L1 &lt; … &lt; Lm with
/// m &lt;= 4, and level k must lie in [Ak, Bk], the intersection of its members' ranges. Any strictly increasing
/// choice of levels within those ranges has the same order type, so it satisfies the same conjunction.
/// (3) Let lo(k) = max over j &lt;= k of Aj + (k − j) and hi(k) = min over i &gt;= k of Bi − (i − k): the least and
/// greatest values level k can take in a strictly increasing choice. The given one shows lo(k) &lt;= Lk &lt;= hi(k).
/// Choose lo(k) for the levels k &lt;= 2 and hi(k) for k &gt;= 3: it is strictly increasing (lo and hi are, and
/// lo(2) &lt;= L2 &lt; L3 &lt;= hi(3)) and inside every range (Ak &lt;= lo(k) &lt;= Lk &lt;= Bk, and the same for hi).
/// (4) With at most four levels those values are lo(1) = A1, lo(2) = max(A2, A1 + 1), hi(m) = Bm and
/// hi(m − 1) = min(Bm−1, Bm − 1) (for m = 3 only lo(1), lo(2), hi(3); for m &lt;= 2 only lo). Each Ak or Bk is a bound
/// of a member of level k (the variable's own, or an equal variable's); A1 + 1 and Bm − 1 are a lower bound plus
/// one and an upper bound minus one of a variable of another level. So every variable takes a candidate.
/// </para>
/// <para>
/// Hence a conjunction is satisfiable by a resolution exactly when it is satisfiable over the candidates. The
/// answer is not No exactly when some resolution satisfies the condition; it is not Yes exactly when some
/// resolution violates one atom, that is satisfies one branch of a negated atom: each is such a conjunction. The
/// argument needs the four variables: with a fifth, a level could be forced two ticks from every bound.
/// </para>
/// </remarks>
internal static class ResolutionOracle
{
    public static TruthValue Answer(FourPoints item, FourPoints period, Condition condition)
    {
        (long Lo, long Hi)[] ranges =
        [
            (item.EarliestStart, item.LatestStart),
            (item.EarliestEnd, item.LatestEnd),
            (period.EarliestStart, period.LatestStart),
            (period.EarliestEnd, period.LatestEnd),
        ];
        var s = Candidates(ranges, 0);
        var e = Candidates(ranges, 1);
        var p = Candidates(ranges, 2);
        var q = Candidates(ranges, 3);
        bool some = false, notAll = false, any = false;
        foreach (var si in s)
        {
            foreach (var ei in e)
            {
                if (si >= ei)
                {
                    continue;
                }

                foreach (var pi in p)
                {
                    foreach (var qi in q)
                    {
                        if (pi >= qi)
                        {
                            continue;
                        }

                        any = true;
                        if (condition.Holds(si, ei, pi, qi))
                        {
                            some = true;
                        }
                        else
                        {
                            notAll = true;
                        }

                        if (some && notAll)
                        {
                            return TruthValue.Maybe;
                        }
                    }
                }
            }
        }

        return !any ? throw new InvalidOperationException($"No resolutions: event {item}, period {period}.")
            : some ? TruthValue.Yes
            : TruthValue.No;
    }

    private static long[] Candidates((long Lo, long Hi)[] ranges, int variable)
    {
        var (lo, hi) = ranges[variable];
        var candidates = new SortedSet<long> { lo, hi };
        for (var other = 0; other < ranges.Length; other++)
        {
            if (other == variable)
            {
                continue;
            }

            var (otherLo, otherHi) = ranges[other];
            Add(otherLo);
            Add(otherHi);
            if (otherLo < long.MaxValue)
            {
                Add(otherLo + 1);
            }

            if (otherHi > long.MinValue)
            {
                Add(otherHi - 1);
            }
        }

        return [.. candidates];

        void Add(long value)
        {
            if (value >= lo && value <= hi)
            {
                candidates.Add(value);
            }
        }
    }
}
