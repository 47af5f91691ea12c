using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

/// <summary>Tests of <see cref="TimelineJson"/>, split by concern into partial files.</summary>
public partial class TimelineJsonTest
{
    public static IEnumerable<TestCaseData> InvalidDocuments() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Serialization", "invalid"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName("Parse_Invalid_" + Path.GetFileNameWithoutExtension(path)));

    [Test]
    public void InvalidCorpus_HasAtLeastFiftyDocuments()
    {
        Assert.That(InvalidDocuments().Count(), Is.GreaterThanOrEqualTo(50));
    }

    [TestCaseSource(nameof(InvalidDocuments))]
    public void Parse_InvalidDocument_ThrowsWithExpectedMessage(string path)
    {
        var expected = File.ReadAllLines(Path.ChangeExtension(path, ".expected.txt")).Where(line => line.Length > 0).ToList();
        Assert.That(expected, Is.Not.Empty);
        var exception = Assert.Throws<TimelineJsonException>(() => TimelineJson.Parse(File.ReadAllBytes(path)));
        Assert.That(exception!.Errors, Is.Not.Empty);
        foreach (var part in expected)
        {
            Assert.That(exception.Message, Does.Contain(part));
        }

        // Every error names a path, a line and a byte, even where the input could not be decoded.
        Assert.That(exception.Errors.All(e => e.Path.StartsWith('$')), Is.True);
        Assert.That(exception.Errors.All(e => e.Line > 0 && e.BytePosition > 0), Is.True, exception.Message);
    }

    [TestCaseSource(nameof(InvalidDocuments))]
    public void EveryReader_InvalidDocument_ThrowsWithPositions(string path)
    {
        // Streaming reports the first bad event rather than all, but no reader accepts a bad document.
        EveryReader.AssertAllRefuse(EveryReader.ReadDocument(File.ReadAllBytes(path)));
    }

    [Test]
    public void Parse_ManyBadEvents_ReportsAllUpToTheLimit()
    {
        var events = string.Join(",", Enumerable.Range(0, 30).Select(i => $"{{\"id\":\"e{i}\",\"title\":\"T\",\"when\":\"bad\"}}"));
        var json = $"{{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{events}]}}";
        var all = Assert.Throws<TimelineJsonException>(() => TimelineJson.Parse(json));
        Assert.That(all!.Errors, Has.Length.EqualTo(30));
        Assert.That(all.IsTruncated, Is.False);

        var limited = Assert.Throws<TimelineJsonException>(() => TimelineJson.Parse(json, new TimelineJsonOptions { MaxErrors = 5 }));
        Assert.That(limited!.Errors, Has.Length.EqualTo(5));
        Assert.That(limited.IsTruncated, Is.True);
        Assert.That(limited.Message, Does.Contain("error limit"));
    }

    [Test]
    public void Parse_Error_IsAJsonExceptionWithZeroBasedPosition()
    {
        const string json = "{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\n\"events\":[{\"id\":\"a\",\"title\":\"A\",\"when\":\"x\"}]}";
        var exception = Assert.Throws<TimelineJsonException>(() => TimelineJson.Parse(json));
        JsonException asJson = exception!;
        Assert.Multiple(() =>
        {
            Assert.That(asJson.Path, Is.EqualTo("$.events[0].when"));
            Assert.That(asJson.LineNumber, Is.EqualTo(1));
            Assert.That(asJson.BytePositionInLine, Is.EqualTo(39));
            Assert.That(exception.Errors[0].Line, Is.EqualTo(2));
            Assert.That(exception.Errors[0].BytePosition, Is.EqualTo(40));
            Assert.That(exception.Message, Does.Contain("$.events[0].when (line 2, byte 40): 'x' is not valid EDTF"));
        });
    }

    [Test]
    public void Parse_ValidationProblemInNestedField_PointsAtTheValue()
    {
        const string json = "{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[\n{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\n\"places\":[{\"name\":\"P\"},{\"name\":\"Q\",\"latitude\":95,\"longitude\":1}]}]}";
        var exception = Assert.Throws<TimelineJsonException>(() => TimelineJson.Parse(json));
        var error = exception!.Errors.Single();
        Assert.That(error.Path, Is.EqualTo("$.events[0].places[1].latitude"));
        Assert.That((error.Line, error.BytePosition), Is.EqualTo((3L, 47L)));
    }

    [Test]
    public void Parse_DeepNesting_RespectsMaxDepthOption()
    {
        var deep = new string('[', 20) + new string(']', 20);
        var json = $"{{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"x-deep\":{deep}}}";
        Assert.That(TimelineJson.Parse(json).Extensions["x-deep"].ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(() => TimelineJson.Parse(json, new TimelineJsonOptions { MaxDepth = 16 }), Throws.InstanceOf<TimelineJsonException>().With.Message.Contains("MaxDepth = 16"));
    }

    [Test]
    public void Options_OutOfRange_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new TimelineJsonOptions { MaxDepth = 1 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new TimelineJsonOptions { MaxErrors = 0 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new TimelineJsonOptions { MaxDocumentBytes = 0 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new TimelineJsonOptions { MaxEventBytes = 10 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void ParseEvent_ReadsOneEvent_AndReportsItsErrors()
    {
        var item = TimelineJson.ParseEvent("""{"id":"a","title":"A","when":"2022-02/..","x-k":[1]}""");
        Assert.That(TimelineJson.ToJson(item), Is.EqualTo("""{"id":"a","title":"A","when":"2022-02/..","x-k":[1]}"""));
        Assert.That(() => TimelineJson.ParseEvent("""{"id":"a","when":5}"""), Throws.InstanceOf<TimelineJsonException>().With.Message.Contains("2 errors"));
    }
}
