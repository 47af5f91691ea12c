using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using System.Threading;
using System;
using Timelines.Serialization.Reading;

namespace Timelines.Serialization;

/// <content>JSON Lines: one event per line, for logs and pipelines.</content>
public static partial class TimelineJson
{
    /// <summary>
    /// Reads events from JSON Lines (one event object per line, <c>\n</c> or <c>\r\n</c> line ends; blank lines
    /// skipped). Each event is checked alone, its fields and its own rules, as every reader checks them: ids may
    /// repeat and relations are not resolved, as in a log.
    /// </summary>
    /// <param name="utf8JsonLines">The stream. It is not closed.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.MaxEventBytes"/> bounds each line.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events, in order. A bad line throws a <see cref="TimelineJsonException"/> naming its line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    public static IAsyncEnumerable<TimelineEvent> ReadJsonLinesAsync(Stream utf8JsonLines, TimelineJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        return JsonLinesReader.ReadAsync(utf8JsonLines, options ?? TimelineJsonOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Reads events from JSON Lines in UTF-8, blocking on I/O, as <see cref="ReadJsonLinesAsync"/> does: one event
    /// object per line, <c>\n</c> or <c>\r\n</c> line ends, blank lines skipped, each event checked alone.
    /// </summary>
    /// <remarks>
    /// Lazy: each line is read when the enumeration reaches it, so a large stream is never held whole. A bad line
    /// throws a <see cref="TimelineJsonException"/> naming its line when the enumeration reaches it, after the
    /// events before it have been returned.
    /// </remarks>
    /// <param name="utf8JsonLines">The stream. It is not closed.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.MaxEventBytes"/> bounds each line.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    public static IEnumerable<TimelineEvent> ReadJsonLines(Stream utf8JsonLines, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        return JsonLinesReader.Read(utf8JsonLines, options ?? TimelineJsonOptions.Default);
    }

    /// <summary>
    /// Reads events from JSON Lines text, such as a <see cref="StringReader"/>: one event object per line as
    /// <see cref="TextReader.ReadLine"/> splits them (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), blank lines skipped,
    /// each event checked alone.
    /// </summary>
    /// <remarks>
    /// Lazy, as <see cref="ReadJsonLines(Stream, TimelineJsonOptions?)"/> is. Byte positions in errors count the
    /// UTF-8 bytes of the line. A line longer than <see cref="TimelineJsonOptions.MaxEventBytes"/> in UTF-8 is
    /// rejected, though <see cref="TextReader.ReadLine"/> has already read it whole.
    /// </remarks>
    /// <param name="jsonLines">The text. It is not closed.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.MaxEventBytes"/> bounds each line.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jsonLines"/> is null.</exception>
    public static IEnumerable<TimelineEvent> ReadJsonLines(TextReader jsonLines, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        return JsonLinesReader.Read(jsonLines, options ?? TimelineJsonOptions.Default);
    }

    /// <summary>Writes events as JSON Lines: each event compact on one line, ended by <c>\n</c>.</summary>
    /// <param name="events">The events.</param>
    /// <param name="utf8JsonLines">The stream. It is flushed, not closed.</param>
    /// <param name="options">Whether to write bounds; indentation is ignored.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJsonLines(IEnumerable<TimelineEvent> events, Stream utf8JsonLines, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        options ??= TimelineJsonOptions.Default;
        using var writer = new Utf8JsonWriter(utf8JsonLines, TimelineJsonWriter.WriterOptions(indented: false));
        foreach (var item in events)
        {
            WriteLine(writer, item, options, utf8JsonLines);
        }

        utf8JsonLines.Flush();
    }

    /// <summary>Writes events as JSON Lines without blocking on I/O.</summary>
    /// <param name="events">The events.</param>
    /// <param name="utf8JsonLines">The stream. It is flushed, not closed.</param>
    /// <param name="options">Whether to write bounds; indentation is ignored.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every event is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteJsonLinesAsync(IAsyncEnumerable<TimelineEvent> events, Stream utf8JsonLines, TimelineJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        options ??= TimelineJsonOptions.Default;
        var writer = new Utf8JsonWriter(utf8JsonLines, TimelineJsonWriter.WriterOptions(indented: false));
        await using (writer.ConfigureAwait(false))
        {
            await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                TimelineJsonWriter.WriteEvent(writer, item, options);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                await utf8JsonLines.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
                writer.Reset();
            }
        }

        await utf8JsonLines.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes events as JSON Lines without blocking on I/O.</summary>
    /// <param name="events">The events.</param>
    /// <param name="utf8JsonLines">The stream. It is flushed, not closed.</param>
    /// <param name="options">Whether to write bounds; indentation is ignored.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every event is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteJsonLinesAsync(IEnumerable<TimelineEvent> events, Stream utf8JsonLines, TimelineJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        options ??= TimelineJsonOptions.Default;
        var writer = new Utf8JsonWriter(utf8JsonLines, TimelineJsonWriter.WriterOptions(indented: false));
        await using (writer.ConfigureAwait(false))
        {
            foreach (var item in events)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TimelineJsonWriter.WriteEvent(writer, item, options);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                await utf8JsonLines.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
                writer.Reset();
            }
        }

        await utf8JsonLines.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one event as compact JSON, as embedded in a document or on a JSON Lines line.</summary>
    /// <param name="item">The event.</param>
    /// <param name="options">Whether to write bounds and indent; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static string ToJson(TimelineEvent item, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        options ??= TimelineJsonOptions.Default;
        var output = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(output, TimelineJsonWriter.WriterOptions(options.Indented)))
        {
            TimelineJsonWriter.WriteEvent(writer, item, options);
        }

        return System.Text.Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>
    /// Reads one event from JSON text. The event's fields and its own rules are checked, as every reader checks
    /// them; the rules between the events of a timeline (unique ids, relation targets) are not.
    /// </summary>
    /// <param name="json">The JSON text of one event object.</param>
    /// <param name="options">Limits; <see cref="TimelineJsonOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="TimelineJsonException">The text is not a valid event; every error is listed.</exception>
    public static TimelineEvent ParseEvent(string json, TimelineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Utf8Text.UnencodableError(json) is { } error)
        {
            throw new TimelineJsonException([error]);
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var context = new ReadContext(options ?? TimelineJsonOptions.Default);
        TimelineEvent? item = null;
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = context.Options.MaxDepth });
            reader.Read();
            item = EventReader.Read(ref reader, context, -1);
            if (context.Count == 0)
            {
                reader.Read();
            }
        }
        catch (JsonException exception) when (exception is not TimelineJsonException)
        {
            context.SyntaxError(exception);
        }

        return context.Count > 0 ? throw context.ToException(bytes) : item!;
    }

    private static readonly byte[] NewLine = [(byte)'\n'];

    private static void WriteLine(Utf8JsonWriter writer, TimelineEvent item, TimelineJsonOptions options, Stream stream)
    {
        TimelineJsonWriter.WriteEvent(writer, item, options);
        writer.Flush();
        stream.Write(NewLine);
        writer.Reset();
    }
}
