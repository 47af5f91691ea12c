using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Timelines.Serialization;

namespace Timelines.Tool.Input;

/// <summary>
/// Reads a JSON Lines file with the library's own streaming reader (<see cref="TimelineJson.ReadJsonLines(Stream, TimelineJsonOptions?)"/>),
/// and goes on after a bad line, which the library does not: it stops at the first. Memory stays constant
/// whatever the file's size: one reader's buffer, and the events as they pass.
/// </summary>
/// <remarks>
/// The library reads ahead, so the tool cannot tell from its stream where a bad line ends. On a bad line it
/// therefore scans forward from where the current reader started to that line (the library names it), keeps
/// its bytes to count columns, and starts a new reader on the next line. A good file is read by one reader, as
/// the library reads it; the scan costs one more pass over the bytes before each bad line.
/// </remarks>
internal static class JsonLinesInput
{
    private const int ScanBufferSize = 64 * 1024;

    /// <summary>Reads the events of a file, in order.</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">Its name as the user gave it, for problems.</param>
    /// <param name="options">The library's limits.</param>
    /// <param name="meter">Where to record how far reading has got.</param>
    /// <param name="onBadLine">Called with the problems of each bad line; returns whether to go on reading.</param>
    /// <param name="cancellationToken">Stops reading between events.</param>
    /// <returns>The good lines' events.</returns>
    public static IEnumerable<TimelineEvent> Read(
        string path,
        string file,
        TimelineJsonOptions options,
        ProgressMeter meter,
        Func<IReadOnlyList<FileProblem>, bool> onBadLine,
        CancellationToken cancellationToken)
    {
        using var stream = InputFiles.OpenRead(path, file);
        meter.Total = stream.Length;
        var metered = new MeteredStream(stream, meter);
        long linesBefore = 0;
        long start = 0;
        while (true)
        {
            stream.Position = start;
            TimelineJsonException? failure = null;
            using (var events = TimelineJson.ReadJsonLines(metered, options).GetEnumerator())
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    TimelineEvent item;
                    try
                    {
                        if (!events.MoveNext())
                        {
                            break;
                        }

                        item = events.Current;
                    }
                    catch (TimelineJsonException exception)
                    {
                        failure = exception;
                        break;
                    }

                    yield return item;
                }
            }

            if (failure is null)
            {
                yield break;
            }

            var badLine = failure.Errors.IsEmpty ? 0 : failure.Errors.Max(e => e.Line);
            if (badLine <= 0)
            {
                // No line to go on after: report what the library said and stop reading this file.
                onBadLine(failure.Errors.Select(e => new FileProblem(file, 0, 0, 0, e.Path, e.Message)).ToList());
                yield break;
            }

            var lastByte = failure.Errors.Max(e => e.BytePosition);
            var (lineBytes, next) = FindLine(stream, start, badLine, lastByte);
            if (!onBadLine(ProblemPlacement.OnLine(file, lineBytes, linesBefore + badLine, failure.Errors)) || next < 0)
            {
                yield break;
            }

            linesBefore += badLine;
            start = next;
        }
    }

    /// <summary>
    /// Finds a line, counting from 1 at <paramref name="start"/>: returns up to <paramref name="keep"/> of its
    /// bytes, and the offset of the line after it, or -1 when it is the last.
    /// </summary>
    private static (byte[] Bytes, long Next) FindLine(Stream stream, long start, long line, long keep)
    {
        stream.Position = start;
        var buffer = new byte[ScanBufferSize];
        var kept = new List<byte>();
        var keepLimit = (int)Math.Clamp(keep, 0, int.MaxValue);
        long current = 1;
        var offset = start;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            var position = 0;
            while (position < span.Length)
            {
                var rest = span[position..];
                var newLine = rest.IndexOf((byte)'\n');
                var piece = newLine < 0 ? rest : rest[..newLine];
                if (current == line && kept.Count < keepLimit)
                {
                    kept.AddRange(piece[..Math.Min(piece.Length, keepLimit - kept.Count)].ToArray());
                }

                if (newLine < 0)
                {
                    break;
                }

                position += newLine + 1;
                if (current == line)
                {
                    return (kept.ToArray(), offset + position);
                }

                current++;
            }

            offset += read;
        }

        return (kept.ToArray(), -1);
    }
}
