using System;
using System.Collections.Generic;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The answer to a question as a system of difference constraints (docs/semantics.md section 5): Yes when no
/// resolution can violate an atom, No when no resolution satisfies them all, Maybe otherwise; each feasibility
/// is decided exactly by shortest paths over five points (a zero, s, e, p and q).
/// </summary>
/// <remarks>
/// Every constraint is x − y &lt;= c: a range lo &lt;= x &lt;= hi is x − 0 &lt;= hi and 0 − x &lt;= −lo, x &lt; y is
/// x − y &lt;= −1 (ticks are integers), x &lt;= y is x − y &lt;= 0, and x = y is both ways. Such a system has a
/// solution exactly when its graph (an edge y → x of weight c for each constraint) has no negative cycle, and then
/// an integer one (the shortest distances). Weights are 128-bit: the ranges reach from long.MinValue to long.MaxValue.
/// </remarks>
internal static class ConstraintOracle
{
    private const int Zero = 4;
    private const int Nodes = 5;

    public static TruthValue Answer(FourPoints item, FourPoints period, Condition condition)
    {
        var baseSystem = BaseSystem(item, period);
        if (!Feasible(baseSystem, []))
        {
            throw new InvalidOperationException($"No resolutions: event {item}, period {period}.");
        }

        if (!Feasible(baseSystem, condition.Atoms.AsSpan()))
        {
            return TruthValue.No;
        }

        foreach (var atom in condition.Atoms)
        {
            foreach (var negation in Negations(atom))
            {
                if (Feasible(baseSystem, [negation]))
                {
                    return TruthValue.Maybe;
                }
            }
        }

        return TruthValue.Yes;
    }

    /// <summary>The ranges and s &lt; e, p &lt; q, as the weights of the edges (row: from y, column: to x; x − y &lt;= w).</summary>
    private static Int128[,] BaseSystem(FourPoints item, FourPoints period)
    {
        var w = new Int128[Nodes, Nodes];
        for (var i = 0; i < Nodes; i++)
        {
            for (var j = 0; j < Nodes; j++)
            {
                w[i, j] = i == j ? Int128.Zero : Int128.MaxValue;
            }
        }

        Range(w, Variable.S, item.EarliestStart, item.LatestStart);
        Range(w, Variable.E, item.EarliestEnd, item.LatestEnd);
        Range(w, Variable.P, period.EarliestStart, period.LatestStart);
        Range(w, Variable.Q, period.EarliestEnd, period.LatestEnd);
        Add(w, new Atom(Variable.S, Comparison.Less, Variable.E));
        Add(w, new Atom(Variable.P, Comparison.Less, Variable.Q));
        return w;
    }

    private static void Range(Int128[,] w, Variable x, long lo, long hi)
    {
        Tighten(w, Zero, (int)x, hi); // x − 0 <= hi
        Tighten(w, (int)x, Zero, -(Int128)lo); // 0 − x <= −lo
    }

    private static void Add(Int128[,] w, Atom atom)
    {
        var (x, y) = ((int)atom.Left, (int)atom.Right);
        switch (atom.Comparison)
        {
            case Comparison.Less:
                Tighten(w, y, x, -1);
                break;
            case Comparison.LessOrEqual:
                Tighten(w, y, x, 0);
                break;
            default:
                Tighten(w, y, x, 0);
                Tighten(w, x, y, 0);
                break;
        }
    }

    /// <summary>x − y &lt;= c as the edge y → x.</summary>
    private static void Tighten(Int128[,] w, int from, int to, Int128 weight)
    {
        if (weight < w[from, to])
        {
            w[from, to] = weight;
        }
    }

    private static IEnumerable<Atom> Negations(Atom atom) => atom.Comparison switch
    {
        Comparison.Less => [new Atom(atom.Right, Comparison.LessOrEqual, atom.Left)],
        Comparison.LessOrEqual => [new Atom(atom.Right, Comparison.Less, atom.Left)],
        _ => [new Atom(atom.Left, Comparison.Less, atom.Right), new Atom(atom.Right, Comparison.Less, atom.Left)],
    };

    /// <summary>Floyd–Warshall on a copy; the system is feasible when no node reaches itself at negative cost.</summary>
    private static bool Feasible(Int128[,] baseSystem, ReadOnlySpan<Atom> atoms)
    {
        var d = (Int128[,])baseSystem.Clone();
        foreach (var atom in atoms)
        {
            Add(d, atom);
        }

        for (var k = 0; k < Nodes; k++)
        {
            for (var i = 0; i < Nodes; i++)
            {
                if (d[i, k] == Int128.MaxValue)
                {
                    continue;
                }

                for (var j = 0; j < Nodes; j++)
                {
                    if (d[k, j] != Int128.MaxValue && d[i, k] + d[k, j] < d[i, j])
                    {
                        d[i, j] = d[i, k] + d[k, j];
                    }
                }
            }
        }

        for (var i = 0; i < Nodes; i++)
        {
            if (d[i, i] < 0)
            {
                return false;
            }
        }

        return true;
    }
}
