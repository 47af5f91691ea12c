using System;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using NodaTime;
using Timelines.PostgreSql.Querying;
using Timelines.Querying;

namespace Timelines.PostgreSql.Tests;

/// <summary>
/// The promise of the package: a query value gives the same answer, in the same order, in the database as on the
/// timeline in memory. Random timelines are saved once each, then many random queries run both ways; batches and
/// fetches are made tiny for some timelines so that runs of equal starts straddle every kind of boundary.
/// </summary>
[NonParallelizable]
public sealed class MemoryAgreementPropertyTest
{
    private const int TimelineCount = 40;
    private const int QueriesPerTimeline = 250;

    private static PostgresTimelineStore Store => Database.Store;

    [TearDown]
    public void RestoreBatchSizes()
    {
        ExactMatcher.BatchSize = 1024;
        CandidateReader.FetchSize = 1024;
    }

    [Test]
    public async Task Random_queries_on_random_timelines_answer_in_the_database_exactly_as_in_memory()
    {
        var cases = 0;
        var nonEmpty = 0;
        for (var t = 0; t < TimelineCount; t++)
        {
            var random = new Random(20_000 + t);
            var timeline = RandomData.Timeline(random, Database.NewId("agree"), random.Next(t % 5 == 0 ? 400 : 120));
            await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
            ExactMatcher.BatchSize = (t % 3) switch { 0 => 1, 1 => 7, _ => 1024 };
            CandidateReader.FetchSize = t % 2 == 0 ? 5 : 1024;
            var header = (await Store.OpenAsync(timeline.Id))!;

            await Gen.Int.SampleAsync(
                async seed =>
                {
                    var query = RandomData.Query(new Random(seed), timeline);
                    nonEmpty += await AssertSameAsync(query, header, seed, (seed & 15) == 0) ? 1 : 0;
                    cases++;
                },
                iter: QueriesPerTimeline,
                threads: 1);
        }

        Assert.That(cases, Is.EqualTo(TimelineCount * QueriesPerTimeline));
        Assert.That(nonEmpty, Is.GreaterThan(cases / 4), "most random queries should have results, or the comparison proves little");
        TestContext.Out.WriteLine($"{cases} random queries agreed, {nonEmpty} of them with results.");
    }

    /// <summary>Runs a query in memory and in the database (made on the timeline and on the stored header) and compares every answer.</summary>
    internal static async Task<bool> AssertSameAsync(TimelineQuery query, StoredTimelineHeader header, int seed, bool aggregations)
    {
        var expected = query.ToImmutableArray();
        var actual = await Store.QueryAsync(query).ToListAsync();
        Assert.That(actual, Is.EqualTo(expected), () => $"results of {query} (seed {seed}): {Ids(actual)} instead of {Ids(expected)}");
        Assert.That(await Store.CountAsync(query), Is.EqualTo(query.Count()), () => $"count of {query} (seed {seed})");
        if ((seed & 3) != 0)
        {
            return expected.Length > 0;
        }

        var fromHeader = query.On(header.Header);
        Assert.That((await Store.QueryAsync(fromHeader).ToListAsync()).Select(e => e.Id), Is.EqualTo(expected.Select(e => e.Id)), () => $"{query} made on the stored header (seed {seed})");
        if (aggregations)
        {
            Assert.That(await Store.AnyAsync(query), Is.EqualTo(query.Any()), () => $"any of {query} (seed {seed})");
            Assert.That(await Store.CoverageAsync(query), Is.EqualTo(query.Coverage()), () => $"coverage of {query} (seed {seed})");
            var within = new Interval(Instant.FromUtc(2020, 1, 1, 0, 0), Instant.FromUtc(2024, 1, 1, 0, 0));
            Assert.That(await Store.GapsAsync(query, within), Is.EqualTo(query.Gaps(within)), () => $"gaps of {query} (seed {seed})");
            var peak = query.PeakConcurrency();
            var stored = await Store.PeakConcurrencyAsync(query);
            Assert.That((stored.Count, stored.Period), Is.EqualTo((peak.Count, peak.Period)), () => $"peak of {query} (seed {seed})");
            var dates = new DateInterval(new LocalDate(2021, 11, 15), new LocalDate(2022, 4, 2));
            var unit = (HistogramUnit)((seed >> 4) & 3);
            Assert.That(
                (await Store.HistogramAsync(query, dates, unit)).Select(b => (b.First, b.Last, b.Interval, b.Count)),
                Is.EqualTo(query.Histogram(dates, unit).Select(b => (b.First, b.Last, b.Interval, b.Count))),
                () => $"histogram of {query} (seed {seed})");
        }

        return expected.Length > 0;
    }

    private static string Ids(System.Collections.Generic.IEnumerable<TimelineEvent> events) => "[" + string.Join(", ", events.Select(e => e.Id)) + "]";
}
