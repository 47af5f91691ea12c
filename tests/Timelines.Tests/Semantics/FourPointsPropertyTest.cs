using System;
using NodaTime;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The library's four points against the oracle's (docs/semantics.md sections 2 and 3): <c>EdtfValue.Bounds</c>
/// placed in a zone, and the possible and certain extents of <c>ToInterval</c> and <c>ToCertainInterval</c>.
/// </summary>
public class FourPointsPropertyTest
{
    private const int Cases = 10_000;

    private static readonly long MinTick = Instant.MinValue.ToUnixTimeTicks();
    private static readonly long MaxTick = Instant.MaxValue.ToUnixTimeTicks();

    /// <summary>
    /// Section 2: the end bounds name the granule the event ends in, inclusive, and the time line's points are the
    /// bounds placed in the zone; where a value mixes a local date with a date-time with an offset, the bounds keep
    /// the unnarrowed latest start and earliest end, so only ES and LE are compared there.
    /// </summary>
    [Test]
    public void Bounds_PlacedInAZone_AreTheFourPoints() => SemanticsCheck.Run(Cases, random =>
    {
        var value = SemanticsGenerators.Value(random);
        var zone = SemanticsGenerators.Zone(random);
        var expected = SemanticsOracle.Points(value, zone, ongoingUntil: null);
        FourPoints placed;
        try
        {
            var bounds = value.Bounds;
            placed = new FourPoints(Start(bounds.EarliestStart, zone), Start(bounds.LatestStart, zone), End(bounds.EarliestEnd, zone), End(bounds.LatestEnd, zone));
        }
        catch (Exception e) when (e is not AssertionException)
        {
            return $"'{value}' in {zone.Id}: placing its bounds throws {e.GetType().Name}: {e.Message}";
        }

        var mixed = RelationSemanticsPropertyTest.MixesLocalAndOffset(value, value);
        var agree = mixed
            ? placed.EarliestStart == expected.EarliestStart && placed.LatestEnd == expected.LatestEnd
            : placed == expected;
        return agree ? null : $"Bounds differ\n  '{value}' in {zone.Id}: bounds {value.Bounds} placed {placed}, expected {expected}";
    });

    /// <summary>Section 3: the possible extent [ES, LE) and the certain extent [LS, EE), in the zone given.</summary>
    [Test]
    public void Extents_AreThoseOfTheFourPoints() => SemanticsCheck.Run(Cases, random =>
    {
        var value = SemanticsGenerators.Value(random);
        var zone = SemanticsGenerators.Zone(random);
        var points = SemanticsOracle.Points(value, zone, ongoingUntil: null);
        string possible, certain;
        try
        {
            possible = Show(value.ToInterval(zone));
            certain = value.ToCertainInterval(zone) is { } interval ? Show(interval) : "none";
        }
        catch (Exception e) when (e is not AssertionException)
        {
            return $"'{value}' in {zone.Id}: the library throws {e.GetType().Name}: {e.Message}";
        }

        var expectedPossible = Show(points.PossibleExtent);
        var expectedCertain = points.CertainExtent is { } c ? Show(c) : "none";
        return possible == expectedPossible && certain == expectedCertain ? null
            : $"Extents differ\n  '{value}' in {zone.Id}: possible {possible}, expected {expectedPossible}; certain {certain}, expected {expectedCertain}; points {points}";
    });

    private static long Start(EdtfBound bound, DateTimeZone zone) => bound.Kind switch
    {
        EdtfBoundKind.Open => TickAxis.OpenStart,
        EdtfBoundKind.Unknown => TickAxis.UnknownStart,
        EdtfBoundKind.Date => TickAxis.StartOfDay(bound.Date, zone),
        EdtfBoundKind.LocalDateTime => TickAxis.Place(bound.LocalDateTime, zone),
        _ => TickAxis.Of(bound.Instant),
    };

    private static long End(EdtfBound bound, DateTimeZone zone) => bound.Kind switch
    {
        EdtfBoundKind.Open => TickAxis.OpenEnd,
        EdtfBoundKind.Unknown => TickAxis.UnknownEnd,
        EdtfBoundKind.Date => TickAxis.EndOfDay(bound.Date, zone),
        EdtfBoundKind.LocalDateTime => TickAxis.Place(bound.LocalDateTime, zone) + NodaConstants.TicksPerSecond,
        _ => TickAxis.Of(bound.Instant) + NodaConstants.TicksPerSecond,
    };

    // As an Interval holds it: the ends of time as missing ends, other ticks within NodaTime's range.
    private static string Show((long Start, long End) extent) =>
        (extent.Start <= TickAxis.UnknownStart ? "(no start)" : TickAxis.Show(Math.Clamp(extent.Start, MinTick, MaxTick)))
        + "/" + (extent.End >= TickAxis.UnknownEnd ? "(no end)" : TickAxis.Show(Math.Clamp(extent.End, MinTick, MaxTick)));

    private static string Show(Interval interval) =>
        (interval.HasStart ? TickAxis.Show(interval.Start.ToUnixTimeTicks()) : "(no start)") + "/" + (interval.HasEnd ? TickAxis.Show(interval.End.ToUnixTimeTicks()) : "(no end)");
}
