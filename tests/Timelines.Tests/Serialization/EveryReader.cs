using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

/// <summary>
/// Runs a document, or one event, through every reader of the library, so that a test can say that all of them
/// treat it alike: whole documents (bytes, text, a stream), streamed events, JSON Lines (stream, text, async),
/// single events, and the converters inside <c>JsonSerializer</c>.
/// </summary>
internal static class EveryReader
{
    /// <summary>Reads a document with every reader of documents.</summary>
    /// <remarks><c>Parse(string)</c> is left out when the bytes are not UTF-8, as no string holds them.</remarks>
    public static IReadOnlyList<(string Reader, Exception? Exception)> ReadDocument(byte[] json, TimelineJsonOptions? options = null) =>
    [
        Run("Parse(bytes)", () => TimelineJson.Parse(json, options)),
        .. System.Text.Unicode.Utf8.IsValid(json) ? [Run("Parse(string)", () => TimelineJson.Parse(Encoding.UTF8.GetString(json), options))] : Array.Empty<(string, Exception?)>(),
        Run("Load", () => TimelineJson.Read(new TimelineJsonTest.NonSeekableStream(new MemoryStream(json), chunk: 5), options)),
        Run("ReadEventsAsync", () => Drain(TimelineJson.ReadEventsAsync(new TimelineJsonTest.NonSeekableStream(new MemoryStream(json), chunk: 3), options))),
        Run("TimelineConverter", () => JsonSerializer.Deserialize<Timeline>(json, Serializer(options))),
    ];

    /// <summary>Reads one event (JSON on one line) with every reader of events, and inside a document with every reader of documents.</summary>
    public static IReadOnlyList<(string Reader, Exception? Exception)> ReadEvent(string eventJson, TimelineJsonOptions? options = null)
    {
        var line = Encoding.UTF8.GetBytes(eventJson + "\n");
        var document = Encoding.UTF8.GetBytes($"{{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{eventJson}]}}");
        return
        [
            Run("ParseEvent", () => TimelineJson.ParseEvent(eventJson, options)),
            Run("ReadJsonLines(Stream)", () => TimelineJson.ReadJsonLines(new TimelineJsonTest.NonSeekableStream(new MemoryStream(line), chunk: 3), options).ToList()),
            Run("ReadJsonLines(TextReader)", () => TimelineJson.ReadJsonLines(new StringReader(eventJson + "\n"), options).ToList()),
            Run("ReadJsonLinesAsync", () => Drain(TimelineJson.ReadJsonLinesAsync(new TimelineJsonTest.NonSeekableStream(new MemoryStream(line), chunk: 2), options))),
            Run("TimelineEventConverter", () => JsonSerializer.Deserialize<TimelineEvent>(eventJson, Serializer(options))),
            .. ReadDocument(document, options).Select(r => (r.Reader + " (in a document)", r.Exception)),
        ];
    }

    /// <summary>
    /// Asserts that every reader refused with a <see cref="TimelineJsonException"/> whose errors all have a position;
    /// a converter may instead let the serializer's <see cref="JsonException"/> for malformed JSON through, with its line.
    /// </summary>
    /// <returns>The <see cref="TimelineJsonException"/>s, by reader.</returns>
    public static IReadOnlyList<(string Reader, TimelineJsonException Exception)> AssertAllRefuse(IReadOnlyList<(string Reader, Exception? Exception)> outcomes)
    {
        Assert.Multiple(() =>
        {
            foreach (var (reader, exception) in outcomes)
            {
                if (reader.Contains("Converter", StringComparison.Ordinal) && exception is JsonException { LineNumber: not null } and not TimelineJsonException)
                {
                    continue;
                }

                Assert.That(exception, Is.InstanceOf<TimelineJsonException>(), $"{reader}: {exception}");
                if (exception is TimelineJsonException refused)
                {
                    Assert.That(refused.Errors.All(e => e.Line > 0 && e.BytePosition > 0), Is.True, $"{reader}: an error without a position: {refused.Message}");
                }
            }
        });
        return [.. outcomes.Where(o => o.Exception is TimelineJsonException).Select(o => (o.Reader, (TimelineJsonException)o.Exception!))];
    }

    private static JsonSerializerOptions Serializer(TimelineJsonOptions? options) => new JsonSerializerOptions().ConfigureForTimeline(options);

    private static (string, Exception?) Run(string reader, Func<object?> read)
    {
        try
        {
            read();
            return (reader, null);
        }
#pragma warning disable CA1031 // Any exception is recorded, for the test to judge.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return (reader, exception);
        }
    }

    private static List<TimelineEvent> Drain(IAsyncEnumerable<TimelineEvent> events) => Task.Run(async () =>
    {
        var list = new List<TimelineEvent>();
        await foreach (var item in events)
        {
            list.Add(item);
        }

        return list;
    }).GetAwaiter().GetResult();
}
