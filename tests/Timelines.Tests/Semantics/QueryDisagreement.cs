using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Timelines.Tests.Semantics;

/// <summary>Runs a query through the library and the oracle and says, with a minimal counterexample, where they differ.</summary>
internal static class QueryDisagreement
{
    /// <summary>What differs between the library's results (and count) and the oracle's, or null.</summary>
    public static string? Find(Timeline timeline, QuerySpec spec)
    {
        if (Differs(timeline, spec) is null)
        {
            return null;
        }

        var smallest = SemanticsCheck.Shrink(timeline, t => Differs(t, spec) is not null, spec.Period?.Event?.Id);
        return Describe(smallest, spec, Differs(smallest, spec)!);
    }

    private static string? Differs(Timeline timeline, QuerySpec spec)
    {
        List<TimelineEvent> expected;
        try
        {
            expected = QueryOracle.Run(timeline, spec);
        }
        catch (InvalidOperationException e)
        {
            return "the oracle cannot answer: " + e.Message;
        }

        List<TimelineEvent> actual;
        int count;
        bool any;
        try
        {
            var query = LibraryCalls.Query(timeline, spec);
            actual = [.. query];
            count = query.Count();
            any = query.Any();
        }
        catch (Exception e) when (e is not AssertionException)
        {
            return $"the library throws {e.GetType().Name}: {e.Message} (expected [{Ids(expected)}])";
        }

        var problems = new List<string>();
        if (!expected.Select(e => e.Id).SequenceEqual(actual.Select(e => e.Id)))
        {
            problems.Add($"results: expected [{Ids(expected)}], actual [{Ids(actual)}]");
        }

        if (count != expected.Count)
        {
            problems.Add($"Count(): expected {expected.Count}, actual {count}");
        }

        if (any != (expected.Count > 0))
        {
            problems.Add($"Any(): expected {expected.Count > 0}, actual {any}");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string Describe(Timeline timeline, QuerySpec spec, string difference)
    {
        var context = QueryOracle.Context(timeline, spec);
        var text = new StringBuilder();
        text.AppendLine(difference);
        text.Append("  ").Append(SemanticsCheck.Describe(timeline, context));
        if (spec.Period is { } period)
        {
            text.Append("  period ").Append(period).Append(SemanticsCheck.Points(() => SemanticsOracle.Points(period, context).ToString())).AppendLine();
        }

        text.Append("  query ").Append(spec).AppendLine();
        if (spec.Condition is { } condition && spec.Period is { } given)
        {
            foreach (var item in timeline.Events)
            {
                text.Append(FormattableString.Invariant($"  oracle: {item.Id} {condition} is "))
                    .Append(Answer(() => QueryOracle.Answer(SemanticsOracle.Points(item, context), SemanticsOracle.Points(given, context), condition).ToString()))
                    .AppendLine();
            }
        }

        return text.ToString();
    }

    private static string Answer(Func<string> answer)
    {
        try
        {
            return answer();
        }
        catch (InvalidOperationException e)
        {
            return "(oracle: " + e.Message + ")";
        }
    }

    private static string Ids(IEnumerable<TimelineEvent> events) => string.Join(", ", events.Select(e => e.Id));
}
