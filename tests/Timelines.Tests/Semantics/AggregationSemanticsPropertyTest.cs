using System;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Semantics;

/// <summary>
/// Coverage, gaps, peaks and histograms against the oracle of docs/semantics.md section 6, over the results of
/// random queries of every kind.
/// </summary>
public class AggregationSemanticsPropertyTest
{
    private const int Cases = 10_000;

    private static readonly QueryKind[] Kinds = Enum.GetValues<QueryKind>();

    [Test]
    public void Coverage_FollowsTheSemantics() => Check((_, _) => AggregationDisagreement.Coverage);

    [Test]
    public void Gaps_FollowTheSemantics() => Check((random, timeline) => AggregationDisagreement.Gaps(SemanticsGenerators.Period(random, timeline)));

    [Test]
    public void PeakConcurrency_FollowsTheSemantics() => Check((_, _) => AggregationDisagreement.Peak);

    [Test]
    public void Histogram_FollowsTheSemantics() => Check((random, _) =>
    {
        var unit = (HistogramUnit)random.Next(4);
        var first = random.Next(10) == 0
            ? new LocalDate(9999, 12, 1 + random.Next(31))
            : SemanticsGenerators.Day(random, random.Next(4) == 0 ? 2021 + random.Next(3) : 2022);
        var span = unit switch { HistogramUnit.Day => 40, HistogramUnit.Week => 120, HistogramUnit.Month => 400, _ => 1500 };
        var last = first.Year == 9999 ? LocalDate.MaxIsoValue : first.PlusDays(random.Next(span));
        return AggregationDisagreement.Histogram(new DateInterval(first, last), unit, random.Next(4) == 0 ? SemanticsGenerators.Zone(random) : null);
    });

    /// <summary>Section 6: for a timeline of dates, coverage, gaps and peaks as days in its zone.</summary>
    [Test]
    public void CoverageDates_FollowTheSemantics() => Check((_, _) => AggregationDisagreement.CoverageDates, datesOnly: true);

    [Test]
    public void GapDates_FollowTheSemantics() => Check((random, timeline) => AggregationDisagreement.GapDates(SemanticsGenerators.DaysPeriod(random, timeline)), datesOnly: true);

    [Test]
    public void PeakDates_FollowTheSemantics() => Check((_, _) => AggregationDisagreement.PeakDates, datesOnly: true);

    private static void Check(Func<Random, Timeline, Aggregation> aggregation, bool datesOnly = false) => SemanticsCheck.Run(Cases, random =>
    {
        var timeline = SemanticsGenerators.Timeline(random);
        timeline = datesOnly ? SemanticsGenerators.WithoutDateTimes(timeline) : timeline;
        var kind = random.Next(3) == 0 ? QueryKind.None : Kinds[random.Next(Kinds.Length)];
        var spec = SemanticsGenerators.Query(random, timeline, kind);
        return AggregationDisagreement.Find(timeline, spec, aggregation(random, timeline));
    });
}
