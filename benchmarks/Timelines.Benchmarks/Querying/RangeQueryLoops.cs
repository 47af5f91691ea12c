using NodaTime;

namespace Timelines.Benchmarks.Querying;

/// <summary>
/// The loops the warm (<see cref="RangeQueryBenchmarks"/>) and cold (<see cref="ColdQueryBenchmarks"/>) range query
/// benchmarks time, written once: the two differ only in how many distinct queries they run.
/// </summary>
internal static class RangeQueryLoops
{
    /// <summary>The scan-back baseline counting each query's matches.</summary>
    public static int ScanBackCount(QueryFixture fixture, (long Start, long End)[] queries)
    {
        var hits = 0;
        foreach (var (start, end) in queries)
        {
            hits += fixture.ScanBack.Count(start, end);
        }

        return hits;
    }

    /// <summary>The scan-back baseline returning each query's matching events in start order and reading each id.</summary>
    public static int ScanBackEventsReadId(QueryFixture fixture, (long Start, long End)[] queries, ref TimelineEvent[] matches)
    {
        var hits = 0;
        foreach (var (start, end) in queries)
        {
            var count = fixture.ScanBack.CopyMatches(start, end, ref matches);
            for (var i = 0; i < count; i++)
            {
                hits += matches[i].Id.Length > 0 ? 1 : 0;
            }
        }

        return hits;
    }

    /// <summary>The library counting each query's matches.</summary>
    public static int Count(Timeline timeline, Interval[] periods)
    {
        var hits = 0;
        foreach (var period in periods)
        {
            hits += timeline.Query().Overlapping(period).Count();
        }

        return hits;
    }

    /// <summary>The library returning each query's events without touching them.</summary>
    public static int Events(Timeline timeline, Interval[] periods)
    {
        var hits = 0;
        foreach (var period in periods)
        {
            foreach (var item in timeline.Query().Overlapping(period))
            {
                hits += item is null ? 0 : 1;
            }
        }

        return hits;
    }

    /// <summary>The library returning each query's events and reading each one's id (a cache miss into the event).</summary>
    public static int EventsReadId(Timeline timeline, Interval[] periods)
    {
        var hits = 0;
        foreach (var period in periods)
        {
            foreach (var item in timeline.Query().Overlapping(period))
            {
                hits += item.Id.Length > 0 ? 1 : 0;
            }
        }

        return hits;
    }

    /// <summary>
    /// The library returning each query's results as a <see cref="Timelines.Querying.QueryResults"/> and reading each
    /// id from the index's column, without touching the events.
    /// </summary>
    public static int ResultsReadId(Timeline timeline, Interval[] periods)
    {
        var hits = 0;
        foreach (var period in periods)
        {
            var results = timeline.Query().Overlapping(period).ToResults();
            for (var i = 0; i < results.Count; i++)
            {
                hits += results.GetId(i).Length > 0 ? 1 : 0;
            }
        }

        return hits;
    }
}
