using System;

namespace Timelines.Benchmarks;

/// <summary>
/// Intervals in abstract time units (one unit is one second when they become events), generated deterministically
/// from a seed, as the benchmark issue defines them.
/// </summary>
public sealed class Workload
{
    private Workload(string name, long[] starts, long[] ends, long span)
    {
        Name = name;
        Starts = starts;
        Ends = ends;
        Span = span;
    }

    public string Name { get; }

    /// <summary>Gets the starts, in generation order (not sorted).</summary>
    public long[] Starts { get; }

    /// <summary>Gets the exclusive ends.</summary>
    public long[] Ends { get; }

    /// <summary>Gets the length of the time line the starts are spread over.</summary>
    public long Span { get; }

    public int Count => Starts.Length;

    /// <summary>
    /// W1: starts uniform over n × 250 units, lengths lognormal with median 600 units and σ = 1, which gives about
    /// eight hits for a query drawn the same way.
    /// </summary>
    public static Workload W1(int n, int seed = 1) => Generate("W1", n, seed, longFraction: 0);

    /// <summary>W2: W1 with 0.1% long events, each up to 5% of the whole span.</summary>
    public static Workload W2(int n, int seed = 1) => Generate("W2", n, seed, longFraction: 0.001);

    /// <summary>Draws queries the way W1 draws events.</summary>
    public (long Start, long End)[] Queries(int count, int seed = 2)
    {
        var random = new Random(seed);
        var queries = new (long, long)[count];
        for (var i = 0; i < count; i++)
        {
            var start = (long)(random.NextDouble() * Span);
            queries[i] = (start, start + LogNormalLength(random));
        }

        return queries;
    }

    private static Workload Generate(string name, int n, int seed, double longFraction)
    {
        var random = new Random(seed);
        var span = (long)n * 250;
        var starts = new long[n];
        var ends = new long[n];
        for (var i = 0; i < n; i++)
        {
            var start = (long)(random.NextDouble() * span);
            var length = random.NextDouble() < longFraction
                ? 1 + (long)(random.NextDouble() * span * 0.05)
                : LogNormalLength(random);
            starts[i] = start;
            ends[i] = start + length;
        }

        return new Workload(name, starts, ends, span);
    }

    private static long LogNormalLength(Random random)
    {
        // Box–Muller for a standard normal; median 600 means mu = ln 600.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Max(1, (long)Math.Round(Math.Exp(Math.Log(600) + normal)));
    }
}
