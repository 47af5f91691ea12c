using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Timelines.Serialization;

namespace Timelines.PostgreSql.Tests;

public sealed class SaveLoadTest
{
    private static PostgresTimelineStore Store => Database.Store;

    public static Timeline Belarus(string id) =>
        TimelineJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "sample-data", "belarus-2022.timeline.json")).ToBuilder() is var builder
            ? WithId(builder, id)
            : throw new InvalidOperationException();

    [Test]
    public async Task The_Belarus_timeline_loads_back_equal_to_what_was_saved()
    {
        var timeline = Belarus(Database.NewId("belarus"));
        var version = await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
        var loaded = await Store.LoadAsync(timeline.Id);

        Assert.That(version, Is.EqualTo(1));
        Assert.That(loaded, Is.Not.Null);
        Assert.That(loaded!.Version, Is.EqualTo(1));
        Assert.That(loaded.Timeline, Is.EqualTo(timeline));
        Assert.That(TimelineJson.ToJson(loaded.Timeline), Is.EqualTo(TimelineJson.ToJson(timeline)));
        Assert.That(loaded.Timeline.Events.Select(e => e.Id), Is.EqualTo(timeline.Events.Select(e => e.Id)), "events keep their order");
    }

    [Test]
    public async Task The_header_has_the_version_and_count_but_no_events()
    {
        var timeline = Belarus(Database.NewId("header"));
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
        var header = await Store.OpenAsync(timeline.Id);

        Assert.That(header, Is.Not.Null);
        Assert.That(header!.Version, Is.EqualTo(1));
        Assert.That(header.EventCount, Is.EqualTo(timeline.Count));
        Assert.That(header.Header.Count, Is.Zero);
        Assert.That(header.Header.TimeZone.Id, Is.EqualTo(timeline.TimeZone.Id));
        Assert.That(header.Header.AsOf, Is.EqualTo(timeline.AsOf));
        Assert.That(header.Header.Title, Is.EqualTo(timeline.Title));
    }

    [Test]
    public async Task A_timeline_that_is_not_stored_loads_as_null()
    {
        Assert.That(await Store.LoadAsync(Database.NewId("absent")), Is.Null);
        Assert.That(await Store.OpenAsync(Database.NewId("absent")), Is.Null);
        Assert.That(await Store.DeleteAsync(Database.NewId("absent"), 1), Is.False);
    }

    [Test]
    public async Task Saving_again_replaces_the_whole_timeline_and_bumps_the_version()
    {
        var first = Belarus(Database.NewId("replace"));
        await Store.SaveAsync(first, PostgresTimelineStore.NoVersion);
        var second = Timeline.Create(first.Id, "Replaced", [new TimelineEvent("only", "The only event", EdtfValue.Parse("2023-05"))])
            .WithTimeZone(DateTimeZoneProviders.Tzdb["America/St_Johns"]).WithAsOf(new LocalDate(2024, 1, 2));

        var version = await Store.SaveAsync(second, 1);
        var loaded = await Store.LoadAsync(first.Id);

        Assert.That(version, Is.EqualTo(2));
        Assert.That(loaded!.Timeline, Is.EqualTo(second));
        Assert.That(loaded.Version, Is.EqualTo(2));
    }

    [Test]
    public async Task A_save_with_a_stale_version_is_refused_and_changes_nothing()
    {
        var timeline = Belarus(Database.NewId("stale"));
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        var created = Assert.ThrowsAsync<TimelineConcurrencyException>(() => Store.SaveAsync(timeline.WithTitle("Again"), PostgresTimelineStore.NoVersion));
        var stale = Assert.ThrowsAsync<TimelineConcurrencyException>(() => Store.SaveAsync(timeline.WithTitle("Stale"), 7));

        Assert.That(created!.ActualVersion, Is.EqualTo(1));
        Assert.That(created.ExpectedVersion, Is.EqualTo(PostgresTimelineStore.NoVersion));
        Assert.That(created.Message, Does.Contain("is at version 1").And.Contain("not to be stored yet"));
        Assert.That(stale!.ActualVersion, Is.EqualTo(1));
        Assert.That(stale.TimelineId, Is.EqualTo(timeline.Id));
        Assert.That((await Store.LoadAsync(timeline.Id))!.Timeline, Is.EqualTo(timeline));
    }

    [Test]
    public async Task Appended_events_come_back_after_the_saved_ones()
    {
        var timeline = Belarus(Database.NewId("append"));
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
        var target = timeline.Events[0].Id;
        var added = new[]
        {
            new TimelineEvent("added-1", "Added first", EdtfValue.Parse("2023-01/2023-03")).AddRelation(EventRelationKind.Follows, target),
            new TimelineEvent("added-2", "Added second", EdtfValue.Parse("2023-04-01/..")).AddRelation(EventRelationKind.Follows, "added-1"),
        };

        var version = await Store.AppendAsync(timeline.Id, added, 1);
        var loaded = await Store.LoadAsync(timeline.Id);

        Assert.That(version, Is.EqualTo(2));
        Assert.That(loaded!.Timeline, Is.EqualTo(timeline.WithEvent(added[0]).WithEvent(added[1])));
        Assert.That((await Store.OpenAsync(timeline.Id))!.EventCount, Is.EqualTo(timeline.Count + 2));
    }

    [Test]
    public async Task Appending_breaks_no_rule_of_a_timeline()
    {
        var timeline = Belarus(Database.NewId("append-rules"));
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);
        var stored = timeline.Events[0];
        var bad = new[]
        {
            new TimelineEvent(stored.Id, "Same id as a stored event", EdtfValue.Parse("2023")),
            new TimelineEvent("dangling", "Relates to nothing", EdtfValue.Parse("2023")).AddRelation(EventRelationKind.Causes, "no-such-event"),
            new TimelineEvent("twice", "First", EdtfValue.Parse("2023")),
            new TimelineEvent("twice", "Second", EdtfValue.Parse("2024")),
        };

        var error = Assert.ThrowsAsync<TimelineValidationException>(() => Store.AppendAsync(timeline.Id, bad, 1));

        Assert.That(error!.Problems.Select(p => (p.EventId, p.Field)), Is.SupersetOf(new (string?, string)[]
        {
            (stored.Id, "id"), ("dangling", "relations[0].targetId"), ("twice", "id"),
        }));
        Assert.That((await Store.LoadAsync(timeline.Id))!.Timeline, Is.EqualTo(timeline), "nothing was appended");
        Assert.That((await Store.OpenAsync(timeline.Id))!.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task Removing_events_keeps_the_others_in_order_and_refuses_to_break_relations()
    {
        var timeline = Timeline.Create(Database.NewId("remove"), "Remove", [
            new TimelineEvent("a", "A", EdtfValue.Parse("2022-01")),
            new TimelineEvent("b", "B", EdtfValue.Parse("2022-02")).AddRelation(EventRelationKind.Follows, "a"),
            new TimelineEvent("c", "C", EdtfValue.Parse("2022-03")),
            new TimelineEvent("d", "D", EdtfValue.Parse("2022-04")),
        ]);
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        var refused = Assert.ThrowsAsync<TimelineValidationException>(() => Store.RemoveAsync(timeline.Id, ["a", "c"], 1));
        var unchanged = await Store.RemoveAsync(timeline.Id, ["no-such-event"], 1);
        var version = await Store.RemoveAsync(timeline.Id, ["c", "a", "b"], 1);
        var loaded = await Store.LoadAsync(timeline.Id);

        Assert.That(refused!.Problems.Single().EventId, Is.EqualTo("b"));
        Assert.That(refused.Problems.Single().Field, Is.EqualTo("relations[0].targetId"));
        Assert.That(unchanged, Is.EqualTo(1), "removing nothing changes nothing");
        Assert.That(version, Is.EqualTo(2));
        Assert.That(loaded!.Timeline, Is.EqualTo(Timeline.Create(timeline.Id, "Remove", [timeline["d"]])));
    }

    [Test]
    public async Task Constraints_are_kept_queried_and_not_broken_by_removing_their_targets()
    {
        var timeline = Timeline.Create(Database.NewId("constraints"), "Constraints", [
            new TimelineEvent("a", "A", EdtfValue.Parse("2022-03-10")),
            new TimelineEvent("b", "B", EdtfValue.Parse("2022"))
                .AddConstraint(new EventConstraint(EventPoint.Start, "a", EventPoint.End, Period.FromDays(2), null)),
            new TimelineEvent("c", "C", EdtfValue.Parse("2022-05")),
        ]);
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        var loaded = await Store.LoadAsync(timeline.Id);
        var count = await Store.CountAsync(timeline.Query().Overlapping(EdtfValue.Parse("2022")));
        var refused = Assert.ThrowsAsync<TimelineValidationException>(() => Store.RemoveAsync(timeline.Id, ["a"], 1));
        var appended = Assert.ThrowsAsync<TimelineValidationException>(() => Store.AppendAsync(
            timeline.Id, [new TimelineEvent("d", "D", EdtfValue.Parse("2022")).AddConstraint(new EventConstraint(EventPoint.Start, "nowhere", EventPoint.End, Period.FromDays(1), null))], 1));
        await Store.AppendAsync(timeline.Id, [new TimelineEvent("e", "E", EdtfValue.Parse("2022")).AddConstraint(new EventConstraint(EventPoint.Start, "c", EventPoint.End, Period.FromDays(1), null))], 1);

        Assert.That(loaded!.Timeline, Is.EqualTo(timeline));
        Assert.That(loaded.Timeline.Chronology.DerivedBounds("b").EarliestStart, Is.EqualTo(Instant.FromUtc(2022, 3, 13, 0, 0)));
        Assert.That(count, Is.EqualTo(3));
        Assert.That(refused!.Problems.Single().Field, Is.EqualTo("constraints[0].targetId"));
        Assert.That(appended!.Problems.Select(p => p.Field), Does.Contain("constraints[0].targetId"));
        Assert.That((await Store.LoadAsync(timeline.Id))!.Timeline.Count, Is.EqualTo(4));
        Assert.ThrowsAsync<NotSupportedException>(() => Store.CountAsync(timeline.Query().OnDerivedBounds()));
    }

    [Test]
    public async Task Deleting_needs_the_current_version()
    {
        var timeline = Belarus(Database.NewId("delete"));
        await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion);

        Assert.ThrowsAsync<TimelineConcurrencyException>(() => Store.DeleteAsync(timeline.Id, 2));
        Assert.That(await Store.DeleteAsync(timeline.Id, 1), Is.True);
        Assert.That(await Store.LoadAsync(timeline.Id), Is.Null);
        Assert.That(await Store.DeleteAsync(timeline.Id, 1), Is.False);
        Assert.That(await Store.SaveAsync(timeline, PostgresTimelineStore.NoVersion), Is.EqualTo(1), "the id can be used again");
    }

    [Test]
    public async Task Writes_to_a_timeline_that_is_not_stored_say_so()
    {
        var id = Database.NewId("missing");
        var append = Assert.ThrowsAsync<TimelineStoreException>(() => Store.AppendAsync(id, [new TimelineEvent("x", "X", EdtfValue.Parse("2022"))], 1));
        var remove = Assert.ThrowsAsync<TimelineStoreException>(() => Store.RemoveAsync(id, ["x"], 1));
        var query = Assert.ThrowsAsync<TimelineStoreException>(() => Store.CountAsync(Timeline.Create(id, "Missing", []).Query()));

        Assert.That(append!.Message, Does.Contain(id).And.Contain("is stored"));
        Assert.That(remove!.Message, Does.Contain(id));
        Assert.That(query!.Message, Does.Contain(id));
    }

    private static Timeline WithId(TimelineBuilder builder, string id)
    {
        builder.Id = id;
        return builder.Build();
    }
}
