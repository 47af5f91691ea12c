using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text;
using System.Threading;
using System;
using Timelines.Serialization.Reading;
using Timelines.Serialization.Internal;

namespace Timelines.Serialization;

/// <summary>
/// Reads JSON Lines: one event object per line; blank lines are skipped. Each event is read, and its own rules
/// checked, by <see cref="EventReader.Read"/>, as in every other reader.
/// </summary>
internal static class JsonLinesReader
{
    public static async IAsyncEnumerable<TimelineEvent> ReadAsync(Stream stream, TimelineJsonOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new Lines(stream, options);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (lines.Step(out var item))
            {
                case StepResult.NeedMore:
                    await lines.Buffer.FillAsync(cancellationToken).ConfigureAwait(false);
                    break;
                case StepResult.Line when item is not null:
                    yield return item;
                    break;
                case StepResult.End:
                    yield break;
            }
        }
    }

    public static IEnumerable<TimelineEvent> Read(Stream stream, TimelineJsonOptions options)
    {
        using var lines = new Lines(stream, options);
        while (true)
        {
            switch (lines.Step(out var item))
            {
                case StepResult.NeedMore:
                    lines.Buffer.Fill();
                    break;
                case StepResult.Line when item is not null:
                    yield return item;
                    break;
                case StepResult.End:
                    yield break;
            }
        }
    }

    public static IEnumerable<TimelineEvent> Read(TextReader text, TimelineJsonOptions options)
    {
        var context = new ReadContext(options, shareValues: true);
        var lineNumber = 0L;
        var bytes = ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            while (text.ReadLine() is { } read)
            {
                lineNumber++;

                // A byte order mark decoded as text, as a StringReader keeps it: skipped, as the stream readers skip it.
                var line = lineNumber == 1 && read.StartsWith('\uFEFF') ? read[1..] : read;
                if (Utf8Text.UnencodableError(line, lineNumber) is { } error)
                {
                    throw new TimelineJsonException([error]);
                }

                var length = Encoding.UTF8.GetMaxByteCount(line.Length) <= bytes.Length ? -1 : Encoding.UTF8.GetByteCount(line);
                if (length > options.MaxEventBytes)
                {
                    throw TooLong(context, lineNumber, options);
                }

                if (length > bytes.Length)
                {
                    ArrayPool<byte>.Shared.Return(bytes);
                    bytes = ArrayPool<byte>.Shared.Rent(length);
                }

                length = Encoding.UTF8.GetBytes(line, bytes);
                if (length > options.MaxEventBytes)
                {
                    throw TooLong(context, lineNumber, options);
                }

                context.BaseOffset = 0;
                var item = ReadLine(bytes.AsSpan(0, length), lineStart: 0, lineNumber, context);
                if (item is not null)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static TimelineJsonException TooLong(ReadContext context, long lineNumber, TimelineJsonOptions options)
    {
        context.ErrorAt("$", lineNumber, 1, ReadMessages.LineTooLong(options.MaxEventBytes));
        return context.ToException(default);
    }

    /// <summary>Reads one line; <paramref name="lineStart"/> is its absolute offset, which the context's base offset must equal.</summary>
    private static TimelineEvent? ReadLine(ReadOnlySpan<byte> line, long lineStart, long lineNumber, ReadContext context)
    {
        if (line.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        TimelineEvent? item = null;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = context.Options.MaxDepth });
            reader.Read();
            item = EventReader.Read(ref reader, context, -1);
            if (context.Count == 0)
            {
                // Throws on anything after the event on the same line.
                reader.Read();
            }
        }
        catch (JsonException exception) when (exception is not TimelineJsonException)
        {
            context.SyntaxError(exception, lineNumber - 1);
        }

        if (context.Count > 0)
        {
            throw context.ToException(line, lineStart, lineNumber, lineStart);
        }

        return item;
    }

    private enum StepResult
    {
        NeedMore,
        Line,
        End,
    }

    /// <summary>The lines of a stream, split as they arrive; the search for each line's end resumes where it stopped.</summary>
    private sealed class Lines(Stream stream, TimelineJsonOptions options) : IDisposable
    {
        private readonly ReadContext context = new(options, shareValues: true);
        private long lineNumber;
        private int searched;

        public StreamBuffer Buffer { get; } = new(stream, options.MaxEventBytes);

        public void Dispose() => Buffer.Dispose();

        /// <summary>Reads the next line if the buffer holds all of it, or says that it needs more bytes or is at the end.</summary>
        public StepResult Step(out TimelineEvent? item)
        {
            item = null;
            if (lineNumber == 0 && !Buffer.SkipByteOrderMark())
            {
                return StepResult.NeedMore;
            }

            var data = Buffer.Data;
            var found = data[searched..].IndexOf((byte)'\n');
            var newLine = found < 0 ? -1 : searched + found;
            if (newLine < 0 && !Buffer.IsFinal)
            {
                searched = data.Length;
                if (Buffer.AtLimit)
                {
                    throw TooLong(context, lineNumber + 1, context.Options);
                }

                return StepResult.NeedMore;
            }

            if (newLine < 0 && data.IsEmpty)
            {
                return StepResult.End;
            }

            var length = newLine < 0 ? data.Length : newLine;
            lineNumber++;
            var lineStart = Buffer.BaseOffset + Buffer.Start;
            context.BaseOffset = lineStart;
            item = ReadLine(data[..length], lineStart, lineNumber, context);
            Buffer.Start += newLine < 0 ? length : length + 1;
            searched = 0;
            return StepResult.Line;
        }
    }
}
