using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using NodaTime;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

public partial class TimelineJsonTest
{
    private static readonly TimelineJsonOptions Indented = new() { Indented = true };

    [Test]
    public void Parse_ToJson_HandMade_RoundTripsEqual()
    {
        var timeline = TimelineSamples.HandMade();
        var json = TimelineJson.ToJson(timeline);
        var read = TimelineJson.Parse(json);
        Assert.That(read, Is.EqualTo(timeline));
        Assert.That(read.Extensions.Keys, Is.EqualTo(new[] { "x-editor" }));
        Assert.That(read["drills"].Extensions["x-nested"].GetProperty("a").GetString(), Is.EqualTo("z"));
    }

    [Test]
    public void ToJson_SameTimeline_GivesIdenticalBytes()
    {
        var first = TimelineJson.ToUtf8Bytes(TimelineSamples.HandMade(), Indented);
        var second = TimelineJson.ToUtf8Bytes(TimelineSamples.HandMade(), Indented);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void ToJson_LeavesOutNullsAndEmptyCollections()
    {
        var timeline = Timeline.Create("t", "T", [new TimelineEvent("a", "A", EdtfValue.Parse("2022"))]);
        Assert.That(
            TimelineJson.ToJson(timeline),
            Is.EqualTo("""{"format":"timeline/1","id":"t","title":"T","events":[{"id":"a","title":"A","when":"2022"}]}"""));
    }

    [Test]
    public void ToJson_Indented_UsesTwoSpacesAndLineFeeds()
    {
        var json = TimelineJson.ToJson(Timeline.Create("t", "T", []), Indented);
        Assert.That(json, Is.EqualTo("{\n  \"format\": \"timeline/1\",\n  \"id\": \"t\",\n  \"title\": \"T\"\n}"));
    }

    [Test]
    public void ToJson_RandomTimelines_RoundTripEqualAndStable()
    {
        TimelineSamples.Timelines.Sample(
            timeline =>
            {
                var bytes = TimelineJson.ToUtf8Bytes(timeline);
                var read = TimelineJson.Parse(bytes);
                return read.Equals(timeline) && TimelineJson.ToUtf8Bytes(read).AsSpan().SequenceEqual(bytes);
            },
            iter: 300);
    }

    [TestCaseSource(typeof(TimelineSamples), nameof(TimelineSamples.SampleFiles))]
    public void Parse_CanonicalSample_WritesIdenticalBytes(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).TrimEnd('\n');
        var options = path.Contains("bounds", System.StringComparison.Ordinal) ? new TimelineJsonOptions { Indented = true, WriteBounds = true } : Indented;
        var timeline = TimelineJson.Parse(text);
        Assert.That(TimelineJson.ToJson(timeline, options), Is.EqualTo(text));
    }

    [Test]
    public void Parse_Sample_ReadsEveryField()
    {
        var timeline = TimelineJson.ReadFile(Path.Combine(TimelineSamples.SamplesFolder, "belarus-2022.json"));
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Count, Is.EqualTo(4));
            Assert.That(timeline.TimeZone.Id, Is.EqualTo("Europe/Minsk"));
            Assert.That(timeline.AsOf, Is.EqualTo(new LocalDate(2022, 3, 1)));
            Assert.That(timeline["drills-2022-02"].Places[0].Latitude, Is.EqualTo(51.89));
            Assert.That(timeline["drills-2022-02"].Sources[0].Accessed, Is.EqualTo(new LocalDate(2022, 2, 11)));
            Assert.That(timeline["invasion-from-belarus"].When.HasOpenEnd, Is.True);
            Assert.That(timeline["talks"].Relations[1].Kind, Is.EqualTo(new EventRelationKind("contradicts")));
            Assert.That(timeline["talks"].Extensions["x-notes"].GetArrayLength(), Is.EqualTo(3));
            Assert.That(timeline.Extensions["x-editor"].GetProperty("revision").GetInt32(), Is.EqualTo(7));
        });
    }

    [Test]
    public void Parse_BoundsOnInput_AreIgnored()
    {
        const string json = """{"format":"timeline/1","id":"t","title":"T","events":[{"id":"a","title":"A","when":"2022","bounds":{"earliestStart":"nonsense"}}]}""";
        Assert.That(TimelineJson.Parse(json)["a"].When, Is.EqualTo(EdtfValue.Parse("2022")));
    }

    [Test]
    public void Parse_LenientEdtfAndNulls_AreAccepted()
    {
        const string json = """{"format":"timeline/1","id":"t","title":"T","description":null,"events":[{"id":"a","title":"A","when":"199u","summary":null,"tags":null}]}""";
        var timeline = TimelineJson.Parse(json);
        Assert.That(timeline["a"].When.ToString(), Is.EqualTo("199X"));
        Assert.That(timeline.Description, Is.Null);
    }

    [Test]
    public void Parse_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(TimelineJson.ToUtf8Bytes(TimelineSamples.HandMade())).ToArray();
        Assert.That(TimelineJson.Parse(bytes), Is.EqualTo(TimelineSamples.HandMade()));
    }

    [Test]
    public void WithExtension_NamedLikeAField_IsRefusedBeforeAnythingIsWritten()
    {
        // An extension that could not be written is refused when it is set, not when the timeline is saved.
        var item = new TimelineEvent("a", "A", EdtfValue.Parse("2022"));
        Assert.That(() => item.WithExtension("title", TimelineSamples.Json("1")), Throws.ArgumentException.With.Message.Contains("x-title"));
        var builder = new TimelineBuilder("t", "T");
        builder.Extensions["events"] = TimelineSamples.Json("1");
        Assert.That(builder.Validate().Single().Message, Does.Contain("x-events"));
    }

    [Test]
    public void ToJson_WriteBounds_WritesFourBounds()
    {
        var timeline = Timeline.Create("t", "T", [new TimelineEvent("a", "A", EdtfValue.Parse("2022-02/.."))]);
        var json = TimelineJson.ToJson(timeline, new TimelineJsonOptions { WriteBounds = true });
        Assert.That(json, Does.Contain("\"bounds\":{\"earliestStart\":\"2022-02-01\""));
        Assert.That(json, Does.Contain("\"latestEnd\":\"open\""));
    }
}
