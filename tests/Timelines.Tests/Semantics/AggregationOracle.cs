using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Semantics;

/// <summary>
/// Coverage, gaps, peaks and histograms by docs/semantics.md section 6, over the results of
/// <see cref="QueryOracle.Run"/>: each result's possible extent [ES, LE) (possibly) or certain extent [LS, EE)
/// (certainly, when it has one).
/// </summary>
/// <remarks>
/// Stretches are in ticks, with the ends of time made one end (−∞ + 1 is −∞, +∞ − 1 is +∞) as section 6 says.
/// </remarks>
internal static class AggregationOracle
{
    /// <summary>The extents the aggregations use, with the ends of time made one end.</summary>
    public static List<(long Start, long End)> Extents(IEnumerable<TimelineEvent> results, TimeContext context, Certainty certainty)
    {
        var extents = new List<(long Start, long End)>();
        foreach (var item in results)
        {
            var points = SemanticsOracle.Points(item, context);
            if ((certainty == Certainty.Possibly ? points.PossibleExtent : points.CertainExtent) is { } extent)
            {
                extents.Add(Normalized(extent));
            }
        }

        return extents;
    }

    /// <summary>Coverage: the union of the extents, touching or overlapping ones merged, in order.</summary>
    public static List<(long Start, long End)> Coverage(List<(long Start, long End)> extents)
    {
        // The ticks some extent covers are where the count of extents is above zero; at a tick where one ends
        // and another starts, the count's net change keeps it above zero, so touching extents make one stretch.
        var union = new List<(long Start, long End)>();
        var running = 0;
        long start = 0;
        foreach (var (tick, change) in Changes(extents))
        {
            var before = running;
            running += change;
            if (before == 0 && running > 0)
            {
                start = tick;
            }
            else if (before > 0 && running == 0)
            {
                union.Add((start, tick));
            }
        }

        return union;
    }

    /// <summary>Gaps: the parts of the period (at its possible extent) that the coverage leaves out, in order.</summary>
    public static List<(long Start, long End)> Gaps(List<(long Start, long End)> extents, FourPoints within)
    {
        var (from, to) = Normalized(within.PossibleExtent);

        // The coverage cut to the period; what lies between its pieces, and before and after them, is a gap.
        var covered = Coverage(extents)
            .Select(c => (Start: Math.Max(c.Start, from), End: Math.Min(c.End, to)))
            .Where(c => c.Start < c.End)
            .ToList();
        var edges = new List<long> { from };
        foreach (var (start, end) in covered)
        {
            edges.Add(start);
            edges.Add(end);
        }

        edges.Add(to);
        var gaps = new List<(long Start, long End)>();
        for (var i = 0; i < edges.Count; i += 2)
        {
            if (edges[i] < edges[i + 1])
            {
                gaps.Add((edges[i], edges[i + 1]));
            }
        }

        return gaps;
    }

    /// <summary>The largest number of extents covering one tick, and the first maximal run of ticks at that count.</summary>
    public static (int Count, (long Start, long End)? Stretch) Peak(List<(long Start, long End)> extents)
    {
        var steps = Changes(extents);
        var best = 0;
        var running = 0;
        foreach (var (_, change) in steps)
        {
            running += change;
            best = Math.Max(best, running);
        }

        if (best == 0)
        {
            return (0, null);
        }

        running = 0;
        long? stretchStart = null;
        foreach (var (tick, change) in steps)
        {
            running += change;
            if (stretchStart is null && running == best)
            {
                stretchStart = tick;
            }
            else if (stretchStart is { } begun && running < best)
            {
                return (best, (begun, tick));
            }
        }

        throw new InvalidOperationException("Every extent ends, so the count falls back to zero.");
    }

    /// <summary>The buckets of a histogram: first day, last day, the bucket in ticks, and how many results overlap it.</summary>
    public static List<(LocalDate First, LocalDate Last, long Start, long End, int Count)> Histogram(
        IReadOnlyList<TimelineEvent> results, TimeContext context, Certainty certainty, DateInterval dates, HistogramUnit unit, DateTimeZone zone)
    {
        var points = results.Select(r => SemanticsOracle.Points(r, context)).ToList();
        var buckets = new List<(LocalDate, LocalDate, long, long, int)>();
        for (var first = UnitStart(dates.Start, unit); first <= dates.End;)
        {
            var last = UnitEnd(first, unit);
            var bucket = FourPoints.Exact(TickAxis.StartOfDay(first, zone), TickAxis.EndOfDay(last, zone));
            var count = points.Count(p => QueryOracle.Passes(QueryOracle.Answer(p, bucket, Condition.Overlapping), certainty));
            buckets.Add((first, last, bucket.EarliestStart, bucket.LatestEnd, count));
            if (last == LocalDate.MaxIsoValue)
            {
                break;
            }

            first = last.PlusDays(1);
        }

        return buckets;
    }

    /// <summary>
    /// A stretch of a timeline of dates as whole days in its zone, both ends included (section 6), or null when it
    /// holds no day of the calendar (it lies before -9998-01-01 or after 9999-12-31 in the zone, as the sliver
    /// between an open start and the start of the calendar's first day does). An open start or end is the first or
    /// last day of the calendar. The semantics say neither (questions in the report).
    /// </summary>
    public static DateInterval? Days((long Start, long End) stretch, DateTimeZone zone)
    {
        if (stretch.End <= TickAxis.StartOfDay(LocalDate.MinIsoValue, zone) || stretch.Start >= TickAxis.EndOfDay(LocalDate.MaxIsoValue, zone))
        {
            return null;
        }

        var first = stretch.Start == TickAxis.OpenStart ? LocalDate.MinIsoValue : DayStartingAt(stretch.Start, zone);
        var last = stretch.End == TickAxis.OpenEnd ? LocalDate.MaxIsoValue : DayEndingAt(stretch.End, zone);
        return new DateInterval(first, last);
    }

    /// <summary>
    /// The net change in the number of extents covering a tick, at each tick where it changes, in order: the count
    /// is constant between two successive ones.
    /// </summary>
    private static List<KeyValuePair<long, int>> Changes(List<(long Start, long End)> extents)
    {
        var changes = new SortedDictionary<long, int>();
        foreach (var (start, end) in extents)
        {
            changes[start] = changes.GetValueOrDefault(start) + 1;
            changes[end] = changes.GetValueOrDefault(end) - 1;
        }

        return [.. changes];
    }

    /// <summary>The ends of time made one end (section 6).</summary>
    public static (long Start, long End) Normalized((long Start, long End) extent) => (
        extent.Start == TickAxis.UnknownStart ? TickAxis.OpenStart : extent.Start,
        extent.End == TickAxis.UnknownEnd ? TickAxis.OpenEnd : extent.End);

    private static LocalDate DayStartingAt(long tick, DateTimeZone zone)
    {
        var day = DayHolding(tick, zone);
        return TickAxis.StartOfDay(day, zone) == tick ? day : throw new InvalidOperationException($"{TickAxis.Show(tick)} is not the start of a day in {zone.Id}.");
    }

    private static LocalDate DayEndingAt(long tick, DateTimeZone zone)
    {
        var day = DayHolding(tick - 1, zone);
        return TickAxis.EndOfDay(day, zone) == tick ? day : throw new InvalidOperationException($"{TickAxis.Show(tick)} is not the end of a day in {zone.Id}.");
    }

    // The day whose span holds the tick (a tick within the calendar's days): near the edges of the calendar the
    // instant may lie outside NodaTime's range, or its local date outside the calendar, so those are taken first.
    private static LocalDate DayHolding(long tick, DateTimeZone zone) =>
        tick < TickAxis.EndOfDay(LocalDate.MinIsoValue, zone) ? LocalDate.MinIsoValue
        : tick >= TickAxis.StartOfDay(LocalDate.MaxIsoValue, zone) ? LocalDate.MaxIsoValue
        : Instant.FromUnixTimeTicks(tick).InZone(zone).Date;

    private static LocalDate UnitStart(LocalDate day, HistogramUnit unit) => unit switch
    {
        HistogramUnit.Day => day,
        HistogramUnit.Week => day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        HistogramUnit.Month => day.With(DateAdjusters.StartOfMonth),
        _ => new LocalDate(day.Year, 1, 1),
    };

    // The calendar stops at 9999-12-31: a week or unit that would run past it is cut there.
    private static LocalDate UnitEnd(LocalDate first, HistogramUnit unit) => unit switch
    {
        HistogramUnit.Day => first,
        HistogramUnit.Week => Period.DaysBetween(first, LocalDate.MaxIsoValue) < 6 ? LocalDate.MaxIsoValue : first.PlusDays(6),
        HistogramUnit.Month => first.With(DateAdjusters.EndOfMonth),
        _ => new LocalDate(first.Year, 12, 31),
    };
}
