using System;
using System.Linq;
using CsCheck;
using NodaTime;
using Timelines.Querying;
using Timelines.Querying.Indexing;

namespace Timelines.Tests.Querying;

public class TimelineIndexTest
{
    private static string[] Days(int count) =>
        Enumerable.Range(0, count).Select(i => new LocalDate(2000, 1, 1).PlusDays(i).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static Timeline Indexed(params string[] whens)
    {
        var builder = new TimelineBuilder("t", "T");
        for (var i = 0; i < whens.Length; i++)
        {
            builder.Add(new TimelineEvent("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "E", EdtfValue.Parse(whens[i])));
        }

        var timeline = builder.Build();
        _ = timeline.Index;
        return timeline;
    }

    [Test]
    public void WithEvent_AppendingInStartOrder_ExtendsThePreviousIndex()
    {
        var before = Indexed("2022-01", "2022-02", "2022-03/..");
        var appended = before.WithEvent(new TimelineEvent("late", "Late", EdtfValue.Parse("2022-04/..")));
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, appended.Index.Count).Select(appended.Index.EventAt), Is.EqualTo(appended.Events));
            Assert.That(appended.Index.Count, Is.EqualTo(4));
            Assert.That(appended.Query().At(Instant.FromUtc(2030, 1, 1, 0, 0)).Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public void WithEvent_AppendingOutOfOrder_BuildsAfresh()
    {
        var before = Indexed("2022-01", "2022-02");
        var appended = before.WithEvent(new TimelineEvent("early", "Early", EdtfValue.Parse("2021")));
        Assert.That(appended.Query().Select(e => e.Id), Is.EqualTo(new[] { "early", "e0", "e1" }));
    }

    [Test]
    public void Build_LongEvents_LiveInComponentsOfTheirOwn()
    {
        var whens = new string[400];
        for (var i = 0; i < whens.Length; i++)
        {
            whens[i] = new LocalDate(2000, 1, 1).PlusDays(i).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        whens[10] = "2000-01-01/2001-12-31";
        whens[20] = "2000-01-05/";
        var index = Indexed(whens).Index;
        Assert.That(index.ComponentStarts[1], Is.EqualTo(398), "the big component holds only the short events");
    }

    [Test]
    public void Bounds_MixedPreciseAndImpreciseEvents_AreEachEventsOwn()
    {
        // Days and date-times are precise (one start, one end); months, years and qualified values are not, and
        // only they have rows in the imprecise columns.
        var timeline = Indexed("2022-03-01", "2022-03", "2022-03-02T10:00:00Z", "2021?/2022-05", "2022-03-05/2022-03-09", "2022", "2022-04/..", "2022-03-03/..");
        var index = timeline.Index;
        Assert.Multiple(() =>
        {
            Assert.That(index.ImpreciseCount, Is.EqualTo(4));
            for (var slot = 0; slot < index.Count; slot++)
            {
                var item = index.EventAt(slot);
                Assert.That(index.Bounds(slot, forever: true), Is.EqualTo(item.When.Axis(timeline.TimeZone)), item.Id);
            }
        });
    }

    [Test]
    public void Bounds_AfterAppendingBetweenImpreciseSlots_AreEachEventsOwn()
    {
        // Appending a regular event inserts a slot before the ongoing component, so the imprecise rows after it move up.
        var before = Indexed("2022-01", "2022-02-01", "2022-02/..", "2022-03?/..");
        var appended = before.WithEvent(new TimelineEvent("late", "Late", EdtfValue.Parse("2022-05")));
        var index = appended.Index;
        Assert.Multiple(() =>
        {
            Assert.That(index.ImpreciseCount, Is.EqualTo(4));
            for (var slot = 0; slot < index.Count; slot++)
            {
                var item = index.EventAt(slot);
                Assert.That(index.Bounds(slot, forever: true), Is.EqualTo(item.When.Axis(appended.TimeZone)), item.Id);
            }
        });
    }

    [Test]
    public void RetainedBytes_PreciseEvents_AreAboutTwentyOneBytesEach()
    {
        var index = Indexed(Days(4096)).Index;

        // Start (8 bytes), end as seconds after it (4), a reference to the event (8), a running maximum per 8 slots
        // (1), a start sample per 64, a bridge into the (empty) ongoing component per 64: no id or position column
        // until a result view asks for one.
        Assert.That(index.RetainedBytes / (double)index.Count, Is.InRange(21.0, 21.5));
    }

    [Test]
    public void RetainedBytes_AfterAResultView_AddTheIdAndPositionColumnsOnce()
    {
        var timeline = Indexed(Days(4096));
        var index = timeline.Index;
        var before = index.RetainedBytes;

        var results = timeline.Query().ToResults();
        var after = index.RetainedBytes;
        _ = timeline.Query().Overlapping(QueryPeriod.FromEdtf(EdtfValue.Parse("2001"))).ToResults();

        Assert.Multiple(() =>
        {
            // A reference to the id (8 bytes) and the position in the timeline (4) per event, built once.
            Assert.That((after - before) / (double)index.Count, Is.EqualTo(12.0));
            Assert.That(index.RetainedBytes, Is.EqualTo(after));
            Assert.That(results.GetId(0), Is.EqualTo("e0"));
        });
    }

    [Test]
    public void RetainedBytes_AfterAPossiblyOverlappingCount_AddTheSortedEndsOnce()
    {
        var timeline = Indexed(Days(4096));
        var index = timeline.Index;
        var before = index.RetainedBytes;

        var count = timeline.Query().Overlapping(QueryPeriod.FromEdtf(EdtfValue.Parse("2001"))).Count();
        var after = index.RetainedBytes;
        _ = timeline.Query().At(Instant.FromUtc(2002, 6, 1, 12, 0)).Count();

        Assert.Multiple(() =>
        {
            // Each regular event's latest end as 32-bit seconds after a sample (4 bytes), one 8-byte sample per 64,
            // and one layer above the 64 samples, every 16th of them (SampleLayers).
            Assert.That(after - before, Is.EqualTo((4096 * sizeof(uint)) + (64 * sizeof(long)) + (4 * sizeof(long))));
            Assert.That(index.RetainedBytes, Is.EqualTo(after));
            Assert.That(count, Is.EqualTo(365));
        });
    }

    [Test]
    public void ResultColumns_BuiltByRacingThreads_AreOneAndTheSame()
    {
        var timeline = Indexed(Days(4096));
        var index = timeline.Index;
        var seen = new ResultColumns[8];
        System.Threading.Tasks.Parallel.For(0, seen.Length, i => seen[i] = index.ResultColumns);
        Assert.That(seen, Is.All.SameAs(index.ResultColumns));
    }

    [Test]
    public void LowerBounds_LargeTimelinesOfSeveralComponents_MatchALinearSearchOfEachComponent() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var whens = new string[130 + random.Next(3000)];
            for (var i = 0; i < whens.Length; i++)
            {
                var start = new LocalDate(2000, 1, 1).PlusDays(random.Next(whens.Length));
                whens[i] = random.Next(12) switch
                {
                    0 => Day(start) + "/" + Day(start.PlusDays(random.Next(4000))),
                    1 => Day(start) + "/..",
                    2 => Day(start) + "/",
                    _ => Day(start),
                };
            }

            var index = Indexed(whens).Index;
            var starts = index.ComponentStarts;
            Span<int> positions = stackalloc int[index.ComponentCount];
            for (var q = 0; q < 50; q++)
            {
                var value = random.Next(8) switch
                {
                    0 => long.MinValue,
                    1 => long.MaxValue,
                    2 => index.EarliestStarts[random.Next(index.Count)],
                    _ => index.EarliestStarts[random.Next(index.Count)] + random.NextInt64(-1_000_000_000_000, 1_000_000_000_000),
                };
                index.LowerBounds(value, positions);
                for (var c = 0; c < index.ComponentCount; c++)
                {
                    var expected = starts[c];
                    while (expected < starts[c + 1] && index.EarliestStarts[expected] < value)
                    {
                        expected++;
                    }

                    Assert.That(positions[c], Is.EqualTo(expected), $"seed {seed}, component {c} of {index.ComponentCount}, value {value}");
                }
            }
        },
        iter: 100,
        threads: 1);

    [Test]
    public void RadixSort_SortsLikeArraySort() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var n = random.Next(2) == 0 ? random.Next(2000) : 1024 + random.Next(5000);
            var keys = new long[n];
            for (var i = 0; i < n; i++)
            {
                keys[i] = random.Next(6) switch
                {
                    0 => long.MinValue + 1,
                    1 => long.MaxValue - 1,
                    2 => random.NextInt64(-1000, 1000),
                    _ => random.NextInt64(long.MinValue, long.MaxValue),
                };
            }

            var items = Enumerable.Range(0, n).ToArray();
            var expected = keys.Select((key, i) => (key, i)).OrderBy(p => p.key).ToArray();
            var sorted = (long[])keys.Clone();
            RadixSort.Sort(sorted, items);
            Assert.That(sorted, Is.EqualTo(expected.Select(p => p.key).ToArray()), $"seed {seed}");
            Assert.That(items.Select(i => keys[i]), Is.EqualTo(sorted), $"seed {seed}: items follow their keys");
        },
        iter: 200,
        threads: 1);

    private static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
