using System;
using System.Linq;
using NodaTime;

namespace Timelines.Tests;

public class TimelineValidationTest
{
    private static TimelineEvent Event(string id, string when = "2022-02") => new(id, "Title of " + id, EdtfValue.Parse(when));

    private static TimelineProblem[] ProblemsOf(params TimelineEvent[] events) =>
        new TimelineBuilder("t", "T").Add(events).Validate().ToArray();

    [Test]
    public void Validate_ValidTimeline_HasNoProblems()
    {
        var problems = ProblemsOf(
            Event("a").AddPlaces(new Place("Kyiv", "UA", 50.45, 30.52)).AddActors(new Actor("Ukraine", "UA")),
            Event("b").AddRelation(EventRelationKind.Follows, "a").AddSources(new Source(url: new Uri("https://example.org"))));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Validate_DuplicateIds_NamesTheIdAndBothPositions()
    {
        var problem = ProblemsOf(Event("a"), Event("b"), Event("a")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.EventId, Is.EqualTo("a"));
            Assert.That(problem.Field, Is.EqualTo("id"));
            Assert.That(problem.Message, Does.Contain("events 0 and 2"));
        });
    }

    [Test]
    public void Validate_RelationToMissingEvent()
    {
        var problem = ProblemsOf(Event("a").AddRelation(EventRelationKind.Causes, "ghost")).Single();
        Assert.That(problem.ToString(), Is.EqualTo("event 'a', relations[0].targetId: No event has the id 'ghost'."));
    }

    [Test]
    public void Validate_RelationToItself()
    {
        var problem = ProblemsOf(Event("a").AddRelation(EventRelationKind.Causes, "a")).Single();
        Assert.That(problem.Message, Does.Contain("itself"));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Validate_EmptyTitle(string title)
    {
        var problem = ProblemsOf(Event("a").WithTitle(title)).Single();
        Assert.That((problem.EventId, problem.Field), Is.EqualTo(("a", "title")));
    }

    [Test]
    public void Validate_EmptyId()
    {
        var problem = ProblemsOf(Event("")).Single();
        Assert.That(problem.Field, Is.EqualTo("id"));
    }

    [TestCase(90.5, 0.0, "places[0].latitude")]
    [TestCase(-91.0, 0.0, "places[0].latitude")]
    [TestCase(0.0, 180.01, "places[0].longitude")]
    [TestCase(0.0, -200.0, "places[0].longitude")]
    public void Validate_CoordinatesOutOfRange(double latitude, double longitude, string field)
    {
        var problem = ProblemsOf(Event("a").AddPlaces(new Place("P", null, latitude, longitude))).Single();
        Assert.Multiple(() =>
        {
            Assert.That((problem.EventId, problem.Field), Is.EqualTo(("a", field)));
            Assert.That(problem.Message, Does.Contain("outside"));
        });
    }

    [TestCase(90.0, 180.0)]
    [TestCase(-90.0, -180.0)]
    public void Validate_CoordinatesAtTheLimits_AreValid(double latitude, double longitude)
    {
        Assert.That(ProblemsOf(Event("a").AddPlaces(new Place("Pole", null, latitude, longitude))), Is.Empty);
    }

    [Test]
    public void Validate_LatitudeWithoutLongitude()
    {
        var problem = ProblemsOf(Event("a").AddPlaces(new Place("P", latitude: 10))).Single();
        Assert.That(problem.Field, Is.EqualTo("places[0].longitude"));
    }

    [TestCase("by")]
    [TestCase("BLR")]
    [TestCase("B1")]
    public void Validate_CountryCodeNotAlpha2(string code)
    {
        var problems = ProblemsOf(Event("a").AddActors(new Actor("X", code)).AddPlaces(new Place("Y", code)));
        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "actors[0].countryCode", "places[0].countryCode" }));
    }

    [Test]
    public void Validate_EmptyAndDuplicateTags()
    {
        var problems = ProblemsOf(Event("a").AddTags("x", " ", "x"));
        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "tags[1]", "tags[2]" }));
    }

    [TestCase(3)]
    [TestCase(40)]
    public void Validate_DuplicateTag_FoundInShortAndLongLists(int count)
    {
        var tags = Enumerable.Range(0, count).Select(i => $"t{i}").Append("t1").Append($"t{count - 1}").ToArray();
        var problems = ProblemsOf(Event("a").AddTags(tags));
        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { $"tags[{count}]", $"tags[{count + 1}]" }));
        Assert.That(problems[0].Message, Does.Contain("'t1' is given twice"));
    }

    [Test]
    public void Validate_SourceWithoutTitleOrUrl_AndRelativeUrl()
    {
        var problems = ProblemsOf(Event("a").AddSources(new Source(), new Source("t", new Uri("relative/path", UriKind.Relative))));
        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "sources[0]", "sources[1].url" }));
    }

    [Test]
    public void Validate_SourceAccessedBeforePublished()
    {
        var source = new Source("Report", published: EdtfValue.Parse("2022-03"), accessed: new LocalDate(2022, 2, 28));
        var problem = ProblemsOf(Event("a").AddSources(source)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Field, Is.EqualTo("sources[0].accessed"));
            Assert.That(problem.Message, Does.Contain("before it was published"));
        });
    }

    [Test]
    public void Validate_EmptyTimelineIdAndTitle()
    {
        var problems = new TimelineBuilder(" ", "").Validate();
        Assert.That(problems.Select(p => (p.EventId, p.Field)), Is.EqualTo(new (string?, string)[] { (null, "id"), (null, "title") }));
    }

    [Test]
    public void Build_ReportsEveryProblemAtOnce()
    {
        var builder = new TimelineBuilder("t", "T").Add(
            Event("a").WithTitle(""),
            Event("b").AddPlaces(new Place("P", null, 95, 0)).AddRelation(EventRelationKind.Follows, "missing"),
            Event("a"));

        var exception = Assert.Throws<TimelineValidationException>(() => builder.Build());
        Assert.Multiple(() =>
        {
            Assert.That(
                exception!.Problems.Select(p => $"{p.EventId}/{p.Field}"),
                Is.EquivalentTo(new[] { "a/id", "a/title", "b/places[0].latitude", "b/relations[0].targetId" }));
            Assert.That(exception.Message, Does.StartWith("The timeline is not valid (4 problems)"));
            Assert.That(exception.Message, Does.Contain("event 'b', places[0].latitude"));
        });
    }

    [Test]
    public void Build_ManyProblems_MessageIsCappedButProblemsAreAllKept()
    {
        var builder = new TimelineBuilder("t", "T");
        for (var i = 0; i < 30; i++)
        {
            builder.Add(Event("e" + i).WithTitle(""));
        }

        var exception = Assert.Throws<TimelineValidationException>(() => builder.Build());
        Assert.Multiple(() =>
        {
            Assert.That(exception!.Problems, Has.Length.EqualTo(30));
            Assert.That(exception.Message, Does.Contain("and 10 more"));
        });
    }
}
