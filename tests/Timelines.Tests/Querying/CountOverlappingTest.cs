using System;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NodaTime;
using Timelines.Querying;
using Timelines.Querying.Indexing;

namespace Timelines.Tests.Querying;

/// <summary>
/// The count of what possibly overlaps a window by ranks (<see cref="EventIndex.CountOverlapping"/>: slots starting
/// before its end less slots ending by its start) against the backward scan it replaced, the scan of results
/// (<see cref="EventIndex.ScanOverlapping"/>) and the naive answer (<see cref="LinearScan"/>), on random timelines
/// of precise, imprecise, ongoing, open- and unknown-ended events, small and large enough for several components,
/// and random periods and instants; and on indexes built from bare points, zero-length and inverted ones included.
/// </summary>
public class CountOverlappingTest
{
    private const int Cases = 10_000;

    [Test]
    public void CountOverlapping_ByRanks_EqualsTheScansAndTheNaiveCount() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var timeline = random.Next(4) == 0 ? LongEvents(random) : RandomTimelines.Timeline(random, random.Next(8) == 0 ? 300 : 24);
            for (var q = 0; q < 4; q++)
            {
                var query = timeline.Query();
                query = random.Next(2) == 0 ? query.WithOpenEnds(OpenEnds.Forever) : query;
                query = random.Next(3) == 0 ? query.At(RandomTimelines.Instant(random)) : query.Overlapping(RandomTimelines.Period(random));
                var because = $"seed {seed}, query {query}, zone {timeline.TimeZone}, as of {timeline.AsOf}, {timeline.Count} events";

                // The public count (by ranks where the window is not empty) against the naive answer.
                Assert.That(query.Count(), Is.EqualTo(LinearScan.Run(query).Count), because);

                // The index's count against both scans, for the window the plan asks for.
                var forever = query.OpenEnds == OpenEnds.Forever;
                var period = query.Time.Period.Axis(timeline.TimeZone, forever ? null : timeline.AsOfEnd);
                AssertCountsAgree(timeline.Index, period.EarliestStart, period.LatestEnd, forever, because);

                // Derived bounds: the count against enumerating the same query.
                if (random.Next(8) == 0)
                {
                    var derived = query.OnDerivedBounds();
                    Assert.That(derived.Count(), Is.EqualTo(derived.ToImmutableArray().Length), "derived, " + because);
                }
            }

            // Raw windows around the index's own points, empty and inverted ones too.
            var index = timeline.Index;
            for (var w = 0; w < 4 && index.Count > 0; w++)
            {
                var a = Point(random, index);
                var b = random.Next(6) == 0 ? a : Point(random, index);
                AssertCountsAgree(index, a, b, random.Next(2) == 0, $"seed {seed}, window [{a}, {b})");
            }
        },
        iter: Cases,
        threads: 1);

    [Test]
    public void CountOverlapping_OnBarePoints_CountsStartingBeforeTheEndAndEndingAfterTheStart() => Gen.Int.Sample(
        seed =>
        {
            // Points that no EDTF value gives: zero-length slots (the ranks count them exactly, where the older
            // scan counted one that starts at the window's start) and, rarely, inverted ones (no ranks: the scan).
            var random = new Random(seed);
            var n = random.Next(2) == 0 ? random.Next(12) : 70 + random.Next(400);
            var inverted = random.Next(10) == 0;

            // Ends in whole seconds fit the ranks' 32-bit form; a tick off, or far apart, they take the 64-bit one.
            var unit = random.Next(4) == 0 ? 1 : NodaConstants.TicksPerSecond;
            var far = random.Next(8) == 0;
            var bounds = new AxisBounds[n];
            var events = ImmutableArray.CreateBuilder<TimelineEvent>(n);
            for (var i = 0; i < n; i++)
            {
                var start = random.Next(200) * unit;
                var length = random.Next(6) switch
                {
                    0 => 0,
                    1 => random.Next(2000),
                    2 when far => 200L << 32,
                    _ => random.Next(5),
                } * unit;
                var end = inverted && random.Next(20) == 0 ? start - unit
                    : random.Next(30) == 0 ? AxisBounds.UnknownEnd
                    : start + length;
                bounds[i] = AxisBounds.Exact(start, end);
                events.Add(new TimelineEvent("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "E", EdtfValue.Parse("2021")));
            }

            var index = EventIndex.Build(events.MoveToImmutable(), DateTimeZone.Utc, null, bounds);
            for (var w = 0; w < 8; w++)
            {
                var qs = Edge(random, unit);
                var qe = random.Next(4) == 0 ? qs : Edge(random, unit);
                var because = $"seed {seed}, window [{qs}, {qe}), {n} events";
                var count = index.CountOverlapping(qs, qe, forever: false);
                if (qs < qe && !bounds.Any(b => b.LatestEnd < b.EarliestStart))
                {
                    Assert.That(count, Is.EqualTo(bounds.Count(b => b.EarliestStart < qe && b.LatestEnd > qs)), because);
                    Assert.That(count, Is.EqualTo(ScanCount(index, qs, qe, forever: false)), because);
                }
                else
                {
                    Assert.That(count, Is.EqualTo(index.CountOverlappingByScan(qs, qe, forever: false)), because);
                }
            }
        },
        iter: 2_000,
        threads: 1);

    [Test]
    public void EndRanks_OfDays_AreThirtyTwoBits_AndOfTicksOrMillennia_SixtyFour()
    {
        EndRanks Ranks(params AxisBounds[] bounds)
        {
            var events = Enumerable.Range(0, bounds.Length)
                .Select(i => new TimelineEvent("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "E", EdtfValue.Parse("2021")))
                .ToImmutableArray();
            return EventIndex.Build(events, DateTimeZone.Utc, null, bounds).RegularEndRanks;
        }

        var second = NodaConstants.TicksPerSecond;
        var days = Enumerable.Range(0, 200).Select(i => AxisBounds.Exact(i * NodaConstants.TicksPerDay, (i + 1) * NodaConstants.TicksPerDay)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Ranks(days).IsCompact, Is.True, "days");
            Assert.That(Ranks([.. days, AxisBounds.Exact(0, AxisBounds.UnknownEnd)]).IsCompact, Is.True, "an unknown end is only counted");
            Assert.That(Ranks([.. days, AxisBounds.Exact(0, (201 * NodaConstants.TicksPerDay) + 1)]).IsCompact, Is.False, "a tick off a second");
            Assert.That(Ranks(AxisBounds.Exact(0, second), AxisBounds.Exact(0, (second << 33) + second)).IsCompact, Is.False, "272 years apart in one block");
            Assert.That(Ranks(AxisBounds.Exact(second, 0)).Exact, Is.False, "an end before its start");
        });
    }

    private static long Edge(Random random, long unit) => random.Next(12) switch
    {
        0 => long.MinValue,
        1 => long.MaxValue,
        2 => AxisBounds.UnknownEnd,
        3 => AxisBounds.UnknownEnd - 1,
        4 => (200L << 32) * unit,
        5 => (random.Next(-2, 202) * unit) - 1,
        _ => random.Next(-2, 202) * unit,
    };

    private static void AssertCountsAgree(EventIndex index, long qs, long qe, bool forever, string because)
    {
        var count = index.CountOverlapping(qs, qe, forever);
        var byScan = index.CountOverlappingByScan(qs, qe, forever);
        Assert.That(count, Is.EqualTo(byScan), "against the backward scan, " + because);
        if (qs < qe)
        {
            Assert.That(count, Is.EqualTo(ScanCount(index, qs, qe, forever)), "against the scan of results, " + because);
        }
    }

    private static int ScanCount(EventIndex index, long qs, long qe, bool forever)
    {
        var counter = default(SlotCounter);
        index.ScanOverlapping(qs, qe, forever, tested: false, default(Every), ref counter);
        return counter.Count;
    }

    private static long Point(Random random, EventIndex index)
    {
        var slot = random.Next(index.Count);
        var point = random.Next(2) == 0 ? index.Bounds(slot, forever: true).LatestEnd : index.EarliestStarts[slot];
        return random.Next(10) switch
        {
            0 => long.MinValue,
            1 => long.MaxValue,
            2 => point,

            // A tick either side of an end: where the ranks' rounding to whole seconds matters.
            3 when point > long.MinValue => point - 1,
            4 when point < long.MaxValue => point + 1,
            _ => point > long.MinValue + 1_000_000_000_000 && point < long.MaxValue - 1_000_000_000_000
                ? point + random.NextInt64(-1_000_000_000_000, 1_000_000_000_000)
                : point,
        };
    }

    /// <summary>A timeline of days with long, open- and unknown-ended events among them: several components.</summary>
    private static Timeline LongEvents(Random random)
    {
        var builder = new TimelineBuilder("t", "Long") { AsOf = random.Next(2) == 0 ? new LocalDate(2000, 1, 1).PlusDays(random.Next(800)) : null };
        var count = 70 + random.Next(500);
        for (var i = 0; i < count; i++)
        {
            var start = new LocalDate(2000, 1, 1).PlusDays(random.Next(count));
            var when = random.Next(10) switch
            {
                0 => Day(start) + "/" + Day(start.PlusDays(random.Next(4000))),
                1 => Day(start) + "/..",
                2 => Day(start) + "/",
                3 => "/" + Day(start),
                4 => start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + start.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                5 => Day(start) + "T10:00:00Z",
                _ => Day(start),
            };
            builder.Add(new TimelineEvent("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "E", EdtfValue.Parse(when)));
        }

        return builder.Build();
    }

    private static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly struct Every : ISlotTest
    {
        public bool Passes(int slot) => true;
    }
}
