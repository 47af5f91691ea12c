using System.IO;
using System.Linq;
using System.Text;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

/// <summary>The fast paths of reading: values shared between events, and escaped text that takes the slow path.</summary>
public partial class TimelineJsonTest
{
    private const string TwoEvents = """
        {"format":"timeline/1","id":"t","title":"T","events":[
          {"id":"a","title":"A","when":"2022-02-24","tags":["war","border"],"actors":[{"name":"Belarus","countryCode":"BY"}]},
          {"id":"b","title":"B","when":"2022-02-24","tags":["border"],"actors":[{"name":"Belarus","countryCode":"BY"}]}
        ]}
        """;

    [Test]
    public void Parse_RepeatedValues_AreEqualToTheirText()
    {
        var timeline = TimelineJson.Parse(TwoEvents);
        Assert.That(timeline["a"].When, Is.EqualTo(EdtfValue.Parse("2022-02-24")));
        Assert.That(timeline["b"].When, Is.EqualTo(timeline["a"].When));
        Assert.That(timeline["b"].Tags, Is.EqualTo(new[] { "border" }));
        Assert.That(timeline["b"].Actors.Single(), Is.EqualTo(new Actor("Belarus", "BY")));
    }

    [Test]
    public void Parse_RepeatedValues_AreSharedBetweenEvents()
    {
        // Immutable values, so sharing is invisible but for memory: a large document holds each repeat once.
        var timeline = TimelineJson.Parse(TwoEvents);
        Assert.That(timeline["b"].When, Is.SameAs(timeline["a"].When));
        Assert.That(timeline["b"].Tags[0], Is.SameAs(timeline["a"].Tags[1]));
        Assert.That(timeline["b"].Actors[0].Name, Is.SameAs(timeline["a"].Actors[0].Name));
    }

    [Test]
    public void Parse_EscapedNamesAndEdtf_ReadAsTheirUnescapedText()
    {
        var timeline = TimelineJson.Parse("""
            {"format":"timeline/1","id":"t","title":"T","events":[{"\u0069d":"a","titl\u0065":"A","when":"\u0032022-02/.\u002e","t\u0061gs":["x"]}]}
            """);
        Assert.That(timeline["a"].Title, Is.EqualTo("A"));
        Assert.That(timeline["a"].When, Is.EqualTo(EdtfValue.Parse("2022-02/..")));
        Assert.That(timeline["a"].Tags, Is.EqualTo(new[] { "x" }));
        Assert.That(timeline["a"].Extensions, Is.Empty);
    }

    [TestCase("\\u0032022-13", "'2022-13' is not valid EDTF: '13' is neither a month (01 to 12) nor a season (21 to 24) (at character 6).")]
    [TestCase("2022-13", "'2022-13' is not valid EDTF: '13' is neither a month (01 to 12) nor a season (21 to 24) (at character 6).")]
    [TestCase("２０２２", "'２０２２' is not valid EDTF: expected a digit of the year, found '２' (at character 1).")]
    public void Parse_BadEdtf_EscapedOrNot_GivesTheParsersReason(string when, string message)
    {
        var json = """{"format":"timeline/1","id":"t","title":"T","events":[{"id":"a","title":"A","when":"WHEN"}]}""".Replace("WHEN", when, System.StringComparison.Ordinal);
        var exception = Assert.Throws<TimelineJsonException>(() => TimelineJson.Parse(json));
        Assert.That(exception!.Errors.Single().Message, Is.EqualTo(message));
        Assert.That(exception.Errors.Single().Path, Is.EqualTo("$.events[0].when"));
    }

    [Test]
    public void ToUtf8Bytes_LargerThanTheFirstBuffer_WritesEveryEvent()
    {
        // The first buffer is sized from the number of events; long titles make the writer grow it.
        var title = new string('x', 20_000);
        var events = Enumerable.Range(0, 50).Select(i => new TimelineEvent($"e{i}", title, EdtfValue.Parse("2022")));
        var timeline = Timeline.Create("t", "T", events);
        var bytes = TimelineJson.ToUtf8Bytes(timeline);
        Assert.That(bytes.Length, Is.GreaterThan(50 * 20_000));
        Assert.That(TimelineJson.Parse(bytes), Is.EqualTo(timeline));
        Assert.That(TimelineJson.ToJson(timeline), Is.EqualTo(System.Text.Encoding.UTF8.GetString(bytes)));
    }

    [Test]
    public void EnumerateEventsAsync_TwoBadEvents_ReportsTheFirstOnlyWhereLoadReportsBoth()
    {
        const string json = """
            {"format":"timeline/1","id":"t","title":"T","events":[
              {"id":"a","title":"A","when":"2022"},
              {"id":"b","title":"B","when":"2022-13"},
              {"id":"c","title":"C","when":"2022-14"}
            ]}
            """;
        var bytes = Encoding.UTF8.GetBytes(json);
        var read = new System.Collections.Generic.List<string>();
        var streamed = Assert.ThrowsAsync<TimelineJsonException>(async () =>
        {
            await foreach (var item in TimelineJson.ReadEventsAsync(new MemoryStream(bytes)))
            {
                read.Add(item.Id);
            }
        });
        Assert.That(read, Is.EqualTo(new[] { "a" }));
        Assert.That(streamed!.Errors.Select(e => e.Path), Is.EqualTo(new[] { "$.events[1].when" }));
        Assert.That(streamed.Errors.Single().Line, Is.EqualTo(3));

        var loaded = Assert.Throws<TimelineJsonException>(() => TimelineJson.Read(new MemoryStream(bytes)));
        Assert.That(loaded!.Errors.Select(e => e.Path), Is.EqualTo(new[] { "$.events[1].when", "$.events[2].when" }));
    }
}
