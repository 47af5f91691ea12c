using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Timelines.Serialization;

namespace Timelines.Fuzzing;

/// <summary>
/// What every reader promises on any input (issue 14), checked on one document:
/// <list type="number">
/// <item>Only <see cref="TimelineJsonException"/> escapes (and, from <c>JsonSerializer</c>, its own
/// <see cref="JsonException"/> for JSON that is not well formed).</item>
/// <item>Every error has a JSON path and a line and byte inside the document.</item>
/// <item>The readers agree: the streaming readers accept what <c>Parse</c> accepts and give the same events,
/// whatever the sizes of their reads; <c>Load</c>, <c>Parse(string)</c> and the converter give what
/// <c>Parse(bytes)</c> gives; the JSON Lines readers agree with each other and with <c>ParseEvent</c>.</item>
/// <item>What is accepted is written back exactly: saved and read again it is equal, and saving again gives
/// the same bytes; events written as JSON Lines read back equal.</item>
/// </list>
/// The time limit is the runner's (<see cref="FuzzRun"/>), not a part of a test.
/// </summary>
internal sealed class ReaderContract
{
    private const int MaxLinesForParseEvent = 32;

    // Reads of one byte cost a few hundred nanoseconds each, which over a large document is time spent on calls,
    // not on reading; above this many reads, the smallest read grows with the document.
    private const int MostReads = 100_000;

    private readonly List<string> broken = [];
    private readonly byte[] document;
    private readonly Random random;
    private readonly LineBounds lines;

    private ReaderContract(byte[] document, Random random)
    {
        this.document = document;
        this.random = random;
        lines = new LineBounds(document);
    }

    /// <summary>Gets the reader that took longest, and how long; for the runner's hang detector.</summary>
    public (string Reader, TimeSpan Elapsed) Slowest { get; private set; }

    /// <summary>Checks the contract on one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="random">Chooses the sizes of the streams' reads.</param>
    /// <param name="slowest">The reader that took longest, and how long.</param>
    /// <returns>Every broken promise, as a sentence; none when the readers kept the contract.</returns>
    public static List<string> Check(byte[] document, Random random, out (string Reader, TimeSpan Elapsed) slowest)
    {
        var contract = new ReaderContract(document, random);
        contract.CheckAll();
        slowest = contract.Slowest;
        return contract.broken;
    }

    /// <summary>
    /// Runs <c>Parse</c>, a streaming reader and a JSON Lines reader on every document, and each other reader on a
    /// share of them (drawn from the generator), which over a long run still gives each many thousands of documents.
    /// </summary>
    private void CheckAll()
    {
        var whole = DocumentReaders.Parse(document);
        Judge(whole);
        if (whole.Value is { } timeline)
        {
            CheckRoundTrip(timeline);
        }

        var text = DocumentReaders.StrictText(document);
        if (text is not null && Sometimes(4))
        {
            var fromText = DocumentReaders.ParseText(text);
            Judge(fromText);
            Agree(whole, fromText);
        }

        if (Sometimes(2))
        {
            var loaded = DocumentReaders.Load(document, ReadSize());
            Judge(loaded);
            Agree(whole, loaded);
        }

        var (firstSplit, firstName) = Split();
        var streamed = DocumentReaders.EnumerateEvents(firstSplit, firstName);
        Judge(streamed);
        if (whole.Accepted != streamed.Accepted || (whole.Accepted && !streamed.Events.SequenceEqual(whole.Events)))
        {
            broken.Add($"Disagreement: {whole.Describe()}, but {streamed.Describe()}.");
        }

        if (Sometimes(2))
        {
            var streamedWhole = DocumentReaders.EnumerateEvents(SplitStream.Fixed(document, document.Length + 1), "one read");
            Judge(streamedWhole);
            SameStream(streamed, streamedWhole);
        }

        // Inside a caller's document, a byte order mark and the literal null are the serializer's to judge: it
        // refuses the one and gives null for the other without calling the converter.
        if (Sometimes(2) && !document.AsSpan().StartsWith(ByteOrderMark) && !IsNull(document))
        {
            var deserialized = DocumentReaders.Deserialize(document);
            Judge(deserialized, serializerMayThrow: true);
            if (whole.Accepted != deserialized.Accepted || (whole.Value is { } parsed && !parsed.Equals(deserialized.Value)))
            {
                broken.Add($"Disagreement: {whole.Describe()}, but {deserialized.Describe()}.");
            }
        }

        CheckJsonLines(text);
    }

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static bool IsNull(byte[] document) => document.AsSpan().Trim(" \t\r\n"u8).SequenceEqual("null"u8);

    private bool Sometimes(int oneIn) => random.Next(oneIn) == 0;

    private void CheckJsonLines(string? text)
    {
        var (split, name) = Split();
        var sync = DocumentReaders.ReadJsonLines(split, name);
        Judge(sync);
        if (Sometimes(2))
        {
            var (otherSplit, otherName) = Split();
            var async = DocumentReaders.ReadJsonLinesAsync(otherSplit, otherName);
            Judge(async);
            SameStream(sync, async);
        }

        if (text is not null && !text.Contains('\r', StringComparison.Ordinal) && Sometimes(4))
        {
            // A TextReader also ends lines at a lone \r, so the two agree only without one.
            var fromText = DocumentReaders.ReadJsonLines(text);
            Judge(fromText);
            SameStream(sync, fromText);
        }

        if (sync.Accepted && sync.Events.Count > 0)
        {
            using var written = new MemoryStream();
            TimelineJson.WriteJsonLines(sync.Events, written);
            var again = DocumentReaders.ReadJsonLines(new MemoryStream(written.ToArray()), "written");
            if (!again.Accepted || !again.Events.SequenceEqual(sync.Events))
            {
                broken.Add($"JSON Lines round trip: {sync.Describe()}, but written and read again: {again.Describe()}.");
            }
        }

        if (text is null || !Sometimes(4))
        {
            return;
        }

        // The JSON Lines readers skip a byte order mark at the start, then blank lines.
        var numbered = DocumentReaders.Lines(text.StartsWith('\uFEFF') ? text[1..] : text).Select((line, index) => (Line: line, Number: index + 1)).Where(l => l.Line.Trim(' ', '\t', '\r').Length > 0).ToList();
        if (numbered.Count > MaxLinesForParseEvent)
        {
            return;
        }

        var agreed = 0;
        foreach (var (line, number) in numbered)
        {
            var one = DocumentReaders.ParseEvent(line);
            Judge(one, inDocument: false);
            if (!one.Accepted)
            {
                // The JSON Lines readers stop at the first bad line; ParseEvent must reject that one too.
                if (sync.Accepted || sync.Events.Count > agreed)
                {
                    broken.Add($"Disagreement on line {number}: {one.Describe()}, but {sync.Describe()}.");
                }

                return;
            }

            if (sync.Events.Count <= agreed || !sync.Events[agreed].Equals(one.Value))
            {
                broken.Add($"Disagreement on line {number}: {one.Describe()}, but {sync.Describe()}.");
                return;
            }

            agreed++;
        }
    }

    private void CheckRoundTrip(Timeline timeline)
    {
        foreach (var options in (TimelineJsonOptions[])[TimelineJsonOptions.Default, new TimelineJsonOptions { Indented = true, WriteBounds = true }])
        {
            var saved = TimelineJson.ToUtf8Bytes(timeline, options);
            var again = DocumentReaders.Parse(saved);
            if (again.Value is not { } reloaded)
            {
                broken.Add($"Round trip: the document loads, but what it saves does not: {again.Describe()}.");
                continue;
            }

            if (!reloaded.Equals(timeline))
            {
                broken.Add("Round trip: the document loads, but what it saves reloads to a different timeline.");
            }

            if (!TimelineJson.ToUtf8Bytes(reloaded, options).AsSpan().SequenceEqual(saved))
            {
                broken.Add("Round trip: saving the reloaded timeline gives other bytes.");
            }
        }

        using var stream = new MemoryStream();
        TimelineJson.Write(timeline, stream);
        if (!stream.ToArray().AsSpan().SequenceEqual(TimelineJson.ToUtf8Bytes(timeline)))
        {
            broken.Add("Round trip: Save and ToUtf8Bytes give different bytes.");
        }
    }

    /// <summary>Checks what a reader threw, and that every error it listed has a place in the document.</summary>
    private void Judge<T>(Outcome<T> outcome, bool serializerMayThrow = false, bool inDocument = true)
    {
        if (outcome.Elapsed > Slowest.Elapsed)
        {
            Slowest = (outcome.Reader, outcome.Elapsed);
        }

        switch (outcome.Exception)
        {
            case null:
                return;
            case TimelineJsonException rejected:
                if (rejected.Errors.IsEmpty)
                {
                    broken.Add($"{outcome.Reader} threw a TimelineJsonException without errors: {rejected.Message}");
                }

                foreach (var error in rejected.Errors)
                {
                    if (!error.Path.StartsWith('$') || error.Message.Length == 0)
                    {
                        broken.Add($"{outcome.Reader} gave an error without a path or a message: {error}");
                    }
                    else if (error.Line < 1 || error.BytePosition < 1)
                    {
                        broken.Add($"{outcome.Reader} gave an error without a position: {error}");
                    }
                    else if (inDocument && !lines.Contains(error.Line, error.BytePosition))
                    {
                        broken.Add($"{outcome.Reader} gave an error outside the document: {error}");
                    }
                }

                return;
            case JsonException when serializerMayThrow:
                return;
            default:
                broken.Add($"{outcome.Describe()}{Environment.NewLine}{outcome.Exception}");
                return;
        }
    }

    /// <summary>Checks that two readers given the same bytes gave the same timeline, or the same errors.</summary>
    private void Agree(Outcome<Timeline> expected, Outcome<Timeline> actual)
    {
        var same = expected.Accepted == actual.Accepted
            && (expected.Value is not { } value || value.Equals(actual.Value))
            && expected.Errors.SequenceEqual(actual.Errors);
        if (!same)
        {
            broken.Add($"Disagreement: {expected.Describe()}, but {actual.Describe()}.");
        }
    }

    /// <summary>Checks that a streaming reader gave the same events and errors whatever the sizes of its reads.</summary>
    private void SameStream(Outcome<object> expected, Outcome<object> actual)
    {
        if (expected.Accepted != actual.Accepted || !expected.Events.SequenceEqual(actual.Events) || !expected.ComparableErrors.SequenceEqual(actual.ComparableErrors))
        {
            broken.Add($"The sizes of reads changed the outcome: {expected.Describe()}, but {actual.Describe()}.");
        }
    }

    private (Stream Stream, string Name) Split()
    {
        var smallest = 1 + (document.Length / MostReads);
        if (random.Next(4) == 0)
        {
            var seed = random.Next();
            var largest = smallest + 63;
            return (SplitStream.Varying(document, largest, seed), $"reads of 1 to {largest} bytes, seed {seed}");
        }

        var size = ReadSize();
        return (SplitStream.Fixed(document, size), $"reads of {size}");
    }

    /// <summary>Chooses a read size: often small, where the streaming readers work hardest, but any size up to the whole.</summary>
    private int ReadSize()
    {
        var smallest = 1 + (document.Length / MostReads);
        return random.Next(3) switch
        {
            0 => random.Next(smallest, smallest + 16),
            1 => random.Next(smallest, smallest + 256),
            _ => random.Next(smallest, document.Length + 2),
        };
    }

    /// <summary>The length of each line of a document, to check that an error's position lies inside it.</summary>
    private sealed class LineBounds(byte[] document)
    {
        private readonly int[] lengths = Lengths(document);

        public bool Contains(long line, long bytePosition) =>
            line <= lengths.Length && bytePosition <= lengths[line - 1] + 1;

        private static int[] Lengths(byte[] document)
        {
            var result = new List<int>();
            var start = 0;
            for (var i = 0; i <= document.Length; i++)
            {
                if (i == document.Length || document[i] == (byte)'\n')
                {
                    result.Add(i - start);
                    start = i + 1;
                }
            }

            return [.. result];
        }
    }
}
