using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text;
using System.Threading.Tasks;
using System.Threading;
using System;
using Timelines.Serialization.Internal;
using Timelines.Serialization.Reading;

namespace Timelines.Serialization;

/// <summary>
/// Reads and writes timelines in the JSON format <c>timeline/1</c> (see docs/json-format.md): from and to strings,
/// UTF-8 bytes, streams and files, whole or one event at a time, and events as JSON Lines.
/// </summary>
/// <remarks>
/// <para>
/// Reading checks everything a <see cref="TimelineBuilder"/> checks and more (JSON syntax, types, EDTF, required
/// properties, limits) and throws a <see cref="TimelineJsonException"/> listing every error with its JSON path,
/// line and byte; nothing half-read is returned. Writing is deterministic: the same timeline gives the same bytes.
/// </para>
/// <para>
/// The code is hand-written over <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/>: no reflection,
/// safe for trimming and native AOT.
/// </para>
/// <threadsafety>All members are thread-safe.</threadsafety>
/// </remarks>
public static partial class TimelineJson
{
    /// <summary>The value of the <c>format</c> property that this version reads and writes.</summary>
    public const string FormatVersion = TimelineReader.FormatVersion;

    private const int FileBufferSize = 64 * 1024;

    /// <summary>Reads a timeline from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="TimelineJsonException">
    /// The document is not a valid timeline; every error is listed. Text holding half of a surrogate pair without
    /// the other half is refused, as it has no UTF-8 form (positions count UTF-8 bytes, as for the other inputs).
    /// </exception>
    public static Timeline Parse(string json, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Utf8Text.UnencodableError(json) is { } error)
        {
            throw new TimelineJsonException([error]);
        }

        var count = Encoding.UTF8.GetByteCount(json);
        var rented = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            return Parse(rented.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads a timeline from UTF-8 JSON; a byte order mark at the start is skipped.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="TimelineJsonException">The document is not a valid timeline; every error is listed.</exception>
    public static Timeline Parse(ReadOnlySpan<byte> utf8Json, TimelineJsonOptions? options = null) =>
        TimelineReader.ReadTimeline(SkipBom(utf8Json), options ?? TimelineJsonOptions.Default);

    /// <summary>Reads a timeline from a stream of UTF-8 JSON, to its end. The stream is not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="TimelineJsonException">The document is not a valid timeline, or is larger than <see cref="TimelineJsonOptions.MaxDocumentBytes"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Timeline Read(Stream utf8Json, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= TimelineJsonOptions.Default;
        var (buffer, length) = (ArrayPool<byte>.Shared.Rent(InitialSize(utf8Json, options)), 0);
        try
        {
            int read;
            while ((read = utf8Json.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                buffer = GrowIfFull(buffer, length, options);
            }

            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a timeline from a stream of UTF-8 JSON, to its end, without blocking on I/O. The stream is not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="TimelineJsonException">The document is not a valid timeline, or is larger than <see cref="TimelineJsonOptions.MaxDocumentBytes"/>.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<Timeline> ReadAsync(Stream utf8Json, TimelineJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= TimelineJsonOptions.Default;
        var (buffer, length) = (ArrayPool<byte>.Shared.Rent(InitialSize(utf8Json, options)), 0);
        try
        {
            int read;
            while ((read = await utf8Json.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                buffer = GrowIfFull(buffer, length, options);
            }

            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a timeline from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="TimelineJsonException">The document is not a valid timeline.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Timeline ReadFile(string path, TimelineJsonOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan);
        return Read(stream, options);
    }

    /// <summary>Reads a timeline from a UTF-8 JSON file without blocking on I/O.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="TimelineJsonException">The document is not a valid timeline.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<Timeline> ReadFileAsync(string path, TimelineJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a timeline as JSON text.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">Indentation and bounds; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string ToJson(Timeline timeline, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        using var output = WritePooled(timeline, options ?? TimelineJsonOptions.Default);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>Writes a timeline as UTF-8 JSON, without a byte order mark.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">Indentation and bounds; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static byte[] ToUtf8Bytes(Timeline timeline, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        using var output = WritePooled(timeline, options ?? TimelineJsonOptions.Default);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Writes a timeline as UTF-8 JSON to a stream. The stream is flushed, not closed.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Indentation and bounds; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(Timeline timeline, Stream utf8Json, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= TimelineJsonOptions.Default;
        using var writer = new Utf8JsonWriter(utf8Json, TimelineJsonWriter.WriterOptions(options.Indented));
        TimelineJsonWriter.WriteTimeline(writer, timeline, options, flush: true);
        utf8Json.Flush();
    }

    /// <summary>Writes a timeline as UTF-8 JSON to a stream without blocking on I/O. The stream is flushed, not closed.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Indentation and bounds; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteAsync(Timeline timeline, Stream utf8Json, TimelineJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= TimelineJsonOptions.Default;
        var writer = new Utf8JsonWriter(utf8Json, TimelineJsonWriter.WriterOptions(options.Indented));
        await using (writer.ConfigureAwait(false))
        {
            await TimelineJsonWriter.WriteTimelineAsync(writer, timeline, options, cancellationToken).ConfigureAwait(false);
        }

        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a timeline to a file atomically: to a temporary file in the same folder, flushed to disk, then
    /// renamed over the target, so that a crash leaves either the old file or the new one, never a truncated one.
    /// </summary>
    /// <remarks>
    /// A save that fails deletes its temporary file. A process killed during a save cannot, and leaves it beside
    /// the target, named <c>.{file name}.{32 hexadecimal digits}.tmp</c>; the next save to the same path deletes
    /// every such file that no other save is still writing (each save keeps its file locked until it is renamed).
    /// Only empty ones, which a crash can leave before the first byte is written, are left alone, as a save that
    /// has only just created its file cannot be told from them.
    /// </remarks>
    /// <param name="timeline">The timeline.</param>
    /// <param name="path">The file's path; its folder must exist.</param>
    /// <param name="options">Indentation and bounds; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be written (a <see cref="DirectoryNotFoundException"/> when its folder does not exist); the message names <paramref name="path"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written; the message names <paramref name="path"/>.</exception>
    public static void WriteFile(Timeline timeline, string path, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var (target, temporary) = TemporaryFor(path);
        try
        {
            SafeFile.RemoveAbandoned(target);
            using var stream = SafeFile.Create(temporary, FileBufferSize, FileOptions.None);
            try
            {
                Write(timeline, stream, options);
                stream.Flush(flushToDisk: true);

                // Renamed while still open, and so locked, so that no other save takes it for an abandoned one.
                File.Move(temporary, target, overwrite: true);
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw SafeFile.Failed(target, exception);
        }
    }

    /// <summary>Writes a timeline to a file atomically (see <see cref="WriteFile"/>) without blocking on I/O.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="path">The file's path; its folder must exist.</param>
    /// <param name="options">Indentation and bounds; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the write; the target is then left as it was.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be written (a <see cref="DirectoryNotFoundException"/> when its folder does not exist); the message names <paramref name="path"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written; the message names <paramref name="path"/>.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteFileAsync(Timeline timeline, string path, TimelineJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var (target, temporary) = TemporaryFor(path);
        try
        {
            SafeFile.RemoveAbandoned(target);
            var stream = SafeFile.Create(temporary, FileBufferSize, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    await WriteAsync(timeline, stream, options, cancellationToken).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                    cancellationToken.ThrowIfCancellationRequested();
                    File.Move(temporary, target, overwrite: true);
                }
                catch
                {
                    TryDelete(temporary);
                    throw;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw SafeFile.Failed(target, exception);
        }
    }

    /// <summary>
    /// Reads the events of a timeline document one at a time, holding only the current event in memory, for
    /// documents too large to load whole. The stream is not closed.
    /// </summary>
    /// <remarks>
    /// Each event is checked as it is read (its fields, its own rules, and that its id is new), and each
    /// timeline-level property too; relations to events that come later, and required properties that never came,
    /// are checked at the end. Every error has a line and byte. The work is linear in the input whatever sizes the
    /// stream's reads return. An error throws a
    /// <see cref="TimelineJsonException"/> when it is met, so events before it have already been returned.
    /// Unlike <see cref="Parse(ReadOnlySpan{byte}, TimelineJsonOptions?)"/>, it reports the errors of that one
    /// event only, not every error of the document: the caller has already acted on the events before it, and
    /// reading on to the end of a stream that may be very large, only to list more errors, would delay the
    /// failure by the whole rest of the stream.
    /// Arguments are checked at the call; reading starts at the first <c>MoveNextAsync</c>.
    /// </remarks>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.MaxEventBytes"/> bounds each event.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static IAsyncEnumerable<TimelineEvent> ReadEventsAsync(Stream utf8Json, TimelineJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Enumerate(utf8Json, options ?? TimelineJsonOptions.Default, cancellationToken);

        static async IAsyncEnumerable<TimelineEvent> Enumerate(Stream stream, TimelineJsonOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var reader = new EventStreamReader(stream, options);
            await foreach (var item in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>Returns the JSON Schema (draft 2020-12) of the format, <c>timeline.schema.json</c>, which also ships as a content file.</summary>
    /// <returns>The schema's JSON text.</returns>
    public static string GetSchema()
    {
        using var stream = typeof(TimelineJson).Assembly.GetManifestResourceStream("Timelines.Serialization.timeline.schema.json")
            ?? throw new InvalidOperationException("The schema resource is missing from the assembly.");
        using var text = new StreamReader(stream, Encoding.UTF8);
        return text.ReadToEnd();
    }

    /// <summary>Writes a timeline into pooled memory; the caller copies what it needs and disposes the writer.</summary>
    private static PooledBufferWriter WritePooled(Timeline timeline, TimelineJsonOptions options)
    {
        var output = new PooledBufferWriter((int)Math.Min(256 + (timeline.Count * 512L), Array.MaxLength));
        try
        {
            using var writer = new Utf8JsonWriter(output, TimelineJsonWriter.WriterOptions(options.Indented));
            TimelineJsonWriter.WriteTimeline(writer, timeline, options, flush: true);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    private static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;

    private static int InitialSize(Stream stream, TimelineJsonOptions options)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > options.MaxDocumentBytes)
            {
                throw TooLarge(remaining, options);
            }

            return (int)Math.Clamp(remaining + 1, 1, Array.MaxLength);
        }

        return 64 * 1024;
    }

    private static byte[] GrowIfFull(byte[] buffer, int length, TimelineJsonOptions options)
    {
        if (length > options.MaxDocumentBytes)
        {
            throw TooLarge(length, options);
        }

        if (length < buffer.Length)
        {
            return buffer;
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static TimelineJsonException TooLarge(long length, TimelineJsonOptions options) =>
        new([new TimelineJsonError("$", 0, 0, ReadMessages.DocumentTooLargeAtLeast(length, options.MaxDocumentBytes))]);

    private static (string Target, string Temporary) TemporaryFor(string path)
    {
        var target = Path.GetFullPath(path);
        _ = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        return (target, SafeFile.TemporaryFor(target));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original error matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
