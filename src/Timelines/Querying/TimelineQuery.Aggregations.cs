using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Timelines.Querying.Indexing;
using Timelines.Querying.Internal;

namespace Timelines.Querying;

/// <content>
/// Aggregations over a query's results (after the time condition, the filters, Skip and Take), as docs/semantics.md,
/// section 6, defines them. Each uses the events' extents as the query's <see cref="Certainty"/> says: possibly, the
/// possible extent from earliest start to latest end; certainly, the certain extent from latest start to earliest
/// end, which an event with imprecise ends may lack (it then adds nothing to coverage, gaps or concurrency; a
/// histogram still counts it in a bucket it certainly overlaps, see <see cref="Histogram"/>). Ongoing ends follow
/// <see cref="OpenEnds"/>; an unknown start or end reaches the end of the axis, as an open one does.
/// </content>
public readonly partial struct TimelineQuery
{
    /// <summary>
    /// Counts the results per calendar day, ISO week (Monday to Sunday), month or year, over the buckets that hold
    /// <paramref name="dates"/>. An event counts once in every bucket its extent overlaps: an event spanning three
    /// months counts in each of them, and the bucket counts may add up to more than the number of events. Certainly, an
    /// event counts in the buckets it overlaps however its dates are resolved, the same answer as
    /// <c>Overlapping(bucket).Certainly()</c>: an event dated <c>2022-03</c> certainly counts in March, though no
    /// single day of March is certainly covered by it.
    /// </summary>
    /// <param name="dates">The days to cover; the first and last buckets are whole units, so they may reach beyond them.</param>
    /// <param name="unit">The bucket size.</param>
    /// <param name="zone">The zone the buckets' days begin and end in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The buckets, in order. O(Q + k log B + B), Q the cost of running the query, k its results, B the buckets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public ImmutableArray<HistogramBucket> Histogram(DateInterval dates, HistogramUnit unit, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (unit is < HistogramUnit.Day or > HistogramUnit.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, QueryMessages.NotAHistogramUnit);
        }

        zone ??= Timeline.TimeZone;
        var firsts = new List<LocalDate>();
        for (var day = UnitStart(dates.Start, unit); day <= dates.End; day = NextUnit(day, unit))
        {
            firsts.Add(day);
            if (day.Year == 9999 && NextUnitOverflows(day, unit))
            {
                break;
            }
        }

        var edges = new long[firsts.Count + 1];
        for (var i = 0; i < firsts.Count; i++)
        {
            edges[i] = EdtfValue.ForDate(EdtfDate.ForDay(firsts[i])).Axis(zone).EarliestStart;
        }

        var lastDay = LastDay(firsts[^1], unit);
        edges[^1] = EdtfValue.ForDate(EdtfDate.ForDay(lastDay)).Axis(zone).LatestEnd;

        // A difference array: +1 at the first bucket an extent overlaps, -1 after the last.
        var delta = new int[firsts.Count + 1];
        // Certainly, the pairs are (latest start, earliest end) even where the latest start comes later: an event
        // certainly overlaps [a, b) when its latest start is before b and its earliest end after a, which this
        // arithmetic counts either way round.
        foreach (var (start, end) in Extents(keepInverted: true))
        {
            var first = Math.Max(0, UpperBound(edges, start) - 1);
            var afterLast = Math.Min(firsts.Count, LowerBound(edges, end));
            if (first < afterLast && start < edges[^1] && end > edges[0])
            {
                delta[first]++;
                delta[afterLast]--;
            }
        }

        var buckets = ImmutableArray.CreateBuilder<HistogramBucket>(firsts.Count);
        var running = 0;
        for (var i = 0; i < firsts.Count; i++)
        {
            running += delta[i];
            var last = i + 1 < firsts.Count ? firsts[i + 1].PlusDays(-1) : lastDay;
            buckets.Add(new HistogramBucket(firsts[i], last, Ticks.ToInterval(edges[i], edges[i + 1]), running));
        }

        return buckets.MoveToImmutable();
    }

    /// <summary>
    /// Returns the union of the results' extents: the periods in which some result is going on, in order, with
    /// overlapping or touching extents merged. A missing start or end is an open or unknown one.
    /// </summary>
    /// <returns>The periods. O(Q + k log k).</returns>
    public ImmutableArray<Interval> Coverage() => ToIntervals(Merge(Extents()));

    /// <summary>
    /// Returns <see cref="Coverage"/> as whole days in the timeline's zone, both ends included: for a timeline of
    /// dates, whose every period begins and ends at the start of a day. An open or unknown end is the last day of
    /// the calendar (9999-12-31), an open or unknown start its first (-9998-01-01).
    /// </summary>
    /// <returns>The days. O(Q + k log k).</returns>
    /// <exception cref="InvalidOperationException">A period does not begin or end at the start of a day in the timeline's zone (a result has a date-time); use <see cref="Coverage"/>.</exception>
    public ImmutableArray<DateInterval> CoverageDates() => ToDates(Merge(Extents()));

    /// <summary>Returns the periods within a period in which no result is going on, in order.</summary>
    /// <param name="within">The period; an imprecise one is taken at its possible extent.</param>
    /// <returns>The gaps. O(Q + k log k).</returns>
    public ImmutableArray<Interval> Gaps(QueryPeriod within) => ToIntervals(FindGaps(within));

    /// <summary>Returns <see cref="Gaps"/> as whole days in the timeline's zone, both ends included, as <see cref="CoverageDates"/> does.</summary>
    /// <param name="within">The period; an imprecise one is taken at its possible extent.</param>
    /// <returns>The days. O(Q + k log k).</returns>
    /// <exception cref="InvalidOperationException">A gap does not begin or end at the start of a day in the timeline's zone; use <see cref="Gaps"/>.</exception>
    public ImmutableArray<DateInterval> GapDates(QueryPeriod within) => ToDates(FindGaps(within));

    /// <summary>
    /// Returns the largest number of results going on at one moment, and the first period in which that many are.
    /// Extents are half-open, so an event ending as another starts does not overlap it.
    /// </summary>
    /// <returns>The peak. O(Q + k log k).</returns>
    public ConcurrencyPeak PeakConcurrency()
    {
        var points = new List<(long Tick, int Change)>();
        foreach (var (start, end) in Extents())
        {
            points.Add((start, 1));
            points.Add((end, -1));
        }

        // Ends sort before starts at the same tick, so an extent ending where another starts is not counted twice.
        points.Sort();
        int current = 0, best = 0;
        long bestStart = 0, bestEnd = 0;
        var inStretch = false;
        for (var i = 0; i < points.Count; i++)
        {
            current += points[i].Change;
            if (i + 1 < points.Count && points[i + 1].Tick == points[i].Tick)
            {
                continue;
            }

            // The count from this tick to the next: a higher one starts a new peak stretch, a lower one ends the
            // stretch (touching extents at the same count continue it), and an equal one later is not the first.
            if (current > best)
            {
                (best, bestStart, inStretch) = (current, points[i].Tick, true);
            }
            else if (inStretch && current < best)
            {
                (bestEnd, inStretch) = (points[i].Tick, false);
            }
        }

        if (best == 0)
        {
            return new ConcurrencyPeak(0, null, null);
        }

        var zone = Timeline.TimeZone;
        return new ConcurrencyPeak(best, Ticks.ToInterval(bestStart, bestEnd), Ticks.TryToDates(bestStart, bestEnd, zone, out var dates) ? dates : null);
    }

    private List<(long Start, long End)> FindGaps(QueryPeriod within)
    {
        var bounds = within.Axis(Timeline.TimeZone, OpenEnds == OpenEnds.Forever ? null : Timeline.AsOfEnd);
        var (from, to) = (Ticks.AxisStart(bounds.EarliestStart), Ticks.AxisEnd(bounds.LatestEnd));
        var gaps = new List<(long Start, long End)>();
        var cursor = from;
        foreach (var (start, end) in Merge(Extents()))
        {
            if (start >= to)
            {
                break;
            }

            if (start > cursor)
            {
                gaps.Add((cursor, start));
            }

            cursor = Math.Max(cursor, end);
        }

        if (cursor < to)
        {
            gaps.Add((cursor, to));
        }

        return gaps;
    }

    private static ImmutableArray<Interval> ToIntervals(List<(long Start, long End)> periods)
    {
        var intervals = ImmutableArray.CreateBuilder<Interval>(periods.Count);
        foreach (var (start, end) in periods)
        {
            intervals.Add(Ticks.ToInterval(start, end));
        }

        return intervals.MoveToImmutable();
    }

    private ImmutableArray<DateInterval> ToDates(List<(long Start, long End)> periods)
    {
        var zone = Timeline.TimeZone;
        var days = ImmutableArray.CreateBuilder<DateInterval>(periods.Count);
        foreach (var (start, end) in periods)
        {
            if (!Ticks.TryToDates(start, end, zone, out var dates))
            {
                throw new InvalidOperationException(
                    QueryMessages.NotWholeDays(Ticks.ToInterval(start, end), zone.Id));
            }

            // A stretch beyond the calendar's first or last day (the ends of the axis) holds no day.
            if (dates is not null)
            {
                days.Add(dates);
            }
        }

        return days.ToImmutable();
    }

    private List<(long Start, long End)> Extents(bool keepInverted = false)
    {
        var extents = new List<(long Start, long End)>();
        var index = Index;
        var buffer = Array.Empty<int>();
        var plan = new QueryPlan(index, this);
        var count = plan.Collect(ref buffer);
        try
        {
            var from = Math.Min(SkipCount, count);
            var to = TakeCount is { } take ? (int)Math.Min(count, (long)from + take) : count;
            for (var i = from; i < to; i++)
            {
                var b = plan.Bounds(buffer[i]);
                if (Certainty == Certainty.Possibly)
                {
                    extents.Add((Ticks.AxisStart(b.EarliestStart), Ticks.AxisEnd(b.LatestEnd)));
                }
                else if (keepInverted || b.LatestStart < b.EarliestEnd)
                {
                    extents.Add((Ticks.AxisStart(b.LatestStart), Ticks.AxisEnd(b.EarliestEnd)));
                }
            }
        }
        finally
        {
            ReturnBuffer(buffer);
        }

        return extents;
    }

    private static List<(long Start, long End)> Merge(List<(long Start, long End)> extents)
    {
        extents.Sort();
        var merged = new List<(long Start, long End)>();
        foreach (var (start, end) in extents)
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

    private static LocalDate UnitStart(LocalDate date, HistogramUnit unit) => unit switch
    {
        HistogramUnit.Day => date,
        HistogramUnit.Week => date.PlusDays(-((int)date.DayOfWeek - 1)),
        HistogramUnit.Month => new LocalDate(date.Year, date.Month, 1),
        _ => new LocalDate(date.Year, 1, 1),
    };

    private static bool NextUnitOverflows(LocalDate first, HistogramUnit unit) => LastDay(first, unit) == new LocalDate(9999, 12, 31);

    private static LocalDate NextUnit(LocalDate first, HistogramUnit unit) => LastDay(first, unit).PlusDays(1);

    private static LocalDate LastDay(LocalDate first, HistogramUnit unit) => unit switch
    {
        HistogramUnit.Day => first,
        HistogramUnit.Week => first.Year == 9999 && first.Month == 12 && first.Day > 25 ? new LocalDate(9999, 12, 31) : first.PlusDays(6),
        HistogramUnit.Month => new LocalDate(first.Year, first.Month, first.Calendar.GetDaysInMonth(first.Year, first.Month)),
        _ => new LocalDate(first.Year, 12, 31),
    };

    private static int LowerBound(long[] values, long value) => SampledSearch.BinaryLowerBound(values, 0, values.Length, value);

    private static int UpperBound(long[] values, long value)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (values[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
