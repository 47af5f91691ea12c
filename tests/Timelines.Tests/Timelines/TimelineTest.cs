using System.Collections.Generic;
using NodaTime;
using NodaTime.Testing;

namespace Timelines.Tests;

public class TimelineTest
{
    private static readonly DateTimeZone Minsk = DateTimeZoneProviders.Tzdb["Europe/Minsk"];

    private static TimelineEvent Event(string id, string when = "2022-02") => new(id, "Title of " + id, EdtfValue.Parse(when));

    private static Timeline Sample() =>
        new TimelineBuilder("belarus-2022", "Belarus 2022") { TimeZone = Minsk, Description = "d", AsOf = new LocalDate(2026, 11, 26) }
            .Add(Event("drills"), Event("stay", "2022-02/..").AddRelation(EventRelationKind.Follows, "drills"))
            .Build();

    [Test]
    public void Build_KeepsEveryPart()
    {
        var timeline = Sample();
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Id, Is.EqualTo("belarus-2022"));
            Assert.That(timeline.Title, Is.EqualTo("Belarus 2022"));
            Assert.That(timeline.Description, Is.EqualTo("d"));
            Assert.That(timeline.TimeZone, Is.SameAs(Minsk));
            Assert.That(timeline.AsOf, Is.EqualTo(new LocalDate(2026, 11, 26)));
            Assert.That(timeline.Count, Is.EqualTo(2));
            Assert.That(timeline["stay"].When.HasOpenEnd, Is.True);
            Assert.That(timeline.Contains("drills"), Is.True);
            Assert.That(timeline.TryGetEvent("nope", out _), Is.False);
        });
    }

    [Test]
    public void Indexer_MissingId_ThrowsKeyNotFound()
    {
        Assert.That(() => Sample()["nope"], Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("nope"));
    }

    [Test]
    public void Builder_ChangedAfterBuild_DoesNotChangeTheTimeline()
    {
        var builder = new TimelineBuilder("t", "T").Add(Event("a"));
        var timeline = builder.Build();
        builder.Add(Event("b"));
        builder.Title = "Other";
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Count, Is.EqualTo(1));
            Assert.That(timeline.Title, Is.EqualTo("T"));
            Assert.That(builder.Build().Count, Is.EqualTo(2));
        });
    }

    [Test]
    public void SetAsOfToday_ReadsTheGivenClockInTheTimelinesZone()
    {
        // 22:30 UTC on 25 November is already 26 November in Minsk (UTC+3).
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 22, 30));
        var builder = new TimelineBuilder("t", "T") { TimeZone = Minsk }.SetAsOfToday(clock);
        Assert.That(builder.AsOf, Is.EqualTo(new LocalDate(2026, 11, 26)));
    }

    [Test]
    public void WithEvent_AddsAtTheEnd_OrReplacesInPlace()
    {
        var timeline = Sample();
        var added = timeline.WithEvent(Event("sanctions", "2022-03"));
        var replaced = timeline.WithEvent(Event("drills", "2022-02~"));
        Assert.Multiple(() =>
        {
            Assert.That(added.Events[2].Id, Is.EqualTo("sanctions"));
            Assert.That(added["sanctions"].When.ToString(), Is.EqualTo("2022-03"));
            Assert.That(replaced.Count, Is.EqualTo(2));
            Assert.That(replaced.Events[0].When.ToString(), Is.EqualTo("2022-02~"));
            Assert.That(timeline["drills"].When.ToString(), Is.EqualTo("2022-02"));
        });
    }

    [Test]
    public void WithEvent_BrokenEvent_ThrowsAndLeavesTimelineUnchanged()
    {
        var timeline = Sample();
        var exception = Assert.Throws<TimelineValidationException>(() =>
            timeline.WithEvent(Event("bad").WithTitle("").AddRelation(EventRelationKind.Causes, "ghost")));
        Assert.Multiple(() =>
        {
            Assert.That(exception!.Problems, Has.Length.EqualTo(2));
            Assert.That(timeline.Count, Is.EqualTo(2));
        });
    }

    [Test]
    public void WithEvent_MayRelateToEventsAlreadyThere()
    {
        var timeline = Sample().WithEvent(Event("sanctions", "2022-03").AddRelation(EventRelationKind.ResponseTo, "stay"));
        Assert.That(timeline["sanctions"].Relations[0].TargetId, Is.EqualTo("stay"));
    }

    [Test]
    public void WithoutEvent_RemovesIt_AndRefusesWhileOthersRelateToIt()
    {
        var timeline = Sample();
        Assert.Multiple(() =>
        {
            Assert.That(timeline.WithoutEvent("stay").Contains("stay"), Is.False);
            Assert.That(timeline.WithoutEvent("stay")["drills"].Id, Is.EqualTo("drills"));
            Assert.That(timeline.WithoutEvent("nope"), Is.SameAs(timeline));
            Assert.That(
                () => timeline.WithoutEvent("drills"),
                Throws.TypeOf<TimelineValidationException>().With.Message.Contains("event 'stay', relations[0].targetId"));
        });
    }

    [Test]
    public void WithTitle_Empty_Throws()
    {
        Assert.That(() => Sample().WithTitle(" "), Throws.TypeOf<TimelineValidationException>());
    }

    [Test]
    public void WithMethods_ChangeOnlyTheirPart()
    {
        var timeline = Sample();
        Assert.Multiple(() =>
        {
            Assert.That(timeline.WithTitle("New").Title, Is.EqualTo("New"));
            Assert.That(timeline.WithDescription(null).Description, Is.Null);
            Assert.That(timeline.WithTimeZone(DateTimeZone.Utc).TimeZone, Is.EqualTo(DateTimeZone.Utc));
            Assert.That(timeline.WithAsOf(null).AsOf, Is.Null);
            Assert.That(timeline.WithAsOf(null).Events, Is.EqualTo(timeline.Events));
        });
    }

    [Test]
    public void Equality_IsByValue_AndToBuilderRoundTrips()
    {
        var timeline = Sample();
        Assert.Multiple(() =>
        {
            Assert.That(Sample(), Is.EqualTo(timeline));
            Assert.That(Sample().GetHashCode(), Is.EqualTo(timeline.GetHashCode()));
            Assert.That(timeline.ToBuilder().Build(), Is.EqualTo(timeline));
            Assert.That(timeline.WithAsOf(new LocalDate(2023, 1, 1)), Is.Not.EqualTo(timeline));
            Assert.That(timeline.WithTimeZone(DateTimeZone.Utc), Is.Not.EqualTo(timeline));
            Assert.That(timeline.WithEvent(Event("x")), Is.Not.EqualTo(timeline));
        });
    }

    [Test]
    public void Create_BuildsInUtc()
    {
        var timeline = Timeline.Create("t", "T", [Event("a")]);
        Assert.That(timeline.TimeZone, Is.EqualTo(DateTimeZone.Utc));
    }
}
