using System;
using System.Collections.Immutable;
using System.Linq;

namespace Timelines.Tests.Semantics;

/// <summary>The four variables of a question: the event's start and end, the period's start and end.</summary>
internal enum Variable
{
    /// <summary>The event's start, s.</summary>
    S = 0,

    /// <summary>The event's end, e.</summary>
    E = 1,

    /// <summary>The period's start, p.</summary>
    P = 2,

    /// <summary>The period's end, q.</summary>
    Q = 3,
}

/// <summary>How an atom compares its two variables.</summary>
internal enum Comparison
{
    /// <summary>Strictly less.</summary>
    Less,

    /// <summary>Less or equal.</summary>
    LessOrEqual,

    /// <summary>Equal.</summary>
    Equal,
}

/// <summary>One comparison between two variables, such as <c>s &lt; q</c>.</summary>
internal readonly record struct Atom(Variable Left, Comparison Comparison, Variable Right)
{
    public bool Holds(long s, long e, long p, long q)
    {
        var x = Value(Left, s, e, p, q);
        var y = Value(Right, s, e, p, q);
        return Comparison switch
        {
            Comparison.Less => x < y,
            Comparison.LessOrEqual => x <= y,
            _ => x == y,
        };
    }

    public override string ToString() =>
        $"{Left.ToString().ToLowerInvariant()} {Comparison switch { Comparison.Less => "<", Comparison.LessOrEqual => "<=", _ => "=" }} {Right.ToString().ToLowerInvariant()}";

    private static long Value(Variable variable, long s, long e, long p, long q) => variable switch
    {
        Variable.S => s,
        Variable.E => e,
        Variable.P => p,
        _ => q,
    };
}

/// <summary>
/// A question about an event and a period: a conjunction of comparisons between s, e, p and q, with the
/// conditions of docs/semantics.md section 5 ("The conditions" and Allen's relations), written from its tables.
/// </summary>
internal sealed class Condition
{
    private Condition(string name, params Atom[] atoms)
    {
        Name = name;
        Atoms = [.. atoms];
    }

    public string Name { get; }

    public ImmutableArray<Atom> Atoms { get; }

    public static Condition Overlapping { get; } = new("Overlapping", Lt(Variable.S, Variable.Q), Lt(Variable.P, Variable.E));

    public static Condition Within { get; } = new("Within", Le(Variable.P, Variable.S), Le(Variable.E, Variable.Q));

    public static Condition Containing { get; } = new("Containing", Le(Variable.S, Variable.P), Le(Variable.Q, Variable.E));

    public static Condition Before { get; } = new("Before", Le(Variable.E, Variable.P));

    public static Condition After { get; } = new("After", Le(Variable.Q, Variable.S));

    public static Condition StartingIn { get; } = new("StartingIn", Le(Variable.P, Variable.S), Lt(Variable.S, Variable.Q));

    /// <summary>Allen's relation "event R period", from the table of section 5.</summary>
    public static Condition Allen(AllenRelation relation) => AllenConditions[(int)relation];

    public bool Holds(long s, long e, long p, long q)
    {
        foreach (var atom in Atoms)
        {
            if (!atom.Holds(s, e, p, q))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => $"{Name} ({string.Join(", ", Atoms)})";

    private static readonly Condition[] AllenConditions = Enum.GetValues<AllenRelation>().Select(AllenCondition).ToArray();

    private static Condition AllenCondition(AllenRelation relation)
    {
        const Variable s = Variable.S, e = Variable.E, p = Variable.P, q = Variable.Q;
        var name = "Allen " + relation;
        return relation switch
        {
            AllenRelation.Before => new(name, Lt(e, p)),
            AllenRelation.After => new(name, Lt(q, s)),
            AllenRelation.Meets => new(name, Eq(e, p)),
            AllenRelation.MetBy => new(name, Eq(s, q)),
            AllenRelation.Overlaps => new(name, Lt(s, p), Lt(p, e), Lt(e, q)),
            AllenRelation.OverlappedBy => new(name, Lt(p, s), Lt(s, q), Lt(q, e)),
            AllenRelation.Starts => new(name, Eq(s, p), Lt(e, q)),
            AllenRelation.StartedBy => new(name, Eq(s, p), Lt(q, e)),
            AllenRelation.During => new(name, Lt(p, s), Lt(e, q)),
            AllenRelation.Contains => new(name, Lt(s, p), Lt(q, e)),
            AllenRelation.Finishes => new(name, Lt(p, s), Eq(e, q)),
            AllenRelation.FinishedBy => new(name, Lt(s, p), Eq(e, q)),
            AllenRelation.Equals => new(name, Eq(s, p), Eq(e, q)),
            _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Not one of Allen's thirteen relations."),
        };
    }

    private static Atom Lt(Variable x, Variable y) => new(x, Comparison.Less, y);

    private static Atom Le(Variable x, Variable y) => new(x, Comparison.LessOrEqual, y);

    private static Atom Eq(Variable x, Variable y) => new(x, Comparison.Equal, y);
}
