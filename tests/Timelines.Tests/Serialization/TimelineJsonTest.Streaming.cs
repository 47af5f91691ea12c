using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

public partial class TimelineJsonTest
{
    private static async Task<List<TimelineEvent>> ToListAsync(IAsyncEnumerable<TimelineEvent> events)
    {
        var list = new List<TimelineEvent>();
        await foreach (var item in events)
        {
            list.Add(item);
        }

        return list;
    }

    private static async IAsyncEnumerable<TimelineEvent> AsAsync(IEnumerable<TimelineEvent> events)
    {
        foreach (var item in events)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static Timeline ManyEvents(int count) => Timeline.Create(
        "many",
        "Many",
        Enumerable.Range(0, count).Select(i => new TimelineEvent($"e{i}", $"Event {i} with a longer title to fill the buffer", EdtfValue.Parse("2022-02-24/.."))
            .AddRelation(EventRelationKind.Follows, $"e{(i + 1) % count}")
            .AddTags("t" + (i % 7))));

    [Test]
    public async Task EnumerateEventsAsync_YieldsEveryEventInOrder_FromSmallChunks()
    {
        var timeline = TimelineSamples.HandMade();
        using var stream = new MemoryStream(TimelineJson.ToUtf8Bytes(timeline, Indented));
        var events = await ToListAsync(TimelineJson.ReadEventsAsync(new NonSeekableStream(stream, chunk: 3)));
        Assert.That(events, Is.EqualTo(timeline.Events));
    }

    [Test]
    public async Task EnumerateEventsAsync_LargeDocument_ForwardRelationsResolve()
    {
        var timeline = ManyEvents(5000);
        using var stream = new MemoryStream(TimelineJson.ToUtf8Bytes(timeline));
        var events = await ToListAsync(TimelineJson.ReadEventsAsync(new NonSeekableStream(stream, chunk: 4096)));
        Assert.That(events, Is.EqualTo(timeline.Events));
    }

    [Test]
    public void EnumerateEventsAsync_BadEvent_ThrowsWithAbsolutePosition()
    {
        var json = TimelineJson.ToJson(ManyEvents(50), Indented).Replace("\"title\": \"Event 40 ", "\"title\": 5, \"x\": \"", StringComparison.Ordinal);
        var expectedLine = json[..json.IndexOf("\"title\": 5", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var seen = 0;
        var exception = Assert.ThrowsAsync<TimelineJsonException>(async () =>
        {
            await foreach (var item in TimelineJson.ReadEventsAsync(new NonSeekableStream(stream, chunk: 100)))
            {
                seen++;
            }
        });
        Assert.That(seen, Is.EqualTo(40));
        Assert.That(exception!.Errors[0].Path, Is.EqualTo("$.events[40].title"));
        Assert.That(exception.Errors[0].Line, Is.EqualTo(expectedLine));
        Assert.That(exception.Errors[0].BytePosition, Is.EqualTo(16));
    }

    [Test]
    public void EnumerateEventsAsync_MissingRelationTarget_ThrowsAtTheEnd()
    {
        const string json = """{"format":"timeline/1","id":"t","title":"T","events":[{"id":"a","title":"A","when":"2022","relations":[{"kind":"causes","targetId":"b"}]}]}""";
        Assert.That(
            async () => await ToListAsync(TimelineJson.ReadEventsAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)))),
            Throws.InstanceOf<TimelineJsonException>().With.Message.Contains("$.events[0].relations[0].targetId").And.Message.Contains("No event has the id 'b'"));
    }

    [Test]
    public void EnumerateEventsAsync_EventLargerThanLimit_Throws()
    {
        var big = new TimelineEvent("a", "A", EdtfValue.Parse("2022")).WithSummary(new string('x', 5000));
        var bytes = TimelineJson.ToUtf8Bytes(Timeline.Create("t", "T", [big]));
        var options = new TimelineJsonOptions { MaxEventBytes = 2048 };
        Assert.That(
            async () => await ToListAsync(TimelineJson.ReadEventsAsync(new MemoryStream(bytes), options)),
            Throws.InstanceOf<TimelineJsonException>().With.Message.Contains("MaxEventBytes = 2048"));
    }

    [Test]
    public void EnumerateEventsAsync_Truncated_Throws()
    {
        var bytes = TimelineJson.ToUtf8Bytes(TimelineSamples.HandMade());
        Assert.That(
            async () => await ToListAsync(TimelineJson.ReadEventsAsync(new MemoryStream(bytes[..^10]))),
            Throws.InstanceOf<TimelineJsonException>());
    }

    [Test]
    public void EnumerateEventsAsync_NullStream_ThrowsAtTheCall()
    {
        Assert.That(() => TimelineJson.ReadEventsAsync(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void EnumerateEventsAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var events = TimelineJson.ReadEventsAsync(new MemoryStream(TimelineJson.ToUtf8Bytes(TimelineSamples.HandMade())), cancellationToken: cancellation.Token);
        Assert.That(async () => await ToListAsync(events), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task JsonLines_WriteThenRead_RoundTrips()
    {
        var events = TimelineSamples.HandMade().Events;
        using var stream = new MemoryStream();
        await TimelineJson.WriteJsonLinesAsync(events, stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.That(text.Split('\n'), Has.Length.EqualTo(events.Length + 1));
        stream.Position = 0;
        Assert.That(await ToListAsync(TimelineJson.ReadJsonLinesAsync(new NonSeekableStream(stream, chunk: 5))), Is.EqualTo(events));
    }

    [Test]
    public async Task JsonLines_WriteSyncAndFromAsyncSource_GiveSameBytes()
    {
        var events = TimelineSamples.HandMade().Events;
        using var first = new MemoryStream();
        TimelineJson.WriteJsonLines(events, first);
        using var second = new MemoryStream();
        await TimelineJson.WriteJsonLinesAsync(AsAsync(events), second);
        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
    }

    [Test]
    public async Task JsonLines_Sample_ReadsWithBlankLinesAndCarriageReturns()
    {
        var text = File.ReadAllText(Path.Combine(TimelineSamples.SamplesFolder, "events.jsonl")).Replace("\n", "\r\n\r\n", StringComparison.Ordinal);
        var events = await ToListAsync(TimelineJson.ReadJsonLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        Assert.That(events.Select(e => e.Id), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(events[1].Extensions["x-source"].GetString(), Is.EqualTo("log"));
    }

    [Test]
    public void JsonLines_BadLine_NamesTheLine()
    {
        const string text = "{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\"}\n\n{\"id\":\"b\",\"title\":\"B\",\"when\":\"2022-13\"}\n";
        var exception = Assert.ThrowsAsync<TimelineJsonException>(async () => await ToListAsync(TimelineJson.ReadJsonLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)))));
        Assert.That(exception!.Errors[0].Line, Is.EqualTo(3));
        Assert.That(exception.Errors[0].BytePosition, Is.EqualTo(30));
        Assert.That(exception.Message, Does.Contain("not valid EDTF"));
    }

    [Test]
    public void JsonLines_MalformedLine_NamesTheLine()
    {
        const string text = "{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\"}\n{\"id\":\"b\",\n";
        var exception = Assert.ThrowsAsync<TimelineJsonException>(async () => await ToListAsync(TimelineJson.ReadJsonLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)))));
        Assert.That(exception!.Errors[0].Line, Is.EqualTo(2));
        Assert.That(exception.Message, Does.Contain("malformed"));
    }

    [TestCase(512 * 1024, 1)]
    [TestCase(4 * 1024 * 1024, 16)]
    public async Task EnumerateEventsAsync_LargeEventInTinyReads_ReadsEachByteAFewTimesOnly(int size, int readSize)
    {
        var item = new TimelineEvent("a", "A", EdtfValue.Parse("2022")).WithSummary(new string('x', size));
        var bytes = TimelineJson.ToUtf8Bytes(Timeline.Create("t", "T", [item, new TimelineEvent("b", "B", EdtfValue.Parse("2023"))]));
        using var reader = new EventStreamReader(new NonSeekableStream(new MemoryStream(bytes), readSize), TimelineJsonOptions.Default);

        var events = await ToListAsync(reader.ReadAllAsync(default));

        Assert.That(events.Select(e => e.Id), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(reader.TokenizedBytes, Is.LessThanOrEqualTo(4L * bytes.Length), "The partial event was read again after every read.");
    }

    [Test]
    public void EnumerateEventsAsync_ErrorsFoundAtTheEnd_HaveTheirLines()
    {
        // A relation to an event that never comes, and a required property that never comes, are known only at
        // the end, after the bytes of the event and of the document's start have been dropped.
        var padding = string.Concat(Enumerable.Range(0, 2000).Select(i => $",\n{{\"id\":\"e{i}\",\"title\":\"E\",\"when\":\"2022\"}}"));
        var json = "{\"format\":\"timeline/1\",\"title\":\"T\",\"events\":[\n{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\n\"relations\":[{\"kind\":\"causes\",\"targetId\":\"zz\"}]}" + padding + "]}";
        var exception = Assert.ThrowsAsync<TimelineJsonException>(async () => await ToListAsync(TimelineJson.ReadEventsAsync(new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes(json)), 100))));
        Assert.That(exception!.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "$ (line 1, byte 1): The required property 'id' is missing.",
            "$.events[0].relations[0].targetId (line 3, byte 42): No event has the id 'zz'.",
        }));
    }

    [Test]
    public void EnumerateEventsAsync_BlankTimelineId_IsReportedWhereItIs()
    {
        var json = "{\"format\":\"timeline/1\",\n\"id\":\" \",\"title\":\"T\",\"events\":[]}";
        var exception = Assert.ThrowsAsync<TimelineJsonException>(async () => await ToListAsync(TimelineJson.ReadEventsAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)))));
        Assert.That(exception!.Errors.Single().ToString(), Is.EqualTo("$.id (line 2, byte 6): The timeline's id is empty."));
    }

    [Test]
    public async Task EnumerateEventsAsync_ByteOrderMarkAndNullEvents_AreReadAsParseReadsThem()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":null}")).ToArray();
        Assert.That(TimelineJson.Parse(bytes).Count, Is.Zero);
        Assert.That(await ToListAsync(TimelineJson.ReadEventsAsync(new NonSeekableStream(new MemoryStream(bytes), 1))), Is.Empty);
        Assert.That(TimelineJson.ReadJsonLines(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\"}")])).Single().Id, Is.EqualTo("a"));
    }
}
