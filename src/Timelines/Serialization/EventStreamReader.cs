using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;

namespace Timelines.Serialization;

/// <summary>
/// Reads the events of a timeline document one at a time from a stream, holding at most one event (and what
/// the stream delivered with it) in memory. Each step works on complete values only: a step that finds its value
/// incomplete does nothing, and is repeated after more bytes arrive.
/// </summary>
internal sealed class EventStreamReader : IDisposable
{
    private readonly StreamBuffer buffer;
    private readonly ReadContext context;
    private readonly TimelineHeader header = new();
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<(int EventIndex, string Field, long Offset, string Target)> forwardRelations = [];
    private readonly List<TimelineProblem> problems = [];
    private JsonReaderState state;
    private Phase phase;
    private int eventIndex;

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
                ThrowAt(-1, buffer.BaseOffset + buffer.End, "The document ends before it is complete.");
            }

            if (buffer.AtLimit)
            {
                ThrowAt(
                    phase == Phase.Events ? eventIndex : -1,
                    buffer.BaseOffset + buffer.Start,
                    string.Create(CultureInfo.InvariantCulture, $"The value is larger than the limit for streaming (MaxEventBytes = {context.Options.MaxEventBytes})."));
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
        var reader = new Utf8JsonReader(buffer.Data, buffer.IsFinal, state);
        context.BaseOffset = buffer.BaseOffset + buffer.Start;
        try
        {
            switch (phase)
            {
                case Phase.Start:
                    if (!reader.Read())
                    {
                        return false;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        ThrowAt(-1, context.BaseOffset + reader.TokenStartIndex, $"A timeline document must be a JSON object, not {TimelineJsonReader.Describe(reader.TokenType)}.");
                    }

                    header.Start = context.BaseOffset + reader.TokenStartIndex;
                    phase = Phase.Properties;
                    break;
                case Phase.Properties:
                    if (!StepProperty(ref reader))
                    {
                        return false;
                    }

                    break;
                case Phase.Events:
                    var probe = reader;
                    if (!probe.Read())
                    {
                        return false;
                    }

                    if (probe.TokenType == JsonTokenType.EndArray)
                    {
                        reader = probe;
                        phase = Phase.Properties;
                        break;
                    }

                    var start = probe.TokenStartIndex;
                    if (!probe.TrySkip())
                    {
                        return false;
                    }

                    item = ReadEvent((int)start, (int)probe.BytesConsumed);
                    reader = probe;
                    break;
                default:
                    if (reader.Read())
                    {
                        // Unreachable: the reader throws on anything after the document.
                        ThrowAt(-1, context.BaseOffset + reader.TokenStartIndex, "There is more after the document.");
                    }

                    if (!buffer.IsFinal)
                    {
                        return false;
                    }

                    phase = Phase.Done;
                    break;
            }
        }
        catch (JsonException exception) when (exception is not TimelineJsonException)
        {
            context.CurrentEvent = phase == Phase.Events ? eventIndex : -1;
            context.SyntaxError(exception);
            throw context.ToException(default);
        }

        buffer.Start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
        return true;
    }

    private bool StepProperty(ref Utf8JsonReader reader)
    {
        var probe = reader;
        if (!probe.Read())
        {
            return false;
        }

        if (probe.TokenType == JsonTokenType.EndObject)
        {
            reader = probe;
            phase = Phase.Trailing;
            return true;
        }

        if (probe.ValueTextEquals("events"u8))
        {
            var eventsOffset = probe.TokenStartIndex;
            if (!probe.Read())
            {
                return false;
            }

            header.Mark("events", eventsOffset, context);
            if (probe.TokenType != JsonTokenType.StartArray)
            {
                ThrowAt(-1, context.BaseOffset + probe.TokenStartIndex, $"Expected an array of events, not {TimelineJsonReader.Describe(probe.TokenType)}.", "events");
            }

            reader = probe;
            phase = Phase.Events;
            return true;
        }

        var nameOffset = probe.TokenStartIndex;
        var name = TimelineJsonReader.MatchHeader(ref probe);
        if (!probe.Read())
        {
            return false;
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
        TimelineJsonReader.ReadHeaderValue(ref valueReader, context, header, name, nameOffset - valueStart);
        context.BaseOffset = baseOffset;
        ThrowIfErrors();
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
        var item = TimelineJsonReader.ReadEvent(ref reader, context, eventIndex);
        if (item is not null)
        {
            problems.Clear();
            if (!ids.TryAdd(item.Id, eventIndex) && !string.IsNullOrWhiteSpace(item.Id))
            {
                problems.Add(new TimelineProblem(item.Id, "id", $"The id '{item.Id}' is used by more than one event (events {ids[item.Id]} and {eventIndex})."));
            }

            // Relations may point forwards; targets not seen yet are checked at the end of the document.
            TimelineValidator.ValidateEvent(item, _ => true, problems);
            foreach (var problem in problems)
            {
                context.Error(eventIndex, problem.Field, TimelineJsonReader.Locate(eventBytes, 0, problem.Field), problem.Message);
            }

            for (var i = 0; i < item.Relations.Length; i++)
            {
                var target = item.Relations[i].TargetId;
                if (!ids.ContainsKey(target) && !string.IsNullOrWhiteSpace(target))
                {
                    var field = string.Create(CultureInfo.InvariantCulture, $"relations[{i}].targetId");
                    forwardRelations.Add((eventIndex, field, context.BaseOffset + TimelineJsonReader.Locate(eventBytes, 0, field), target));
                }
            }
        }

        ThrowIfErrors();
        context.BaseOffset = baseOffset;
        eventIndex++;
        context.CurrentEvent = -1;
        return item;
    }

    private void Finish()
    {
        context.BaseOffset = 0;
        header.Finish(context);
        foreach (var problem in TimelineValidator.Validate(header.Id ?? string.Empty, header.Title ?? string.Empty, []))
        {
            context.Error(-1, problem.Field, header.Start, problem.Message);
        }

        foreach (var (index, field, offset, target) in forwardRelations)
        {
            if (!ids.ContainsKey(target))
            {
                context.Error(index, field, offset, $"No event has the id '{target}'.");
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
