using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Querying;

/// <summary>Histogram, coverage, gaps and peak concurrency against naive computations over the oracle's results.</summary>
public class TimelineQueryAggregationPropertyTest
{
    private static readonly DateTimeZone Kyiv = DateTimeZoneProviders.Tzdb["Europe/Kyiv"];

    [Test]
    public void Coverage_MatchesTheNaiveUnion() => Check(3_000, (random, query) =>
    {
        var expected = Merge(Extents(query)).Select(x => Ticks.ToInterval(x.Start, x.End));
        Assert.That(query.Coverage(), Is.EqualTo(expected));
    });

    [Test]
    public void Gaps_MatchTheNaiveComplement() => Check(3_000, (random, query) =>
    {
        var period = RandomTimelines.Period(random);
        var within = period.Axis(query.Timeline.TimeZone, query.OpenEnds == OpenEnds.Forever ? null : query.Timeline.AsOfEnd);
        var (low, high) = (AxisStart(within.EarliestStart), AxisEnd(within.LatestEnd));
        var gaps = new List<Interval>();
        var cursor = low;
        foreach (var (start, end) in Merge(Extents(query)).Where(x => x.End > low && x.Start < high))
        {
            if (start > cursor)
            {
                gaps.Add(Ticks.ToInterval(cursor, start));
            }

            cursor = Math.Max(cursor, end);
        }

        if (cursor < high)
        {
            gaps.Add(Ticks.ToInterval(cursor, high));
        }

        Assert.That(query.Gaps(period), Is.EqualTo(gaps));
    });

    [Test]
    public void PeakConcurrency_MatchesCountingAtEveryStart() => Check(3_000, (random, query) =>
    {
        var extents = Extents(query);
        var best = 0;
        long bestAt = 0;
        foreach (var t in extents.Select(x => x.Start).Distinct().Order())
        {
            var count = extents.Count(x => x.Start <= t && t < x.End);
            if (count > best)
            {
                (best, bestAt) = (count, t);
            }
        }

        var peak = query.PeakConcurrency();
        Assert.That(peak.Count, Is.EqualTo(best));
        if (best > 0)
        {
            // The whole first stretch at the peak: until the first boundary after which fewer are going on.
            var end = extents.SelectMany(x => new[] { x.Start, x.End }).Where(t => t > bestAt).Order()
                .First(t => extents.Count(x => x.Start <= t && t < x.End) < best);
            Assert.That(peak.Period, Is.EqualTo(Ticks.ToInterval(bestAt, end)));
        }
    });

    [Test]
    public void Histogram_MatchesCountingPerBucket() => Check(3_000, (random, query) =>
    {
        var first = new LocalDate(2019 + random.Next(5), 1 + random.Next(12), 1 + random.Next(28));
        var dates = new DateInterval(first, first.PlusDays(random.Next(500)));
        var unit = (HistogramUnit)random.Next(4);
        var zone = random.Next(3) == 0 ? Kyiv : null;
        var buckets = query.Histogram(dates, unit, zone);
        // Certainly, an event counts where it certainly overlaps the bucket: latest start before the bucket's end and
        // earliest end after its start, whether or not it has a certain extent.
        var extents = Extents(query, keepInverted: true);
        Assert.That(buckets[0].First, Is.LessThanOrEqualTo(dates.Start));
        Assert.That(buckets[^1].Last, Is.GreaterThanOrEqualTo(dates.End));
        for (var i = 0; i < buckets.Length; i++)
        {
            var bucket = EdtfValue.Interval(EdtfDate.ForDay(buckets[i].First), EdtfDate.ForDay(buckets[i].Last)).Axis(zone ?? query.Timeline.TimeZone);
            var expected = extents.Count(x => x.Start < bucket.LatestEnd && bucket.EarliestStart < x.End);
            Assert.That(buckets[i].Count, Is.EqualTo(expected), $"bucket {buckets[i]}");
            Assert.That(i == 0 || buckets[i].First == buckets[i - 1].Last.PlusDays(1), Is.True);
        }
    });

    private static List<(long Start, long End)> Extents(TimelineQuery query, bool keepInverted = false) =>
        [.. LinearScan.Run(query)
            .Select(e => LinearScan.Bounds(query, e))
            .Select(b => query.Certainty == Certainty.Possibly ? (b.EarliestStart, b.LatestEnd) : (b.LatestStart, b.EarliestEnd))
            .Where(x => keepInverted || x.Item1 < x.Item2)
            .Select(x => (AxisStart(x.Item1), AxisEnd(x.Item2)))];

    // docs/semantics.md, section 6: an unknown start or end reaches the end of the axis, as an open one does.
    private static long AxisStart(long ticks) => ticks <= long.MinValue + 1 ? long.MinValue : ticks;

    private static long AxisEnd(long ticks) => ticks >= long.MaxValue - 1 ? long.MaxValue : ticks;

    private static List<(long Start, long End)> Merge(List<(long Start, long End)> extents)
    {
        var merged = new List<(long Start, long End)>();
        foreach (var (start, end) in extents.OrderBy(x => x.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    private static void Check(int cases, Action<Random, TimelineQuery> check) =>
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var timeline = RandomTimelines.Timeline(random);
                var query = RandomTimelines.Filters(random, timeline.Query());
                if (random.Next(2) == 0)
                {
                    query = query.Overlapping(RandomTimelines.Period(random));
                }

                check(random, query);
            },
            iter: cases,
            threads: 1);
}
