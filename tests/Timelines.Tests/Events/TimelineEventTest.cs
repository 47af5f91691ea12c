using System;
using System.Linq;
using System.Text.Json;
using NodaTime;

namespace Timelines.Tests.Events;

public class TimelineEventTest
{
    private static readonly TimelineEvent Drills = new("drills", "Joint drills", EdtfValue.Parse("2022-02"));

    [Test]
    public void Constructor_KeepsIdTitleAndWhen_AndStartsEmpty()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Drills.Id, Is.EqualTo("drills"));
            Assert.That(Drills.Title, Is.EqualTo("Joint drills"));
            Assert.That(Drills.When.ToString(), Is.EqualTo("2022-02"));
            Assert.That(Drills.Summary, Is.Null);
            Assert.That(Drills.Status, Is.Null);
            Assert.That(Drills.Tags, Is.Empty);
            Assert.That(Drills.Actors, Is.Empty);
            Assert.That(Drills.Places, Is.Empty);
            Assert.That(Drills.Sources, Is.Empty);
            Assert.That(Drills.Relations, Is.Empty);
            Assert.That(Drills.Extensions, Is.Empty);
        });
    }

    [Test]
    public void Constructor_NullArguments_Throw()
    {
        var when = EdtfValue.Parse("2022");
        Assert.Multiple(() =>
        {
            Assert.That(() => new TimelineEvent(null!, "t", when), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("id"));
            Assert.That(() => new TimelineEvent("id", null!, when), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("title"));
            Assert.That(() => new TimelineEvent("id", "t", null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("when"));
        });
    }

    [Test]
    public void WithMethods_ReturnChangedCopies_AndLeaveTheOriginalAlone()
    {
        var changed = Drills
            .WithTitle("Drills")
            .WithSummary("Near the border")
            .WithStatus(EventStatus.Completed)
            .AddTags("military", "belarus")
            .AddActors(new Actor("Belarus", "BY"))
            .AddPlaces(new Place("Border", "BY"))
            .AddSources(new Source("Seed text"))
            .AddRelation(EventRelationKind.PartOf, "invasion");

        Assert.Multiple(() =>
        {
            Assert.That(changed.Title, Is.EqualTo("Drills"));
            Assert.That(changed.Summary, Is.EqualTo("Near the border"));
            Assert.That(changed.Status, Is.EqualTo(EventStatus.Completed));
            Assert.That(changed.Tags, Is.EqualTo(new[] { "military", "belarus" }));
            Assert.That(changed.Actors, Has.Length.EqualTo(1));
            Assert.That(changed.Places, Has.Length.EqualTo(1));
            Assert.That(changed.Sources, Has.Length.EqualTo(1));
            Assert.That(changed.Relations[0], Is.EqualTo(new EventRelation(EventRelationKind.PartOf, "invasion")));
            Assert.That(Drills.Title, Is.EqualTo("Joint drills"));
            Assert.That(Drills.Tags, Is.Empty);
        });
    }

    [Test]
    public void With_Replaces_Add_Appends_Without_Removes()
    {
        var kyiv = new Place("Kyiv");
        var follows = new EventConstraint(EventPoint.Start, "x", EventPoint.End, Period.FromDays(1), null);
        var item = Drills
            .WithTags(["a"]).AddTags("b", "c").WithTags(["d"]).AddTags("e")
            .AddActors(new Actor("A")).WithActors([new Actor("B")]).AddActors(new Actor("C"))
            .AddPlaces(kyiv).WithPlaces([]).AddPlaces(new Place("Minsk"))
            .AddSources(new Source("one")).WithSources([new Source("two")])
            .AddRelation(EventRelationKind.Follows, "x").WithRelations([]).AddRelation(EventRelationKind.Causes, "y")
            .AddConstraint(follows).AddConstraint(follows).WithConstraints([follows]);
        using var one = JsonDocument.Parse("1");
        using var two = JsonDocument.Parse("2");
        var extended = item.WithExtension("x-a", one.RootElement).WithExtension("x-a", two.RootElement);
        Assert.Multiple(() =>
        {
            Assert.That(item.Tags, Is.EqualTo(new[] { "d", "e" }));
            Assert.That(item.Actors.Select(a => a.Name), Is.EqualTo(new[] { "B", "C" }));
            Assert.That(item.Places.Select(p => p.Name), Is.EqualTo(new[] { "Minsk" }));
            Assert.That(item.Sources.Select(s => s.Title), Is.EqualTo(new[] { "two" }));
            Assert.That(item.Relations, Is.EqualTo(new[] { new EventRelation(EventRelationKind.Causes, "y") }));
            Assert.That(item.Constraints, Is.EqualTo(new[] { follows }));
            Assert.That(extended.Extensions.Keys, Is.EqualTo(new[] { "x-a" }));
            Assert.That(extended.Extensions["x-a"].GetInt32(), Is.EqualTo(2));
            Assert.That(extended.WithoutExtension("x-a").Extensions, Is.Empty);
        });
    }

    [Test]
    public void WithoutTag_RemovesEveryOccurrence_AndReturnsSameInstanceWhenAbsent()
    {
        var tagged = Drills.AddTags("a", "b", "a");
        Assert.Multiple(() =>
        {
            Assert.That(tagged.WithoutTag("a").Tags, Is.EqualTo(new[] { "b" }));
            Assert.That(tagged.WithoutTag("zzz"), Is.SameAs(tagged));
        });
    }

    [Test]
    public void WithoutRelationsTo_RemovesOnlyThatTarget()
    {
        var related = Drills.AddRelation(EventRelationKind.Follows, "x").AddRelation(EventRelationKind.Causes, "y");
        Assert.That(related.WithoutRelationsTo("x").Relations, Is.EqualTo(new[] { new EventRelation(EventRelationKind.Causes, "y") }));
    }

    [Test]
    public void WithTags_NullElement_Throws()
    {
        Assert.That(() => Drills.WithTags(["a", null!]), Throws.ArgumentNullException);
    }

    [Test]
    public void Extensions_AreOrderedByKey_AndComparedByMeaningNotLayout()
    {
        using var first = JsonDocument.Parse("""{ "b": 1, "a": [1, 2.0, "x"] }""");
        using var second = JsonDocument.Parse("""{"a":[1,2,"x"],"b":1.0}""");
        var a = Drills.WithExtension("z-last", first.RootElement).WithExtension("a-first", JsonDocument.Parse("true").RootElement);
        var b = Drills.WithExtension("a-first", JsonDocument.Parse("true").RootElement).WithExtension("z-last", second.RootElement);

        Assert.Multiple(() =>
        {
            Assert.That(a.Extensions.Keys, Is.EqualTo(new[] { "a-first", "z-last" }));
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a.WithoutExtension("z-last").Extensions.Keys, Is.EqualTo(new[] { "a-first" }));
        });
    }

    [Test]
    public void Extensions_SurviveTheirDocument()
    {
        TimelineEvent withExtension;
        using (var document = JsonDocument.Parse("""{"confidence":"high"}"""))
        {
            withExtension = Drills.WithExtension("x-source", document.RootElement);
        }

        Assert.That(withExtension.Extensions["x-source"].GetProperty("confidence").GetString(), Is.EqualTo("high"));
    }

    [Test]
    public void WithExtension_UndefinedElement_Throws()
    {
        Assert.That(() => Drills.WithExtension("k", default), Throws.ArgumentException);
    }

    [Test]
    public void Equality_ComparesEveryField()
    {
        var same = new TimelineEvent("drills", "Joint drills", EdtfValue.Parse("2022-02"));
        Assert.Multiple(() =>
        {
            Assert.That(same, Is.EqualTo(Drills));
            Assert.That(same.GetHashCode(), Is.EqualTo(Drills.GetHashCode()));
            Assert.That(Drills.AddTags("x"), Is.Not.EqualTo(Drills));
            Assert.That(Drills.WithWhen(EdtfValue.Parse("2022-02?")), Is.Not.EqualTo(Drills));
            Assert.That(Drills.WithSummary("s"), Is.Not.EqualTo(Drills));
            Assert.That(Drills.WithStatus(new EventStatus("disputed")), Is.Not.EqualTo(Drills.WithStatus(EventStatus.Alleged)));
            Assert.That(Drills.Equals(null), Is.False);
        });
    }

    [Test]
    public void ToString_ShowsIdDateAndTitle()
    {
        Assert.That(Drills.ToString(), Is.EqualTo("drills 2022-02 Joint drills"));
    }

    [Test]
    public void EventRelationKind_WellKnownAndCustom()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EventRelationKind.ResponseTo.Name, Is.EqualTo("response-to"));
            Assert.That(EventRelationKind.ResponseTo.IsWellKnown, Is.True);
            Assert.That(new EventRelationKind("contradicts").IsWellKnown, Is.False);
            Assert.That(new EventRelationKind("follows"), Is.EqualTo(EventRelationKind.Follows));
            Assert.That(() => new EventRelationKind(" "), Throws.ArgumentException);
            Assert.That(() => new EventStatus(""), Throws.ArgumentException);
            Assert.That(new EventStatus("ongoing") == EventStatus.Ongoing, Is.True);
        });
    }

    [Test]
    public void Parts_HaveValueEquality()
    {
        static Actor NewActor() => new("Belarus", "BY", "host");
        static Place NewPlace() => new("Khoyniki", "BY", 51.89, 29.96);
        static Source NewSource() => new("t", new Uri("https://example.org/a"));
        Assert.Multiple(() =>
        {
            Assert.That(NewActor(), Is.EqualTo(new Actor("Belarus", "BY", "host")));
            Assert.That(NewActor().ToString(), Is.EqualTo("Belarus (BY, host)"));
            Assert.That(new Actor("Belarus", "BY"), Is.Not.EqualTo(NewActor()));
            Assert.That(NewPlace(), Is.EqualTo(new Place("Khoyniki", "BY", 51.89, 29.96)));
            Assert.That(NewPlace().ToString(), Is.EqualTo("Khoyniki (BY, 51.89, 29.96)"));
            Assert.That(new Place("Khoyniki"), Is.Not.EqualTo(NewPlace()));
            Assert.That(NewSource(), Is.EqualTo(new Source("t", new Uri("https://example.org/a"))));
            Assert.That(new Source("t", published: EdtfValue.Parse("2022")), Is.Not.EqualTo(new Source("t")));
        });
    }
}
