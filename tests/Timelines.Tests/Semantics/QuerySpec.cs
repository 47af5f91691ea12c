using System.Globalization;
using System.Text;
using Timelines.Querying;

namespace Timelines.Tests.Semantics;

/// <summary>The time condition of a query, as the tests give it.</summary>
internal enum QueryKind
{
    /// <summary>No time condition: filters only.</summary>
    None,

    /// <summary><c>Overlapping(period)</c>.</summary>
    Overlapping,

    /// <summary><c>At(instant)</c>.</summary>
    At,

    /// <summary><c>On(day, zone)</c>.</summary>
    On,

    /// <summary><c>Within(period)</c>.</summary>
    Within,

    /// <summary><c>Containing(period)</c>.</summary>
    Containing,

    /// <summary><c>Before(period)</c>.</summary>
    Before,

    /// <summary><c>After(period)</c>.</summary>
    After,

    /// <summary><c>StartingIn(period)</c>.</summary>
    StartingIn,

    /// <summary><c>Related(period, relation)</c>, or <c>Related(event, relation)</c>.</summary>
    Related,

    /// <summary><c>Next(period, n)</c>.</summary>
    Next,

    /// <summary><c>Previous(period, n)</c>.</summary>
    Previous,
}

/// <summary>
/// A query as the tests give it, kept apart from the library's <c>TimelineQuery</c>: the oracle reads this
/// description, and <see cref="LibraryCalls"/> builds the library's query from it.
/// </summary>
internal sealed record QuerySpec(
    QueryKind Kind,
    PeriodSpec? Period,
    Certainty Certainty,
    OpenEnds Ongoing,
    AllenRelation Relation = AllenRelation.Before,
    int Count = 0,
    string? Tag = null,
    int Skip = 0,
    int? Take = null)
{
    /// <summary>Gets the condition of section 5 that the time condition stands for.</summary>
    public Condition? Condition => Kind switch
    {
        QueryKind.None => null,
        QueryKind.Overlapping or QueryKind.At or QueryKind.On => Semantics.Condition.Overlapping,
        QueryKind.Within => Semantics.Condition.Within,
        QueryKind.Containing => Semantics.Condition.Containing,
        QueryKind.Before or QueryKind.Previous => Semantics.Condition.Before,
        QueryKind.After or QueryKind.Next => Semantics.Condition.After,
        QueryKind.StartingIn => Semantics.Condition.StartingIn,
        _ => Semantics.Condition.Allen(Relation),
    };

    public override string ToString()
    {
        var text = new StringBuilder("Query()");
        switch (Kind)
        {
            case QueryKind.None:
                break;
            case QueryKind.Related:
                text.Append(CultureInfo.InvariantCulture, $".Related({Period}, {Relation})");
                break;
            case QueryKind.Next or QueryKind.Previous:
                text.Append(CultureInfo.InvariantCulture, $".{Kind}({Period}, {Count})");
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $".{Kind}({Period})");
                break;
        }

        text.Append(Certainty == Certainty.Certainly ? ".Certainly()" : ".Possibly()");
        text.Append(CultureInfo.InvariantCulture, $".WithOpenEnds({Ongoing})");
        if (Tag is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $".WithTag(\"{Tag}\")");
        }

        if (Skip > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $".Skip({Skip})");
        }

        if (Take is { } take)
        {
            text.Append(CultureInfo.InvariantCulture, $".Take({take})");
        }

        return text.ToString();
    }
}
