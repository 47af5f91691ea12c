using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Timelines.Querying;
using Timelines.Querying.Indexing;

namespace Timelines.Tests.Querying;

public class TimelineQueryTest
{
    private static readonly LocalDate AsOf = new(2022, 5, 31);

    private static readonly Timeline Sample = new TimelineBuilder("t", "Sample") { AsOf = AsOf }
        .Add(
            new TimelineEvent("a", "A", EdtfValue.Parse("2022-03-01/2022-03-10")).AddTags("sanctions"),
            new TimelineEvent("b", "B", EdtfValue.Parse("2022-03-05/2022-03-20")).AddActors(new Actor("EU")),
            new TimelineEvent("c", "C", EdtfValue.Parse("2022-04")).AddTags("sanctions").WithStatus(EventStatus.Alleged),
            new TimelineEvent("d", "D", EdtfValue.Parse("2022-03-15/..")).AddPlaces(new Place("Kyiv")),
            new TimelineEvent("y", "Y", EdtfValue.Parse("2022")),
            new TimelineEvent("u", "U", EdtfValue.Parse("2023-01-10/")))
        .Build();

    private static string[] Ids(TimelineQuery query) => [.. query.ToImmutableArray().Select(e => e.Id)];

    private static List<string> Drain(ref TimelineQueryEnumerator enumerator)
    {
        var ids = new List<string>();
        while (enumerator.MoveNext())
        {
            ids.Add(enumerator.Current.Id);
        }

        return ids;
    }

    private static Instant Utc(int year, int month, int day) => Instant.FromUtc(year, month, day, 0, 0);

    [Test]
    public void Overlapping_Month_PossiblyIncludesTheYearAndCertainlyDoesNot()
    {
        var march = QueryPeriod.Covering(EdtfValue.Parse("2022-03"));
        Assert.Multiple(() =>
        {
            Assert.That(Ids(Sample.Query().Overlapping(march)), Is.EqualTo(new[] { "y", "a", "b", "d" }));
            Assert.That(Ids(Sample.Query().Overlapping(march).Certainly()), Is.EqualTo(new[] { "a", "b", "d" }));
            Assert.That(Sample.Query().Overlapping(march).Count(), Is.EqualTo(4));
        });
    }

    [Test]
    public void Overlapping_MonthAsAnEdtfValue_IsSomePartOfTheMonth()
    {
        // docs/semantics.md, section 5: the value 2022-03 is some period within March, starting on or before the
        // 31st and ending after the 1st; nothing here certainly overlaps both 1 and 31 March.
        var march = EdtfValue.Parse("2022-03");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(Sample.Query().Overlapping(march)), Is.EqualTo(new[] { "y", "a", "b", "d" }));
            Assert.That(Ids(Sample.Query().Overlapping(march).Certainly()), Is.Empty);
        });
    }

    [Test]
    public void Overlapping_WithFiltersAndPaging_KeepsTheStableOrder()
    {
        var year = new Interval(Utc(2022, 1, 1), Utc(2023, 1, 1));
        Assert.Multiple(() =>
        {
            Assert.That(Ids(Sample.Query().Overlapping(year).WithTag("sanctions")), Is.EqualTo(new[] { "a", "c" }));
            Assert.That(Ids(Sample.Query().Overlapping(year).WithActor("EU")), Is.EqualTo(new[] { "b" }));
            Assert.That(Ids(Sample.Query().Overlapping(year).WithPlace("Kyiv")), Is.EqualTo(new[] { "d" }));
            Assert.That(Ids(Sample.Query().Overlapping(year).WithStatus(EventStatus.Alleged)), Is.EqualTo(new[] { "c" }));
            Assert.That(Ids(Sample.Query().Overlapping(year).WithIds("b", "c", "zz")), Is.EqualTo(new[] { "b", "c" }));
            Assert.That(Ids(Sample.Query().Overlapping(year).Skip(1).Take(2)), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(Sample.Query().Overlapping(year).Skip(1).Take(2).Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public void At_OngoingEvent_LastsUntilTheAsOfDayOrForever()
    {
        var later = Utc(2022, 8, 1);
        Assert.Multiple(() =>
        {
            Assert.That(Ids(Sample.Query().At(later)), Is.EqualTo(new[] { "y" }));
            Assert.That(Ids(Sample.Query().At(later).WithOpenEnds(OpenEnds.Forever)), Is.EqualTo(new[] { "y", "d" }));
            Assert.That(Ids(Sample.WithAsOf(null).Query().At(later)), Is.EqualTo(new[] { "y", "d" }));
        });
    }

    [Test]
    public void At_UnknownEnd_IsPossiblyLaterButCertainlyOnlyTheFirstDay()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Ids(Sample.Query().At(Utc(2030, 1, 1))), Is.EqualTo(new[] { "u" }));
            Assert.That(Ids(Sample.Query().At(Utc(2030, 1, 1)).Certainly()), Is.Empty);
            Assert.That(Ids(Sample.Query().At(Utc(2023, 1, 10)).Certainly()), Is.EqualTo(new[] { "u" }));
            Assert.That(Ids(Sample.Query().At(Utc(2023, 1, 10) + Duration.FromHours(12)).Certainly()), Is.EqualTo(new[] { "u" }));
            Assert.That(Ids(Sample.Query().At(Utc(2023, 1, 11)).Certainly()), Is.Empty);
        });
    }

    [Test]
    public void On_DayInAnotherZone_UsesThatZone()
    {
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

        // 2022-03-01 in Tokyo starts at 2022-02-28T15:00Z, before event a starts.
        Assert.Multiple(() =>
        {
            Assert.That(Ids(Sample.Query().On(new LocalDate(2022, 2, 28)).Certainly()), Is.Empty);
            Assert.That(Ids(Sample.Query().On(new LocalDate(2022, 3, 1), tokyo).Certainly()), Is.EqualTo(new[] { "a" }));
        });
    }

    [Test]
    public void WithinContainingBeforeAfterStartingIn_AnswerAsDocumented()
    {
        var march = QueryPeriod.Covering(EdtfValue.Parse("2022-03"));
        Assert.Multiple(() =>
        {
            Assert.That(Ids(Sample.Query().Within(march).Certainly()), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(Ids(Sample.Query().Containing(EdtfValue.Parse("2022-03-06")).Certainly()), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(Ids(Sample.Query().Before(EdtfValue.Parse("2022-03-21")).Certainly()), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(Ids(Sample.Query().After(march).Certainly()), Is.EqualTo(new[] { "c", "u" }));
            Assert.That(Ids(Sample.Query().StartingIn(march).Certainly()), Is.EqualTo(new[] { "a", "b", "d" }));
        });
    }

    [Test]
    public void NextAndPrevious_AreTheNearestOfAfterAndBefore()
    {
        // After the instant 5 March 00:00 means from the tick after it: b starts at it, so is not after it, and y
        // (2022) possibly starts after it. Before it: only y possibly ends by then (it may last 1 January alone).
        var point = Utc(2022, 3, 5);
        Assert.Multiple(() =>
        {
            Assert.That(Ids(Sample.Query().Next(point, 2)), Is.EqualTo(new[] { "y", "d" }));
            Assert.That(Ids(Sample.Query().Next(point, 2).Certainly()), Is.EqualTo(new[] { "d", "c" }));
            Assert.That(Ids(Sample.Query().Previous(point, 1)), Is.EqualTo(new[] { "y" }));
            Assert.That(Ids(Sample.Query().Previous(point, 5).Certainly()), Is.Empty);
            Assert.That(Sample.Query().Next(point, 10).Count(), Is.EqualTo(4));
            Assert.That(Ids(Sample.Query().Next(point, 10)), Is.EqualTo(Ids(Sample.Query().After(point))));
            Assert.That(Ids(Sample.Query().Next(Sample["a"], 1).Certainly()), Is.EqualTo(new[] { "d" }), "a ends on 10 March; b starts before");
            Assert.That(Ids(Sample.Query().Previous(Sample["c"], 2).Certainly()), Is.EqualTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public void Related_ToAnEvent_LeavesTheEventOut()
    {
        var a = Sample["a"];
        Assert.Multiple(() =>
        {
            Assert.That(Ids(Sample.Query().Related(a, AllenRelation.Overlaps).Certainly()), Is.Empty);
            Assert.That(Ids(Sample.Query().Related(a, AllenRelation.OverlappedBy).Certainly()), Is.EqualTo(new[] { "b" }));
            Assert.That(Ids(Sample.Query().Related(a, AllenRelation.Equals)), Is.EqualTo(new[] { "y" }));
            Assert.That(Ids(Sample.Query().Related(a, AllenRelation.Equals).Certainly()), Is.Empty);
            Assert.That(Ids(Sample.Query().Related(a, AllenRelation.Contains)), Is.EqualTo(new[] { "y" }));
        });
    }

    [Test]
    public void Query_IsAnInspectableValue()
    {
        var query = Sample.Query().Overlapping(EdtfValue.Parse("2022-03")).WithTag("sanctions").Certainly().Take(10);
        Assert.Multiple(() =>
        {
            Assert.That(query.Time.Kind, Is.EqualTo(TimeConditionKind.Overlapping));
            Assert.That(query.Time.Period.Kind, Is.EqualTo(QueryPeriodKind.Edtf));
            Assert.That(query.Time.Period.Edtf, Is.EqualTo(EdtfValue.Parse("2022-03")));
            Assert.That(query.Tags, Is.EqualTo(new[] { "sanctions" }));
            Assert.That(query.Certainty, Is.EqualTo(Certainty.Certainly));
            Assert.That(query.TakeCount, Is.EqualTo(10));
            Assert.That(query.ToString(), Is.EqualTo("Overlapping 2022-03, Certainly, ongoing UntilAsOf, tags [sanctions], take 10"));
        });
    }

    [Test]
    public void Arguments_AreCheckedAtTheCall()
    {
        var query = Sample.Query();
        Assert.Multiple(() =>
        {
            Assert.That(() => query.Take(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => query.Skip(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => query.Next(Utc(2022, 1, 1), -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => query.Related(EdtfValue.Parse("2022"), (AllenRelation)13), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => query.WithTag(null!), Throws.ArgumentNullException);
            Assert.That(() => QueryPeriod.FromInterval(new Interval(Utc(2022, 1, 1), Utc(2022, 1, 1))), Throws.ArgumentException);
            Assert.That(() => default(TimelineQuery).Count(), Throws.InvalidOperationException);
        });
    }

    [Test]
    public void Enumerator_Current_IsOnlyAResultBetweenMoveNextAndTheEnd()
    {
        var enumerator = Sample.Query().Skip(2).Take(1).GetEnumerator();
        try
        {
            Assert.That(() => enumerator.Current, Throws.InvalidOperationException, "before MoveNext, not a skipped result");
            Assert.That(enumerator.MoveNext(), Is.True);
            Assert.That(enumerator.Current.Id, Is.EqualTo(Ids(Sample.Query())[2]));
            Assert.That(enumerator.MoveNext(), Is.False);
            Assert.That(() => enumerator.Current, Throws.InvalidOperationException, "after the end");
            Assert.That(() => default(TimelineQueryEnumerator).Current, Throws.InvalidOperationException, "a default enumerator");
        }
        finally
        {
            enumerator.Dispose();
        }
    }

    [Test]
    public void Enumerator_CopiedAndBothCopiesDisposed_GivesItsBufferBackOnce()
    {
        // A copy of the enumerator (a struct) holds the same pooled buffer. Were both copies to give it back, it would
        // be kept for this thread and pooled as well, and the next two queries would share it: the second's results
        // would overwrite the first's. Holding the thread's kept buffer makes the query rent from the shared pool.
        var held = SlotBuffers.Rent(1);
        try
        {
            var tagged = Sample.Query().WithTag("sanctions");
            var byEu = Sample.Query().WithActor("EU");
            var (expectedTagged, expectedByEu) = (Ids(tagged), Ids(byEu));
            var original = Sample.Query().GetEnumerator();
            var copy = original;
            original.Dispose();
            copy.Dispose();

            var first = tagged.GetEnumerator();
            var second = byEu.GetEnumerator();
            try
            {
                Assert.That(Drain(ref first), Is.EqualTo(expectedTagged));
                Assert.That(Drain(ref second), Is.EqualTo(expectedByEu));
            }
            finally
            {
                first.Dispose();
                second.Dispose();
            }
        }
        finally
        {
            SlotBuffers.Return(held);
        }
    }

    [Test]
    public void Histogram_CountsAnEventInEveryBucketItOverlaps()
    {
        var spring = new DateInterval(new LocalDate(2022, 3, 1), new LocalDate(2022, 5, 31));
        var months = Sample.Query().Histogram(spring, HistogramUnit.Month);
        var early = Sample.WithAsOf(new LocalDate(2022, 4, 10)).Query().Histogram(spring, HistogramUnit.Month);
        Assert.Multiple(() =>
        {
            Assert.That(months.Select(b => b.Count), Is.EqualTo(new[] { 4, 3, 2 }));
            Assert.That(months[1].First, Is.EqualTo(new LocalDate(2022, 4, 1)));
            Assert.That(months[1].Last, Is.EqualTo(new LocalDate(2022, 4, 30)));
            Assert.That(months[1].Interval, Is.EqualTo(new Interval(Utc(2022, 4, 1), Utc(2022, 5, 1))));
            Assert.That(early.Select(b => b.Count), Is.EqualTo(new[] { 4, 3, 1 }));
            // Certainly: a, b, d in March; c ("2022-04", no day certain) and d in April, as Overlapping(April).Certainly() says.
            Assert.That(Sample.Query().Certainly().Histogram(spring, HistogramUnit.Month).Select(b => b.Count), Is.EqualTo(new[] { 3, 2, 1 }));
            Assert.That(Sample.Query().Overlapping(QueryPeriod.Covering(EdtfValue.Parse("2022-04"))).Certainly().Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public void Histogram_Weeks_StartOnMonday()
    {
        var weeks = Sample.Query().WithIds("a").Histogram(new DateInterval(new LocalDate(2022, 3, 2), new LocalDate(2022, 3, 16)), HistogramUnit.Week);
        Assert.Multiple(() =>
        {
            Assert.That(weeks.Select(b => b.First.DayOfWeek), Is.All.EqualTo(IsoDayOfWeek.Monday));
            Assert.That(weeks.Select(b => b.Count), Is.EqualTo(new[] { 1, 1, 0 }));
        });
    }

    [Test]
    public void CoverageAndGaps_AreTheUnionOfExtentsAndItsComplement()
    {
        var query = Sample.Query().WithIds("a", "b", "c", "d");
        Assert.Multiple(() =>
        {
            Assert.That(query.Coverage(), Is.EqualTo(new[] { new Interval(Utc(2022, 3, 1), Utc(2022, 6, 1)) }));
            Assert.That(query.Gaps(EdtfValue.Parse("2022")), Is.EqualTo(new[]
            {
                new Interval(Utc(2022, 1, 1), Utc(2022, 3, 1)),
                new Interval(Utc(2022, 6, 1), Utc(2023, 1, 1)),
            }));
            Assert.That(Sample.Query().WithIds("u").Coverage(), Is.EqualTo(new[] { new Interval(Utc(2023, 1, 10), null) }));
            Assert.That(Sample.Query().WithIds("u").Certainly().Coverage(), Is.EqualTo(new[] { new Interval(Utc(2023, 1, 10), Utc(2023, 1, 11)) }));
        });
    }

    [Test]
    public void PeakConcurrency_FindsTheFirstBusiestPeriod()
    {
        var peak = Sample.Query().WithIds("a", "b", "c", "d").PeakConcurrency();
        Assert.Multiple(() =>
        {
            Assert.That(peak.Count, Is.EqualTo(2));
            Assert.That(peak.Period, Is.EqualTo(new Interval(Utc(2022, 3, 5), Utc(2022, 3, 11))));
            Assert.That(Sample.Query().WithIds("none").PeakConcurrency().Period, Is.Null);
        });
    }

    [Test]
    public void PeakConcurrency_OfAnEventEndingOnADayNodaTimeCannotHold_IsCounted()
    {
        // 9999-12-31T18:00Z is already 1 January 10000 in Pacific/Apia (UTC+13): the peak's days are asked for a
        // date beyond NodaTime's calendar, which once escaped as an ArgumentOutOfRangeException (found by CsCheck).
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var timeline = new TimelineBuilder("t", "t") { TimeZone = apia }
            .Add(new TimelineEvent("e", "To the end of time", EdtfValue.Parse("2022-04-03/9999-12-31T18:00:00Z")))
            .Build();
        var peak = timeline.Query().WithOpenEnds(OpenEnds.Forever).PeakConcurrency();
        Assert.Multiple(() =>
        {
            Assert.That(peak.Count, Is.EqualTo(1));
            Assert.That(peak.Period, Is.EqualTo(new Interval(Instant.FromUtc(2022, 4, 2, 11, 0), Instant.FromUtc(9999, 12, 31, 18, 0, 1))));
            Assert.That(peak.Dates, Is.Null, "the period ends within a day");
        });
    }

    [Test]
    public void Enumeration_ForeachDisposesAndCopyToFillsASpan()
    {
        var found = new TimelineEvent?[3];
        var copied = Sample.Query().CopyTo(found);
        var seen = 0;
        foreach (var item in Sample.Query())
        {
            Assert.That(item, Is.Not.Null);
            seen++;
        }

        Assert.Multiple(() =>
        {
            Assert.That(copied, Is.EqualTo(3));
            Assert.That(found.Select(e => e!.Id), Is.EqualTo(new[] { "y", "a", "b" }));
            Assert.That(seen, Is.EqualTo(Sample.Count));
        });
    }
}
