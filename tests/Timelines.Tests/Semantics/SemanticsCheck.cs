using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace Timelines.Tests.Semantics;

/// <summary>
/// Runs a property over random cases and, when the library and the oracle disagree, reports a minimal
/// counterexample: the timeline shrunk to the fewest events that still disagree, with every value's four points.
/// </summary>
/// <remarks>
/// With the environment variable <c>SEMANTICS_REPORT</c> naming a file, every case is run and a count of the
/// disagreeing cases and the first few counterexamples of each test are appended to that file (the test still
/// fails): that is how the report to the lead lists every class of disagreement at once.
/// </remarks>
internal static class SemanticsCheck
{
    private static readonly object ReportLock = new();

    /// <summary>Runs <paramref name="cases"/> cases; a case returns null when the library agrees, or what differs.</summary>
    public static void Run(int cases, Func<Random, string?> check)
    {
        var report = Environment.GetEnvironmentVariable("SEMANTICS_REPORT");
        if (string.IsNullOrEmpty(report))
        {
            Gen.Int.Sample(
                seed =>
                {
                    if (check(new Random(seed)) is { } failure)
                    {
                        throw new AssertionException(failure);
                    }
                },
                iter: cases);
            return;
        }

        // Failures are grouped by their first line with the ids and numbers taken out, a rough class of disagreement.
        var classes = new SortedDictionary<string, (int Count, List<string> Examples)>(StringComparer.Ordinal);
        var failed = 0;
        string? first = null;
        for (var seed = 0; seed < cases; seed++)
        {
            if (Checked(check, seed) is { } failure)
            {
                failed++;
                first ??= failure;
                var key = Class(failure);
                var (count, examples) = classes.TryGetValue(key, out var found) ? found : (0, new List<string>());
                if (examples.Count < 2)
                {
                    examples.Add($"seed {seed}: {failure}");
                }

                classes[key] = (count + 1, examples);
            }
        }

        var name = TestContext.CurrentContext.Test.FullName;
        var text = new StringBuilder($"== {name}: {failed} of {cases} cases disagree{Environment.NewLine}");
        foreach (var (key, (count, examples)) in classes)
        {
            text.Append(CultureInfo.InvariantCulture, $"-- {count} x {key}{Environment.NewLine}{string.Join(Environment.NewLine, examples)}{Environment.NewLine}");
        }

        lock (ReportLock)
        {
            File.AppendAllText(report, text.ToString());
        }

        Assert.That(failed, Is.Zero, () => first!);
    }

    private static string? Checked(Func<Random, string?> check, int seed)
    {
        try
        {
            return check(new Random(seed));
        }
        catch (Exception e)
        {
            return $"the check throws {e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>
    /// A rough class of disagreement, from the first line of a failure: what threw, or the names of what differs
    /// (<c>results; Count()</c>, <c>Coverage()</c>, <c>Allen During</c>...), without their values.
    /// </summary>
    private static string Class(string failure)
    {
        var line = failure.Split('\n')[0];
        var thrown = Regex.Match(line, @"^(?:.*?(the \w+|[\w.]+\()).*? throws (\w+)");
        if (thrown.Success)
        {
            return $"{thrown.Groups[1].Value.TrimEnd('(')} throws {thrown.Groups[2].Value}";
        }

        var labels = line.Split("; ").Select(part => Regex.Replace(part.Split(':')[0], @"\(.*\)", "()")).Where(l => !l.StartsWith("actual", StringComparison.Ordinal));
        return string.Join("; ", labels.Distinct());
    }

    /// <summary>
    /// Removes events, one at a time, while the timeline still disagrees; events in <paramref name="keep"/> stay.
    /// </summary>
    public static Timeline Shrink(Timeline timeline, Func<Timeline, bool> disagrees, params string?[] keep)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var item in timeline.Events)
            {
                if (keep.Contains(item.Id))
                {
                    continue;
                }

                var smaller = timeline.WithoutEvent(item.Id);
                if (disagrees(smaller))
                {
                    timeline = smaller;
                    changed = true;
                    break;
                }
            }
        }

        return timeline;
    }

    /// <summary>A timeline as a counterexample: its zone, as-of day, and each event with its four points.</summary>
    public static string Describe(Timeline timeline, TimeContext context)
    {
        var text = new StringBuilder();
        text.Append(context).AppendLine();
        foreach (var item in timeline.Events)
        {
            text.Append(CultureInfoInvariant($"  event {item.Id} '{item.When}'"));
            text.Append(Points(() => SemanticsOracle.Points(item, context).ToString())).AppendLine();
        }

        return text.ToString();
    }

    /// <summary>Four points as text, or why the oracle could not compute them.</summary>
    public static string Points(Func<string> points)
    {
        try
        {
            return ": " + points();
        }
        catch (InvalidOperationException e)
        {
            return ": (oracle: " + e.Message + ")";
        }
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
