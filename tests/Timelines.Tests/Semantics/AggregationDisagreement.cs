using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Semantics;

/// <summary>The aggregations through the library and the oracle, and where they differ, with a minimal counterexample.</summary>
internal static class AggregationDisagreement
{
    private static readonly long MinTick = Instant.MinValue.ToUnixTimeTicks();
    private static readonly long MaxTick = Instant.MaxValue.ToUnixTimeTicks();

    public static string? Find(Timeline timeline, QuerySpec spec, Aggregation aggregation)
    {
        if (Differs(timeline, spec, aggregation) is null)
        {
            return null;
        }

        var smallest = SemanticsCheck.Shrink(timeline, t => Differs(t, spec, aggregation) is not null, spec.Period?.Event?.Id);
        var context = QueryOracle.Context(smallest, spec);
        var text = new StringBuilder();
        text.Append(aggregation.Name).Append(": ").AppendLine(Differs(smallest, spec, aggregation));
        text.Append("  ").Append(SemanticsCheck.Describe(smallest, context));
        if (spec.Period is { } period)
        {
            text.Append("  period ").Append(period).Append(SemanticsCheck.Points(() => SemanticsOracle.Points(period, context).ToString())).AppendLine();
        }

        text.Append("  query ").Append(spec).AppendLine();
        return text.ToString();
    }

    public static Aggregation Coverage { get; } = new(
        "Coverage()",
        (timeline, spec) => Show(AggregationOracle.Coverage(Extents(timeline, spec))),
        (timeline, spec) => Show(LibraryCalls.Query(timeline, spec).Coverage()));

    public static Aggregation Peak { get; } = new(
        "PeakConcurrency()",
        (timeline, spec) => AggregationOracle.Peak(Extents(timeline, spec)) is (var count, { } stretch) ? FormattableString.Invariant($"{count} in {Show(stretch)}") : "0",
        (timeline, spec) => LibraryCalls.Query(timeline, spec).PeakConcurrency() is { Period: { } period } peak
            ? FormattableString.Invariant($"{peak.Count} in {Show(period)}")
            : LibraryCalls.Query(timeline, spec).PeakConcurrency().Count.ToString(CultureInfo.InvariantCulture));

    public static Aggregation Gaps(PeriodSpec within) => new(
        $"Gaps({within})",
        (timeline, spec) => Show(AggregationOracle.Gaps(Extents(timeline, spec), SemanticsOracle.Points(within, QueryOracle.Context(timeline, spec)))),
        (timeline, spec) => Show(LibraryCalls.Query(timeline, spec).Gaps(LibraryCalls.Period(within))));

    public static Aggregation Histogram(DateInterval dates, HistogramUnit unit, DateTimeZone? zone) => new(
        $"Histogram({Day(dates.Start)}..{Day(dates.End)}, {unit}{(zone is null ? string.Empty : ", " + zone.Id)})",
        (timeline, spec) => string.Join("; ", AggregationOracle
            .Histogram(QueryOracle.Run(timeline, spec), QueryOracle.Context(timeline, spec), spec.Certainty, dates, unit, zone ?? timeline.TimeZone)
            .Select(b => $"{Day(b.First)}..{Day(b.Last)} {Show((b.Start, b.End))}: {b.Count}")),
        (timeline, spec) => string.Join("; ", LibraryCalls.Query(timeline, spec).Histogram(dates, unit, zone)
            .Select(b => $"{Day(b.First)}..{Day(b.Last)} {Show(b.Interval)}: {b.Count}")));

    public static Aggregation CoverageDates { get; } = new(
        "CoverageDates()",
        (timeline, spec) => Show(AggregationOracle.Coverage(Extents(timeline, spec)).Select(s => AggregationOracle.Days(s, timeline.TimeZone)).OfType<DateInterval>()),
        (timeline, spec) => Show(LibraryCalls.Query(timeline, spec).CoverageDates()));

    public static Aggregation PeakDates { get; } = new(
        "PeakConcurrency().Dates",
        (timeline, spec) => AggregationOracle.Peak(Extents(timeline, spec)).Stretch is { } stretch && AggregationOracle.Days(stretch, timeline.TimeZone) is { } days ? Show([days]) : "none",
        (timeline, spec) => LibraryCalls.Query(timeline, spec).PeakConcurrency().Dates is { } dates ? Show([dates]) : "none");

    public static Aggregation GapDates(PeriodSpec within) => new(
        $"GapDates({within})",
        (timeline, spec) => Show(AggregationOracle.Gaps(Extents(timeline, spec), SemanticsOracle.Points(within, QueryOracle.Context(timeline, spec)))
            .Select(s => AggregationOracle.Days(s, timeline.TimeZone)).OfType<DateInterval>()),
        (timeline, spec) => Show(LibraryCalls.Query(timeline, spec).GapDates(LibraryCalls.Period(within))));

    private static string? Differs(Timeline timeline, QuerySpec spec, Aggregation aggregation)
    {
        string expected, actual;
        try
        {
            expected = aggregation.Expected(timeline, spec);
        }
        catch (InvalidOperationException e)
        {
            return "the oracle cannot answer: " + e.Message;
        }

        try
        {
            actual = aggregation.Actual(timeline, spec);
        }
        catch (Exception e) when (e is not AssertionException)
        {
            return $"the library throws {e.GetType().Name}: {e.Message} (expected {expected})";
        }

        return expected == actual ? null : $"expected {expected}; actual {actual}";
    }

    private static List<(long Start, long End)> Extents(Timeline timeline, QuerySpec spec) =>
        AggregationOracle.Extents(QueryOracle.Run(timeline, spec), QueryOracle.Context(timeline, spec), spec.Certainty);

    private static string Show(IEnumerable<(long Start, long End)> stretches) => "[" + string.Join(", ", stretches.Select(Show)) + "]";

    private static string Show(IEnumerable<DateInterval> days) => "[" + string.Join(", ", days.Select(d => $"{Day(d.Start)}..{Day(d.End)}")) + "]";

    private static string Show(IEnumerable<Interval> intervals) => "[" + string.Join(", ", intervals.Select(Show)) + "]";

    /// <summary>
    /// A stretch as the library's <see cref="Interval"/> can hold it: the ends of time as a missing start or end,
    /// and ticks beyond NodaTime's range moved to its edge (a presentation the semantics do not fix).
    /// </summary>
    private static string Show((long Start, long End) stretch) => Show(
        stretch.Start <= TickAxis.UnknownStart ? TickAxis.OpenStart : Math.Clamp(stretch.Start, MinTick, MaxTick),
        stretch.End >= TickAxis.UnknownEnd ? TickAxis.OpenEnd : Math.Clamp(stretch.End, MinTick, MaxTick));

    private static string Show(Interval interval) => Show(
        interval.HasStart ? interval.Start.ToUnixTimeTicks() : TickAxis.OpenStart,
        interval.HasEnd ? interval.End.ToUnixTimeTicks() : TickAxis.OpenEnd);

    private static string Show(long start, long end) => $"{TickAxis.Show(start)}/{TickAxis.Show(end)}";

    private static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
