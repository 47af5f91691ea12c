using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System;
using Timelines.Serialization.Internal;
using Timelines.Serialization.Reading;

namespace Timelines.Serialization;

/// <summary>
/// Reads the events of a timeline document one at a time from a stream, holding at most one event (and what
/// the stream delivered with it) in memory. Each step works on a complete unit only (the document's opening
/// brace, a timeline-level property, an event), which a <see cref="UnitScanner"/> says is there.
/// </summary>
/// <remarks>
/// The work is linear in the input whatever the sizes of the reads: the scanner looks at each byte once, and the
/// JSON reader sees a unit when it is complete, at the end of the stream, at the limit, or, to find a syntax error
/// without waiting for the end, each time the unread data has doubled.
/// Every error has a position: what is checked at the end of the document (required properties, relations to
/// events that came later) was located while its bytes were still at hand.
/// </remarks>
internal sealed class EventStreamReader : IDisposable
{
    private const int FirstProbe = 4096;

    private readonly StreamBuffer buffer;
    private readonly ReadContext context;
    private readonly TimelineHeader header = new();
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<(string Path, long Line, long Byte, string Target)> forwardRelations = [];
    private JsonReaderState state;
    private UnitScanner scanner;
    private Phase phase;
    private int eventIndex;
    private long probeAt = FirstProbe;
    private (long Line, long Byte) documentStart;

    public EventStreamReader(Stream stream, TimelineJsonOptions options)
    {
        buffer = new StreamBuffer(stream, options.MaxEventBytes);
        context = new ReadContext(options, shareValues: true);
        state = new JsonReaderState(new JsonReaderOptions { MaxDepth = options.MaxDepth });
    }

    private enum Phase
    {
        Start,
        Properties,
        Events,
        Trailing,
        Done,
    }

    /// <summary>Gets the number of bytes handed to <see cref="Utf8JsonReader"/> so far, for tests that the work stays linear.</summary>
    public long TokenizedBytes { get; private set; }

    public async IAsyncEnumerable<TimelineEvent> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (phase != Phase.Done)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Step(out var item))
            {
                if (item is not null)
                {
                    yield return item;
                }

                continue;
            }

            if (buffer.IsFinal)
            {
                ThrowAt(-1, buffer.BaseOffset + buffer.End, ReadMessages.DocumentEndsEarly);
            }

            if (buffer.AtLimit)
            {
                ThrowAt(
                    phase == Phase.Events ? eventIndex : -1,
                    buffer.BaseOffset + buffer.Start,
                    ReadMessages.EventTooLarge(context.Options.MaxEventBytes));
            }

            await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
        }

        Finish();
    }

    public void Dispose() => buffer.Dispose();

    /// <summary>Takes one step; returns false when more bytes are needed.</summary>
    private bool Step(out TimelineEvent? item)
    {
        item = null;
        if (phase == Phase.Start && !buffer.SkipByteOrderMark())
        {
            return false;
        }

        var data = buffer.Data;
        var unit = phase switch
        {
            Phase.Properties => StreamUnit.Property,
            Phase.Events => StreamUnit.Value,
            _ => StreamUnit.Token,
        };
        if (!scanner.Scan(data, unit) && !buffer.IsFinal && !buffer.AtLimit && data.Length < probeAt)
        {
            return false;
        }

        probeAt = Math.Max(FirstProbe, 2L * data.Length);
        TokenizedBytes += data.Length;
        var reader = new Utf8JsonReader(data, buffer.IsFinal, state);
        context.BaseOffset = buffer.BaseOffset + buffer.Start;
        try
        {
            var done = phase switch
            {
                Phase.Start => StepStart(ref reader),
                Phase.Properties => StepProperty(ref reader),
                Phase.Events => StepEvent(ref reader, out item),
                _ => StepTrailing(ref reader),
            };
            if (!done)
            {
                return false;
            }
        }
        catch (JsonException exception) when (exception is not TimelineJsonException)
        {
            context.CurrentEvent = phase == Phase.Events ? eventIndex : -1;
            context.SyntaxError(exception);
            throw context.ToException(default);
        }

        Consume(ref reader);
        return true;
    }

    /// <summary>Moves past what the reader consumed, which starts a new unit.</summary>
    private void Consume(ref Utf8JsonReader reader)
    {
        if (reader.BytesConsumed > 0)
        {
            buffer.Start += (int)reader.BytesConsumed;
            scanner.Reset();
            probeAt = Math.Max(FirstProbe, 2L * buffer.Data.Length);
        }

        state = reader.CurrentState;
    }

    private bool StepStart(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            // Only white space so far: moving past it keeps it from being read again.
            Consume(ref reader);
            return false;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            ThrowAt(-1, context.BaseOffset + reader.TokenStartIndex, ReadMessages.NotAnObject("A timeline document", reader.TokenType));
        }

        header.Start = context.BaseOffset + reader.TokenStartIndex;
        documentStart = buffer.PositionOf(header.Start);
        phase = Phase.Properties;
        return true;
    }

    private bool StepTrailing(ref Utf8JsonReader reader)
    {
        // The reader throws on anything but white space after the document.
        if (!reader.Read() && !buffer.IsFinal)
        {
            Consume(ref reader);
            return false;
        }

        phase = Phase.Done;
        return true;
    }

    private bool StepProperty(ref Utf8JsonReader reader)
    {
        var probe = reader;
        if (!probe.Read())
        {
            Consume(ref probe);
            return false;
        }

        if (probe.TokenType == JsonTokenType.EndObject)
        {
            reader = probe;
            phase = Phase.Trailing;
            return true;
        }

        var nameOffset = probe.TokenStartIndex;
        var name = TimelineReader.HeaderName(ref probe, context);
        ThrowIfErrors();
        if (!probe.Read())
        {
            return false;
        }

        if (name == PropertyNames.Timeline.Events)
        {
            header.Mark(PropertyNames.Timeline.Events, nameOffset, context);
            ThrowIfErrors();
            if (probe.TokenType == JsonTokenType.Null)
            {
                // As in a whole document: no events.
                reader = probe;
                return true;
            }

            if (probe.TokenType != JsonTokenType.StartArray)
            {
                ThrowAt(-1, context.BaseOffset + probe.TokenStartIndex, ReadMessages.Expected("an array of events", probe.TokenType), PropertyNames.Timeline.Events);
            }

            reader = probe;
            phase = Phase.Events;
            return true;
        }

        var valueStart = probe.TokenStartIndex;
        if (!probe.TrySkip())
        {
            return false;
        }

        // The value is complete: read it with a reader of its own, which (being final) can skip what it must.
        var valueReader = new Utf8JsonReader(buffer.Data[(int)valueStart..(int)probe.BytesConsumed], new JsonReaderOptions { MaxDepth = context.Options.MaxDepth });
        valueReader.Read();
        var baseOffset = context.BaseOffset;
        context.BaseOffset = baseOffset + valueStart;
        TimelineReader.ReadHeaderValue(ref valueReader, context, header, name, nameOffset - valueStart);
        context.BaseOffset = baseOffset;
        ThrowIfErrors();
        reader = probe;
        return true;
    }

    private bool StepEvent(ref Utf8JsonReader reader, out TimelineEvent? item)
    {
        item = null;
        var probe = reader;
        if (!probe.Read())
        {
            Consume(ref probe);
            return false;
        }

        if (probe.TokenType == JsonTokenType.EndArray)
        {
            reader = probe;
            phase = Phase.Properties;
            return true;
        }

        var start = probe.TokenStartIndex;
        if (!probe.TrySkip())
        {
            return false;
        }

        item = ReadEvent((int)start, (int)probe.BytesConsumed);
        reader = probe;
        return true;
    }

    /// <summary>Reads the complete event between two offsets of the unconsumed data, with a reader of its own.</summary>
    private TimelineEvent? ReadEvent(int start, int end)
    {
        var eventBytes = buffer.Data[start..end];
        var reader = new Utf8JsonReader(eventBytes, new JsonReaderOptions { MaxDepth = context.Options.MaxDepth });
        reader.Read();
        var baseOffset = context.BaseOffset;
        context.BaseOffset = baseOffset + start;
        context.CurrentEvent = eventIndex;
        var item = EventReader.Read(ref reader, context, eventIndex);
        if (item is not null)
        {
            if (TimelineValidator.AddId(ids, item.Id, eventIndex) is { } duplicate)
            {
                context.ErrorAtField(eventIndex, duplicate.Field, 0, duplicate.Message);
            }

            ThrowIfErrors();
            NoteForwardRelations(item, eventBytes, context.BaseOffset);
        }

        ThrowIfErrors();
        context.BaseOffset = baseOffset;
        eventIndex++;
        context.CurrentEvent = -1;
        return item;
    }

    /// <summary>
    /// Remembers the relations to events not seen yet, to check at the end, with their positions found now, while
    /// the event's bytes are at hand: all in one pass over the event.
    /// </summary>
    private void NoteForwardRelations(TimelineEvent item, ReadOnlySpan<byte> eventBytes, long eventOffset)
    {
        var forward = new List<(FieldPath Field, string Target)>();
        for (var i = 0; i < item.Relations.Length; i++)
        {
            if (!ids.ContainsKey(item.Relations[i].TargetId))
            {
                forward.Add((new FieldPath("relations", i, "targetId"), item.Relations[i].TargetId));
            }
        }

        for (var i = 0; i < item.Constraints.Length; i++)
        {
            if (item.Constraints[i].TargetId is { } target && !ids.ContainsKey(target))
            {
                forward.Add((new FieldPath("constraints", i, "targetId"), target));
            }
        }

        if (forward.Count == 0)
        {
            return;
        }

        var fields = new FieldPath[forward.Count];
        var offsets = new long[forward.Count];
        for (var k = 0; k < forward.Count; k++)
        {
            fields[k] = forward[k].Field;
        }

        FieldLocator.Locate(eventBytes, 0, fields, offsets);
        for (var k = 0; k < forward.Count; k++)
        {
            var (line, bytePosition) = buffer.PositionOf(eventOffset + offsets[k]);
            forwardRelations.Add((ReadContext.PathOf(eventIndex, fields[k]), line, bytePosition, forward[k].Target));
        }
    }

    private void Finish()
    {
        foreach (var message in header.MissingRequired())
        {
            context.ErrorAt("$", documentStart.Line, documentStart.Byte, message);
        }

        foreach (var (path, line, bytePosition, target) in forwardRelations)
        {
            if (!ids.ContainsKey(target))
            {
                context.ErrorAt(path, line, bytePosition, RuleMessages.MissingTarget(target));
            }
        }

        ThrowIfErrors();
    }

    private void ThrowIfErrors()
    {
        if (context.Count > 0)
        {
            throw context.ToException(buffer.All, buffer.BaseOffset, buffer.LineAtBase, buffer.LineStartAtBase);
        }
    }

    private void ThrowAt(int index, long absoluteOffset, string message, string? field = null)
    {
        context.BaseOffset = 0;
        context.Error(index, field, absoluteOffset, message);
        ThrowIfErrors();
    }
}
