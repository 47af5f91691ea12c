using System;
using System.Collections.Generic;

namespace Timelines.Benchmarks.Querying;

/// <summary>
/// The numbers of events the query benchmarks run with: 1,000, 100,000 and 1,000,000; only 1,000 when
/// <c>TIMELINES_BENCHMARK_SMOKE=1</c> (the CI's quick check); 10,000,000 as well when
/// <c>TIMELINES_BENCHMARK_LARGE=1</c>, which needs several GB of memory. While iterating,
/// <c>TIMELINES_BENCHMARK_N=1000000</c> and <c>TIMELINES_BENCHMARK_WORKLOAD=W1</c> pick one size and one workload.
/// </summary>
public static class BenchmarkSizes
{
    public static IEnumerable<int> All
    {
        get
        {
            if (int.TryParse(Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_N"), out var only))
            {
                yield return only;
                yield break;
            }

            yield return 1_000;
            if (IsSet("TIMELINES_BENCHMARK_SMOKE"))
            {
                yield break;
            }

            yield return 100_000;
            yield return 1_000_000;
            if (IsSet("TIMELINES_BENCHMARK_LARGE"))
            {
                yield return 10_000_000;
            }
        }
    }

    public static IEnumerable<string> Workloads =>
        Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_WORKLOAD") is { Length: > 0 } only ? [only] : ["W1", "W2", "W3", "W4"];

    /// <summary>
    /// The sizes of the cold query benchmarks: 1,000,000 (1,000 in the smoke run), and 10,000,000 as well when
    /// <c>TIMELINES_BENCHMARK_LARGE=1</c>; <c>TIMELINES_BENCHMARK_N</c> picks one.
    /// </summary>
    public static IEnumerable<int> Cold
    {
        get
        {
            if (int.TryParse(Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_N"), out var only))
            {
                yield return only;
                yield break;
            }

            if (IsSet("TIMELINES_BENCHMARK_SMOKE"))
            {
                yield return 1_000;
                yield break;
            }

            yield return 1_000_000;
            if (IsSet("TIMELINES_BENCHMARK_LARGE"))
            {
                yield return 10_000_000;
            }
        }
    }

    /// <summary>The workloads of the cold query benchmarks: W1, W3 (historical) and W4 (all imprecise).</summary>
    public static IEnumerable<string> ColdWorkloads =>
        Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_WORKLOAD") is { Length: > 0 } only ? [only] : ["W1", "W3", "W4"];

    private static bool IsSet(string variable) => Environment.GetEnvironmentVariable(variable) == "1";
}
