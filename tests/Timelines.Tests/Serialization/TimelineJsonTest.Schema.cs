using System.IO;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

public partial class TimelineJsonTest
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(TimelineJson.GetSchema());

    private static bool IsValid(string json) =>
        Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;

    [TestCaseSource(typeof(TimelineSamples), nameof(TimelineSamples.SampleFiles))]
    public void Schema_Sample_IsValid(string path)
    {
        Assert.That(IsValid(File.ReadAllText(path)), Is.True);
    }

    [Test]
    public void Schema_HandMadeOutput_IsValid()
    {
        var timeline = TimelineSamples.HandMade();
        Assert.Multiple(() =>
        {
            Assert.That(IsValid(TimelineJson.ToJson(timeline)), Is.True);
            Assert.That(IsValid(TimelineJson.ToJson(timeline, new TimelineJsonOptions { Indented = true, WriteBounds = true })), Is.True);
        });
    }

    [Test]
    public void Schema_RandomOutput_IsValid()
    {
        TimelineSamples.Timelines.Sample(
            timeline => IsValid(TimelineJson.ToJson(timeline, new TimelineJsonOptions { WriteBounds = true })),
            iter: 100);
    }

    [Test]
    public void Schema_JsonLinesOutput_EachLineIsAValidEvent()
    {
        using var stream = new MemoryStream();
        TimelineJson.WriteJsonLines(TimelineSamples.HandMade().Events, stream);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(4));
        foreach (var line in lines)
        {
            Assert.That(IsValid("{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[" + line + "]}"), Is.True, line);
        }
    }

    [Test]
    public void Schema_ItselfIsShippedAsContent()
    {
        Assert.That(File.Exists(Path.Combine(TestContext.CurrentContext.TestDirectory, "Serialization", "timeline.schema.json")), Is.True);
    }
}
