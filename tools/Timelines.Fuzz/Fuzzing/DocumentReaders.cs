using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Timelines.Serialization;

namespace Timelines.Fuzzing;

/// <summary>Runs each reader of the library on a document and records what it made of it, whatever it throws.</summary>
internal static class DocumentReaders
{
    private static readonly JsonSerializerOptions ConverterOptions = new JsonSerializerOptions().ConfigureForTimeline();

    public static Outcome<Timeline> Parse(byte[] document) => Run("Parse(bytes)", () => TimelineJson.Parse(document));

    public static Outcome<Timeline> ParseText(string document) => Run("Parse(string)", () => TimelineJson.Parse(document));

    public static Outcome<Timeline> Load(byte[] document, int readSize) =>
        Run($"Load(reads of {readSize})", () => TimelineJson.Read(SplitStream.Fixed(document, readSize)));

    public static Outcome<Timeline> Deserialize(byte[] document) =>
        Run("JsonSerializer with TimelineConverter", () => JsonSerializer.Deserialize<Timeline>(document, ConverterOptions)!);

    public static Outcome<TimelineEvent> ParseEvent(string line) => Run("ParseEvent", () => TimelineJson.ParseEvent(line));

    /// <summary>Streams the events of a document; the events given before an error are kept.</summary>
    public static Outcome<object> EnumerateEvents(Stream stream, string how) =>
        Collect($"ReadEventsAsync({how})", events => Drain(TimelineJson.ReadEventsAsync(stream), events));

    public static Outcome<object> ReadJsonLines(Stream stream, string how) =>
        Collect($"ReadJsonLines(stream, {how})", events => Drain(TimelineJson.ReadJsonLines(stream), events));

    public static Outcome<object> ReadJsonLinesAsync(Stream stream, string how) =>
        Collect($"ReadJsonLinesAsync({how})", events => Drain(TimelineJson.ReadJsonLinesAsync(stream), events));

    public static Outcome<object> ReadJsonLines(string text) =>
        Collect("ReadJsonLines(TextReader)", events => Drain(TimelineJson.ReadJsonLines(new StringReader(text)), events));

    private static Outcome<T> Run<T>(string reader, Func<T> read)
    {
        var timer = Stopwatch.StartNew();
        try
        {
            var value = read();
            return new Outcome<T>(reader, value, value is Timeline timeline ? timeline.Events : [], null, timer.Elapsed);
        }
#pragma warning disable CA1031 // Catching everything is the point: any exception is recorded, and judged by the contract.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new Outcome<T>(reader, default, [], exception, timer.Elapsed);
        }
    }

    private static Outcome<object> Collect(string reader, Action<List<TimelineEvent>> read)
    {
        var events = new List<TimelineEvent>();
        var timer = Stopwatch.StartNew();
        try
        {
            read(events);
            return new Outcome<object>(reader, events, events, null, timer.Elapsed);
        }
#pragma warning disable CA1031 // As above.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new Outcome<object>(reader, null, events, exception, timer.Elapsed);
        }
    }

    /// <summary>Enumerates, adding to <paramref name="events"/> as it goes, so that the events before an error count.</summary>
    private static void Drain(IEnumerable<TimelineEvent> source, List<TimelineEvent> events)
    {
        foreach (var item in source)
        {
            events.Add(item);
        }
    }

    private static void Drain(IAsyncEnumerable<TimelineEvent> source, List<TimelineEvent> events)
    {
        // The streams complete every read at once, so the enumeration never waits and needs no thread of its own.
        var enumerator = source.GetAsyncEnumerator();
        try
        {
            while (Wait(enumerator.MoveNextAsync()))
            {
                events.Add(enumerator.Current);
            }
        }
        finally
        {
            Wait(enumerator.DisposeAsync());
        }
    }

    private static bool Wait(ValueTask<bool> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    private static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Decodes a document as text, or returns null when it is not valid UTF-8 (and decoding would change it).</summary>
    public static string? StrictText(byte[] document)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(document);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The lines of a document as <see cref="TimelineJson.ReadJsonLines(Stream, TimelineJsonOptions?)"/> splits them.</summary>
    public static IEnumerable<string> Lines(string text) => text.Split('\n').Select(line => line.TrimEnd('\r'));
}
