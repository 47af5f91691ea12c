using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using Timelines.Querying;
using Timelines.Serialization;

namespace Timelines.Tests.Samples;

/// <summary>The sample dataset, samples/data/belarus-2022.timeline.json, kept to the rules of the samples issue.</summary>
public class BelarusDatasetTest
{
    private static readonly string Path = System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "sample-data", "belarus-2022.timeline.json");

    private static Timeline Load() => TimelineJson.ReadFile(Path);

    [Test]
    public void Dataset_LoadsWithoutProblems_AndIsCanonical()
    {
        var text = File.ReadAllText(Path);
        var timeline = Load();
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Count, Is.EqualTo(18));
            Assert.That(timeline.TimeZone.Id, Is.EqualTo("Europe/Minsk"));
            Assert.That(TimelineJson.ToJson(timeline, new TimelineJsonOptions { Indented = true }), Is.EqualTo(text));
        });
    }

    [Test]
    public void Dataset_IsValidAgainstTheSchema()
    {
        var schema = JsonSchema.FromText(TimelineJson.GetSchema());
        Assert.That(schema.Evaluate(JsonNode.Parse(File.ReadAllText(Path))).IsValid, Is.True);
    }

    [TestCase("drills-2022-02", "2022-02")]
    [TestCase("russian-troops-remain", "2022-02/..")]
    [TestCase("us-sanctions-2022-03", "2022-03")]
    [TestCase("missiles-towards-southwest-reported", "2022-03")]
    [TestCase("khoyniki-satellite-images", "2022-03")]
    [TestCase("homiel-blood-reserves-exhausted", "2022-03")]
    [TestCase("joint-grouping-ordered", "2022-10")]
    public void Dataset_KeepsThePrecisionTheTextGives(string id, string when)
    {
        Assert.That(Load()[id].When.ToString(), Is.EqualTo(when));
    }

    [Test]
    public void Dataset_NoEventIsGivenADayTheTextDoesNotGive()
    {
        var precisions = Load().Events
            .SelectMany(e => new[] { e.When.Start, e.When.End })
            .Where(end => end.Kind == EdtfEndKind.Date)
            .Select(end => end.Date.Precision);
        Assert.That(precisions, Has.None.EqualTo(EdtfPrecision.Day).And.None.EqualTo(EdtfPrecision.Second));
    }

    [Test]
    public void Dataset_UndatedFactsSayWhyInTheirSummary()
    {
        var loose = Load().Events.Where(e => e.When.ToString().Contains('?', System.StringComparison.Ordinal) || e.When.ToString().Contains('~', System.StringComparison.Ordinal));
        Assert.That(loose.Select(e => e.Summary), Is.Not.Empty.And.All.Contain("text").IgnoreCase);
    }

    [Test]
    public void Dataset_AnswersTheQuestionsOfTheSample()
    {
        var timeline = Load();
        var march = timeline.Query().Overlapping(QueryPeriod.Covering(EdtfValue.Parse("2022-03"))).Certainly();
        Assert.Multiple(() =>
        {
            Assert.That(march.Select(e => e.Id), Does.Contain("us-sanctions-2022-03").And.Contain("russian-troops-remain"));
            Assert.That(timeline.Is(timeline["drills-2022-02"], AllenRelation.Before, timeline["russian-troops-remain"]), Is.EqualTo(TruthValue.Maybe));
            Assert.That(timeline["drills-2022-02"].When.Is(AllenRelation.Before, timeline["russian-troops-remain"].When), Is.EqualTo(TruthValue.Maybe));
            Assert.That(timeline["russian-troops-remain"].Relations.Single().TargetId, Is.EqualTo("drills-2022-02"));
        });
    }
}
