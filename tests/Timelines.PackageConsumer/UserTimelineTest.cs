using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Timelines.Querying;
using Timelines.Serialization;

namespace Timelines.PackageConsumer;

/// <summary>A timeline made in code, the way the package's README shows, then queried and saved.</summary>
public class UserTimelineTest
{
    private static readonly DateTimeZone Minsk = DateTimeZoneProviders.Tzdb["Europe/Minsk"];

    private static Timeline Build() =>
        new TimelineBuilder("user", "A user's timeline")
        {
            TimeZone = Minsk,
            AsOf = new LocalDate(2022, 6, 30),
        }
        .Add(
            new TimelineEvent("drills", "Joint drills", EdtfValue.Parse("2022-02")).AddTags("military"),
            new TimelineEvent("stay", "Troops stay", EdtfValue.Parse("2022-02/..")).AddRelation(EventRelationKind.Follows, "drills"),
            new TimelineEvent("sanctions", "Sanctions", EdtfValue.Parse("2022-03-02")).AddActors(new Actor("United States", "US")))
        .Build();

    [Test]
    public void Is_MonthPrecisionDates_AnswerMaybe()
    {
        var timeline = Build();
        // Both begin somewhere in February 2022, so either may come first.
        Assert.That(timeline["drills"].When.Is(AllenRelation.Before, timeline["stay"].When), Is.EqualTo(TruthValue.Maybe));
    }

    [Test]
    public void On_ADayAfterTheAsOfDay_FindsOngoingEventsOnlyWhenTheyLastForever()
    {
        var timeline = Build();
        var july = new LocalDate(2022, 7, 15);
        Assert.Multiple(() =>
        {
            // The as-of day, 30 June, is the last day anyone saw the troops still there.
            Assert.That(timeline.Query().On(july).Any(), Is.False);
            Assert.That(timeline.Query().On(july).WithOpenEnds(OpenEnds.Forever).Select(e => e.Id), Is.EqualTo(new[] { "stay" }));
        });
    }

    [Test]
    public void On_TheSanctionsDay_CertainlyFindsTheDayEventAndTheOngoingOne()
    {
        var timeline = Build();
        var certainly = timeline.Query().On(new LocalDate(2022, 3, 2)).Certainly().Select(e => e.Id);
        // The troops were there from February at the latest; the February drills were over by then.
        Assert.That(certainly, Is.EquivalentTo(new[] { "stay", "sanctions" }));
    }

    [Test]
    public void Save_ThenLoad_GivesAnEqualTimeline()
    {
        var timeline = Build();
        using var stream = new MemoryStream();
        TimelineJson.Write(timeline, stream);
        stream.Position = 0;
        Assert.That(TimelineJson.Read(stream), Is.EqualTo(timeline));
    }

    [Test]
    public void JsonSerializer_WithTheLibrarysMetadata_RoundTripsAnEvent()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = TimelineJson.TypeInfoResolver }.ConfigureForTimeline();
        var item = Build()["sanctions"];
        var json = JsonSerializer.Serialize(item, options);
        Assert.That(JsonSerializer.Deserialize<TimelineEvent>(json, options), Is.EqualTo(item));
    }

    [Test]
    public void Build_WithARelationToAMissingEvent_ReportsTheProblem()
    {
        var builder = Build().ToBuilder().Add(new TimelineEvent("answer", "Answer", EdtfValue.Parse("2022-04")).AddRelation(EventRelationKind.ResponseTo, "nowhere"));
        var exception = Assert.Throws<TimelineValidationException>(() => builder.Build());
        Assert.That(exception!.Problems.Select(p => p.EventId), Is.EqualTo(new[] { "answer" }));
    }
}
