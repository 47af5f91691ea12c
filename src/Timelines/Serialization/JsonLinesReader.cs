using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace Timelines.Serialization;

/// <summary>Reads JSON Lines: one event object per line; blank lines are skipped.</summary>
internal static class JsonLinesReader
{
    public static async IAsyncEnumerable<TimelineEvent> ReadAsync(Stream stream, TimelineJsonOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var buffer = new StreamBuffer(stream, options.MaxEventBytes);
        var context = new ReadContext(options, shareValues: true);
        var lineNumber = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newLine = buffer.Data.IndexOf((byte)'\n');
            if (newLine < 0 && !buffer.IsFinal)
            {
                if (buffer.AtLimit)
                {
                    context.ErrorAt("$", lineNumber + 1, 1, string.Create(CultureInfo.InvariantCulture, $"The line is longer than the limit (MaxEventBytes = {options.MaxEventBytes})."));
                    throw context.ToException(default);
                }

                await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (newLine < 0 && buffer.Data.IsEmpty)
            {
                yield break;
            }

            var length = newLine < 0 ? buffer.Data.Length : newLine;
            lineNumber++;
            var item = ReadLine(buffer, length, lineNumber, context);
            buffer.Start += newLine < 0 ? length : length + 1;
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    private static TimelineEvent? ReadLine(StreamBuffer buffer, int length, long lineNumber, ReadContext context)
    {
        var line = buffer.Data[..length];
        if (line.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        var lineStart = buffer.BaseOffset + buffer.Start;
        context.BaseOffset = lineStart;
        TimelineEvent? item = null;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = context.Options.MaxDepth });
            reader.Read();
            item = TimelineJsonReader.ReadEvent(ref reader, context, -1);
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
}
