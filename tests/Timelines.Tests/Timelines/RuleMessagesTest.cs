using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Timelines.Reasoning;
using NodaTime;
using Timelines.Text;
using Timelines.Text.Internal;
using Timelines.Tests.Serialization;

namespace Timelines.Tests;

/// <summary>
/// Each rule of the model gives the words of <see cref="RuleMessages"/>, exactly, whether a constructor or
/// With-method throws it, the validator reports it or a reader reports it.
/// </summary>
public class RuleMessagesTest
{
    private static readonly EdtfValue When = EdtfValue.Parse("2022");

    private static TimelineEvent Event(string id) => new(id, "Title of " + id, When);

    private static TimelineProblem Problem(params TimelineEvent[] events) => new TimelineBuilder("t", "T").Add(events).Validate().Single();

    private static string ArgumentMessage(string message, string parameter) => new ArgumentException(message, parameter).Message;

    private static void AssertThrows<T>(Action code, T expected)
        where T : Exception
    {
        var thrown = Assert.Throws<T>(code);
        Assert.That(thrown!.Message, Is.EqualTo(expected.Message));
    }

    /// <summary>Asserts that every reader refuses an event with exactly one error, in exactly these words.</summary>
    private static void AssertEveryReaderSays(string eventJson, string message)
    {
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadEvent(eventJson)))
        {
            Assert.That(exception.Errors.Single().Message, Is.EqualTo(message), reader);
        }
    }

    /// <summary>Asserts that every reader of documents refuses a document with exactly one error, in exactly these words.</summary>
    private static void AssertEveryDocumentReaderSays(string json, string message)
    {
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadDocument(Encoding.UTF8.GetBytes(json))))
        {
            Assert.That(exception.Errors.Single().Message, Is.EqualTo(message), reader);
        }
    }

    // Text: a constructor and every reader give the same words.

    [Test]
    public void ControlCharacterInOneLineText_ConstructorAndReadersAgree()
    {
        var expected = RuleMessages.ControlInLine('\u0007', 1);
        AssertThrows(() => _ = new TimelineEvent("a", "a\u0007b", When), new ArgumentException(expected, "title"));
        AssertEveryReaderSays("""{"id":"a","title":"a\u0007b","when":"2022"}""", expected);
    }

    [Test]
    public void ControlCharacterInProse_ConstructorAndReadersAgree()
    {
        var expected = RuleMessages.ControlInProse('\u0001', 1);
        AssertThrows(() => _ = Event("a").WithSummary("a\u0001b"), new ArgumentException(expected, "summary"));
        AssertEveryReaderSays("""{"id":"a","title":"A","when":"2022","summary":"a\u0001b"}""", expected);
    }

    [Test]
    public void SeparatorAndBidiControlInOneLineText_GiveTheirMessages()
    {
        AssertThrows(() => _ = new Actor("a\u2028b"), new ArgumentException(RuleMessages.SeparatorInLine('\u2028', 1), "name"));
        AssertThrows(() => _ = new Place("a\u202Eb"), new ArgumentException(RuleMessages.BidiControlInLine('\u202E', 1), "name"));
    }

    [Test]
    public void UnpairedSurrogate_GivesItsMessage()
    {
        var expected = RuleMessages.UnpairedSurrogate(0xD800, 1);
        AssertThrows(() => _ = new TimelineEvent("a", "a\ud800b", When), new ArgumentException(expected, "title"));
    }

    [Test]
    public void IdWithWhiteSpaceAtAnEdge_ConstructorAndReadersAgree()
    {
        AssertThrows(() => _ = Event(" a"), new ArgumentException(RuleMessages.IdEdgeWhiteSpace, "id"));
        AssertThrows(() => _ = new EventRelation(EventRelationKind.Causes, "a "), new ArgumentException(RuleMessages.IdEdgeWhiteSpace, "targetId"));
        AssertEveryReaderSays("""{"id":" a","title":"A","when":"2022"}""", RuleMessages.IdEdgeWhiteSpace);
    }

    [Test]
    public void FormatCharacterInId_ConstructorAndReadersAgree()
    {
        var expected = RuleMessages.FormatCharacterInId(0x200B, 1);
        AssertThrows(() => _ = Event("a\u200Bb"), new ArgumentException(expected, "id"));
        AssertEveryReaderSays("""{"id":"a\u200Bb","title":"A","when":"2022"}""", expected);
    }

    [Test]
    public void BlankNameOfAStatusOrKind_GivesItsMessage()
    {
        AssertThrows(() => _ = new EventStatus(" "), new ArgumentException(RuleMessages.BlankName, "name"));
        AssertThrows(() => _ = new EventRelationKind(" "), new ArgumentException(RuleMessages.BlankName, "name"));
    }

    // Extensions.

    [Test]
    public void ExtensionKeyOfTheFormat_GivesItsMessage()
    {
        using var document = JsonDocument.Parse("1");
        AssertThrows(() => _ = Event("a").WithExtension("title", document.RootElement), new ArgumentException(RuleMessages.ExtensionKeyReserved("title"), "key"));
    }

    [Test]
    public void UndefinedExtensionValue_GivesItsMessage() =>
        AssertThrows(() => _ = Event("a").WithExtension("x-a", default), new ArgumentException(RuleMessages.ExtensionValueUndefined, "value"));

    [Test]
    public void NameTwiceInAnExtensionValue_ConstructorAndReadersAgree()
    {
        using var document = JsonDocument.Parse("""{"b":1,"b":2}""");
        AssertThrows(() => _ = Event("a").WithExtension("x-a", document.RootElement), new ArgumentException(RuleMessages.ExtensionNameRepeated("b"), "value"));
        AssertEveryReaderSays("""{"id":"a","title":"A","when":"2022","x-a":{"b":1,"b":2}}""", RuleMessages.ExtensionNameRepeated("b"));
    }

    [Test]
    public void BlankExtensionKeyOfATimeline_WithExtensionValidatorAndReadersAgree()
    {
        using var document = JsonDocument.Parse("1");
        var expected = RuleMessages.ExtensionKeyEmpty(" ");
        var timeline = new TimelineBuilder("t", "T").Build();
        AssertThrows(() => _ = timeline.WithExtension(" ", document.RootElement), new ArgumentException(expected, "key"));

        var builder = new TimelineBuilder("t", "T");
        builder.Extensions[" "] = document.RootElement;
        Assert.That(builder.Validate().Single().Message, Is.EqualTo(expected));
        AssertEveryDocumentReaderSays("""{"format":"timeline/1","id":"t","title":"T"," ":1,"events":[]}""", expected);
    }

    // A timeline's own rules, and those between events.

    [Test]
    public void BlankTimelineIdAndTitle_GiveTheirMessages()
    {
        Assert.That(new TimelineBuilder(" ", "T").Validate().Single().Message, Is.EqualTo(RuleMessages.TimelineIdEmpty));
        Assert.That(new TimelineBuilder("t", " ").Validate().Single().Message, Is.EqualTo(RuleMessages.TimelineTitleEmpty));
        var thrown = Assert.Throws<TimelineValidationException>(() => new TimelineBuilder("t", "T").Build().WithTitle(" "));
        Assert.That(thrown!.Problems.Single().Message, Is.EqualTo(RuleMessages.TimelineTitleEmpty));
        AssertEveryDocumentReaderSays("""{"format":"timeline/1","id":"t","title":" ","events":[]}""", RuleMessages.TimelineTitleEmpty);
    }

    [Test]
    public void NullEvent_GivesItsMessage()
    {
        var builder = new TimelineBuilder("t", "T");
        builder.Events.Add(null!);
        Assert.That(builder.Validate().Single().Message, Is.EqualTo(RuleMessages.EventNull));
    }

    [Test]
    public void DuplicateId_ValidatorAndReadersAgree()
    {
        Assert.That(Problem(Event("a"), Event("b"), Event("a")).Message, Is.EqualTo(RuleMessages.DuplicateId(0, 2)));
        var events = """{"id":"a","title":"A","when":"2022"},{"id":"b","title":"B","when":"2022"},{"id":"a","title":"A","when":"2022"}""";
        AssertEveryDocumentReaderSays($$"""{"format":"timeline/1","id":"t","title":"T","events":[{{events}}]}""", RuleMessages.DuplicateId(0, 2));
    }

    [Test]
    public void RelationToAMissingEvent_ValidatorAndReadersAgree()
    {
        Assert.That(Problem(Event("a").AddRelation(EventRelationKind.Causes, "ghost")).Message, Is.EqualTo(RuleMessages.MissingTarget("ghost")));
        var item = """{"id":"a","title":"A","when":"2022","relations":[{"kind":"causes","targetId":"ghost"}]}""";
        AssertEveryDocumentReaderSays($$"""{"format":"timeline/1","id":"t","title":"T","events":[{{item}}]}""", RuleMessages.MissingTarget("ghost"));
    }

    [Test]
    public void EventMissingFromATimeline_IndexerAndChronologyAgree()
    {
        var timeline = new TimelineBuilder("t", "T").Add(Event("a")).Build();
        var expected = new KeyNotFoundException(RuleMessages.NoEventWithId("t", "ghost"));
        AssertThrows(() => _ = timeline["ghost"], expected);
        AssertThrows(() => _ = timeline.Chronology.DeclaredBounds("ghost"), expected);
    }

    [Test]
    public void RemovingARelatedEvent_NamesTheRelationOrConstraint()
    {
        var related = new TimelineBuilder("t", "T").Add(Event("a"), Event("b").AddRelation(EventRelationKind.Follows, "a")).Build();
        var thrown = Assert.Throws<TimelineValidationException>(() => related.WithoutEvent("a"));
        Assert.That(thrown!.Problems.Single().Message, Is.EqualTo(RuleMessages.RelatesToRemoved("a")));

        var constraint = new EventConstraint(EventPoint.Start, "a", EventPoint.End, Period.FromDays(1), null);
        var constrained = new TimelineBuilder("t", "T").Add(Event("a"), Event("b").AddConstraint(constraint)).Build();
        thrown = Assert.Throws<TimelineValidationException>(() => constrained.WithoutEvent("a"));
        Assert.That(thrown!.Problems.Single().Message, Is.EqualTo(RuleMessages.ConstraintAgainstRemoved("a")));
    }

    [Test]
    public void ValidationException_ListsItsProblemsInTheWordsOfRuleMessages()
    {
        var problems = Enumerable.Range(0, 22).Select(i => Event("e" + (i % 21))).ToArray();
        var thrown = Assert.Throws<TimelineValidationException>(() => new TimelineBuilder("t", " ").Add(problems).Build());
        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Message, Is.EqualTo(RuleMessages.TimelineNotValidBecause(thrown.Problems, 20)));
            Assert.That(new TimelineValidationException().Message, Is.EqualTo(RuleMessages.TimelineNotValid));
        });
    }

    [Test]
    public void ContradictoryChronology_GivesItsMessage()
    {
        var builder = new TimelineBuilder("t", "T").Add(
            new TimelineEvent("a", "A", EdtfValue.Parse("2022")),
            new TimelineEvent("b", "B", EdtfValue.Parse("2021")).AddRelation(EventRelationKind.Follows, "a"));
        var problem = builder.Validate(TimelineChecks.Chronology).Single();
        Assert.That(problem.Message, Does.StartWith(RuleMessages.Contradiction(string.Empty)));
        var timeline = new TimelineBuilder("t", "T").Add(Event("a")).Build();
        AssertThrows(
            () => timeline.Chronology.Explain("a", (EventBound)9),
            new ArgumentOutOfRangeException("bound", (EventBound)9, RuleMessages.NotAnEventBound));
    }

    // An event's own rules: the validator and every reader give the same words.

    private static IEnumerable<TestCaseData> OwnRules()
    {
        yield return new TestCaseData(Event(" "), """{"id":" ","title":"Title of  ","when":"2022"}""", RuleMessages.EventIdEmpty("Title of  ")).SetName("EventIdEmpty");
        yield return new TestCaseData(new TimelineEvent("a", " ", When), """{"id":"a","title":" ","when":"2022"}""", RuleMessages.EventTitleEmpty).SetName("EventTitleEmpty");
        yield return new TestCaseData(Event("a").AddTags(" "), """{"id":"a","title":"Title of a","when":"2022","tags":[" "]}""", RuleMessages.TagEmpty).SetName("TagEmpty");
        yield return new TestCaseData(Event("a").AddTags("x", "x"), """{"id":"a","title":"Title of a","when":"2022","tags":["x","x"]}""", RuleMessages.TagRepeated("x")).SetName("TagRepeated");
        yield return new TestCaseData(Event("a").AddActors(new Actor(" ")), """{"id":"a","title":"Title of a","when":"2022","actors":[{"name":" "}]}""", RuleMessages.ActorNameEmpty).SetName("ActorNameEmpty");
        yield return new TestCaseData(Event("a").AddPlaces(new Place(" ")), """{"id":"a","title":"Title of a","when":"2022","places":[{"name":" "}]}""", RuleMessages.PlaceNameEmpty).SetName("PlaceNameEmpty");
        yield return new TestCaseData(Event("a").AddActors(new Actor("N", "by")), """{"id":"a","title":"Title of a","when":"2022","actors":[{"name":"N","countryCode":"by"}]}""", RuleMessages.NotACountryCode("by")).SetName("NotACountryCode");
        yield return new TestCaseData(Event("a").AddPlaces(new Place("P", null, 95, 1)), """{"id":"a","title":"Title of a","when":"2022","places":[{"name":"P","latitude":95,"longitude":1}]}""", RuleMessages.CoordinateOutOfRange("latitude", 95, 90)).SetName("CoordinateOutOfRange");
        yield return new TestCaseData(Event("a").AddPlaces(new Place("P", null, 5, null)), """{"id":"a","title":"Title of a","when":"2022","places":[{"name":"P","latitude":5}]}""", RuleMessages.PositionNeedsBoth).SetName("PositionNeedsBoth");
        yield return new TestCaseData(Event("a").AddSources(new Source(publisher: "P")), """{"id":"a","title":"Title of a","when":"2022","sources":[{"publisher":"P"}]}""", RuleMessages.SourceNeedsTitleOrUrl).SetName("SourceNeedsTitleOrUrl");
        yield return new TestCaseData(Event("a").AddSources(new Source("S", new Uri("relative/url", UriKind.Relative))), """{"id":"a","title":"Title of a","when":"2022","sources":[{"title":"S","url":"relative/url"}]}""", RuleMessages.UrlNotAbsolute("relative/url")).SetName("UrlNotAbsolute");
        yield return new TestCaseData(Event("a").AddSources(new Source("S", published: EdtfValue.Parse("2022-03"), accessed: new LocalDate(2022, 2, 1))), """{"id":"a","title":"Title of a","when":"2022","sources":[{"title":"S","published":"2022-03","accessed":"2022-02-01"}]}""", RuleMessages.AccessedBeforePublished(new LocalDate(2022, 2, 1), EdtfValue.Parse("2022-03"))).SetName("AccessedBeforePublished");
        yield return new TestCaseData(Event("a").AddRelation(EventRelationKind.Causes, " "), """{"id":"a","title":"Title of a","when":"2022","relations":[{"kind":"causes","targetId":" "}]}""", RuleMessages.RelationTargetEmpty).SetName("RelationTargetEmpty");
        yield return new TestCaseData(Event("a").AddRelation(EventRelationKind.Causes, "a"), """{"id":"a","title":"Title of a","when":"2022","relations":[{"kind":"causes","targetId":"a"}]}""", RuleMessages.RelatesToItself).SetName("RelatesToItself");
        yield return new TestCaseData(Event("a").AddConstraint(new EventConstraint(EventPoint.Start, "a", EventPoint.End, Period.FromDays(1), null)), """{"id":"a","title":"Title of a","when":"2022","constraints":[{"point":"start","targetId":"a","targetPoint":"end","minimumGap":"P1D"}]}""", RuleMessages.ConstraintOnItself).SetName("ConstraintOnItself");
    }

    [TestCaseSource(nameof(OwnRules))]
    public void OwnRule_ValidatorAndReadersAgree(TimelineEvent item, string eventJson, string expected)
    {
        Assert.That(Problem(item).Message, Is.EqualTo(expected));
        AssertEveryReaderSays(eventJson, expected);
    }

    [Test]
    public void NullInACollection_GivesItsMessage()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => Event("a").AddTags("x", null!));
        Assert.That(thrown!.Message, Is.EqualTo(new ArgumentNullException(thrown.ParamName, RuleMessages.NullElement).Message));
    }

    [Test]
    public void CoordinateNotFinite_GivesItsMessage() =>
        AssertThrows(() => _ = new Place("P", null, double.NaN, 1), new ArgumentOutOfRangeException("latitude", double.NaN, RuleMessages.CoordinateNotFinite));

    // Constraints: the constructor and every reader give the same words.

    [Test]
    public void ConstraintWithoutAGap_ConstructorAndReadersAgree()
    {
        AssertThrows(() => _ = new EventConstraint(EventPoint.Start, "b", EventPoint.End, null, null), new ArgumentException(RuleMessages.ConstraintNeedsGap, "maximumGap"));
        AssertEveryReaderSays("""{"id":"a","title":"A","when":"2022","constraints":[{"point":"start","targetId":"b","targetPoint":"end"}]}""", RuleMessages.ConstraintNeedsGap);
    }

    [Test]
    public void ConstraintOfAnEventFromAPointToItself_ConstructorAndReadersAgree()
    {
        AssertThrows(
            () => _ = new EventConstraint(EventPoint.Start, null, EventPoint.Start, Period.FromDays(1), null),
            new ArgumentException(RuleMessages.ConstraintOnItselfSamePoint, "targetPoint"));
        AssertEveryReaderSays(
            """{"id":"a","title":"A","when":"2022","constraints":[{"point":"start","targetPoint":"start","minimumGap":"P1D"}]}""",
            RuleMessages.ConstraintOnItselfSamePoint);
    }

    [Test]
    public void GapWithMixedSigns_ConstructorAndReadersAgree()
    {
        var gap = Period.FromMonths(1) + Period.FromDays(-1);
        AssertThrows(
            () => _ = new EventConstraint(EventPoint.Start, "b", EventPoint.End, gap, null),
            new ArgumentException(RuleMessages.GapMixesSigns(gap.ToString()), "minimumGap"));
        AssertEveryReaderSays(
            $$"""{"id":"a","title":"A","when":"2022","constraints":[{"point":"start","targetId":"b","targetPoint":"end","minimumGap":"{{gap}}"}]}""",
            RuleMessages.GapMixesSigns(gap.ToString()));
    }

    [Test]
    public void PointThatIsNeitherStartNorEnd_GivesItsMessage() =>
        AssertThrows(
            () => _ = new EventConstraint((EventPoint)7, "b", EventPoint.End, Period.FromDays(1), null),
            new ArgumentOutOfRangeException("point", (EventPoint)7, RuleMessages.NotAnEventPoint));

    // Dates and values: a constructor and the parser give the same words where both check a rule.

    [Test]
    public void DateParts_OutOfRange_GiveTheirMessages()
    {
        AssertThrows(() => EdtfDate.ForYear(10000), new ArgumentOutOfRangeException("year", 10000, RuleMessages.YearOutOfRange));
        AssertThrows(() => EdtfDate.ForMonth(2022, 13), new ArgumentOutOfRangeException("month", 13, RuleMessages.MonthOutOfRange));
        AssertThrows(() => EdtfDate.ForSeason(2022, (EdtfSeason)25), new ArgumentOutOfRangeException("season", (EdtfSeason)25, RuleMessages.SeasonOutOfRange));
        AssertThrows(() => EdtfDate.ForSeason(9999, EdtfSeason.Winter), new ArgumentOutOfRangeException("year", 9999, RuleMessages.LastWinter));
        AssertThrows(() => EdtfDate.ForYear(2022, (EdtfQualifier)9), new ArgumentOutOfRangeException("qualifier", (EdtfQualifier)9, RuleMessages.UnknownQualifier));
    }

    [Test]
    public void DateTimeOutOfRange_ConstructorAndParserAgree()
    {
        var dateTime = new LocalDateTime(9999, 12, 31, 23, 0).WithOffset(Offset.FromHours(-5));
        AssertThrows(() => EdtfDate.ForDateTime(dateTime), new ArgumentOutOfRangeException("dateTime", dateTime, RuleMessages.DateTimeOutOfRange));
        Assert.That(ReasonOf("9999-12-31T23:00:00-05:00"), Is.EqualTo(EdtfMessages.Reason(RuleMessages.DateTimeOutOfRange)));
    }

    [Test]
    public void QualifiedDateTime_ConstructorAndParserAgree()
    {
        var date = EdtfDate.ForDateTime(new LocalDateTime(2022, 2, 24, 4, 0).WithOffset(Offset.Zero));
        AssertThrows(() => date.WithQualifier(EdtfQualifier.Uncertain), new ArgumentException(RuleMessages.DateTimeWithQualifier, "qualifier"));
        Assert.That(ReasonOf("2022-02-24T04:00:00Z?"), Is.EqualTo(EdtfMessages.Reason(RuleMessages.DateTimeWithQualifier)));
    }

    [Test]
    public void OtherCalendarsAndFractionsOfASecond_GiveTheirMessages()
    {
        AssertThrows(() => EdtfDate.ForDay(new LocalDate(2022, 2, 24, CalendarSystem.Julian)), new ArgumentException(RuleMessages.NotIsoCalendar, "date"));
        var fraction = new LocalDateTime(2022, 2, 24, 4, 0).PlusMilliseconds(500);
        AssertThrows(() => EdtfDate.ForDateTime(fraction), new ArgumentException(RuleMessages.NotWholeSeconds, "dateTime"));
    }

    [Test]
    public void IntervalRules_ConstructorAndParserAgree()
    {
        AssertThrows(() => EdtfValue.Interval(EdtfEnd.Open, EdtfEnd.Unknown), new ArgumentException(RuleMessages.IntervalWithoutDate, "end"));
        Assert.That(ReasonOf("../"), Is.EqualTo(EdtfMessages.Reason(RuleMessages.IntervalWithoutDate)));

        var (start, end) = (EdtfDate.ForYear(2022), EdtfDate.ForYear(2021));
        AssertThrows(() => EdtfValue.Interval(EdtfEnd.At(start), EdtfEnd.At(end)), new ArgumentException(RuleMessages.EndBeforeStart(end, start), "end"));
        Assert.That(ReasonOf("2022/2021"), Is.EqualTo(EdtfMessages.Reason(RuleMessages.EndBeforeStart(end, start))));

        var unspecified = EdtfDate.Parse("201X");
        AssertThrows(() => EdtfValue.Interval(EdtfEnd.At(unspecified), EdtfEnd.Open), new ArgumentException(RuleMessages.IntervalWithUnspecifiedDigits, "end"));
        Assert.That(ReasonOf("201X/.."), Is.EqualTo(EdtfMessages.Reason(RuleMessages.IntervalWithUnspecifiedDigits)));
    }

    [Test]
    public void ValuesThatNeedAZone_GiveTheirMessages()
    {
        var local = EdtfValue.Parse("2022");
        var instant = EdtfValue.Parse("2022-02-24T04:00:00Z");
        AssertThrows(() => local.ToInterval(), new InvalidOperationException(RuleMessages.NeedsTimeZone(local)));
        AssertThrows(() => local.Overlaps(instant), new InvalidOperationException(RuleMessages.RelationNeedsTimeZone(local, instant)));
    }

    [Test]
    public void AskingAnEndOrBoundForWhatItIsNot_GivesItsMessage()
    {
        AssertThrows(() => _ = EdtfEnd.Open.Date, new InvalidOperationException(RuleMessages.EndNotADate(EdtfEndKind.Open)));
        var bound = EdtfValue.Parse("../2022").Bounds.EarliestStart;
        AssertThrows(() => _ = bound.Date, new InvalidOperationException(RuleMessages.BoundOfOtherKind(bound.Kind, EdtfBoundKind.Date)));
    }

    private static string ReasonOf(string text)
    {
        var result = EdtfPattern.Strict.Parse(text);
        Assert.That(result.Success, Is.False, text);
        return ((EdtfParseException)result.Exception).Reason;
    }
}
