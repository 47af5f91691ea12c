using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using Timelines.Serialization.Internal;
using static Timelines.Serialization.Reading.ValueReader;

namespace Timelines.Serialization.Reading;

/// <summary>
/// Reads one event and checks its own rules (<see cref="TimelineValidator.ValidateOwnRules"/>). Every reader of the
/// format (whole documents, streamed events, JSON Lines, single events, the converters) reads events here, so every
/// reader applies the same rules.
/// </summary>
internal static class EventReader
{
    // Shared by every event without extensions; creating an empty dictionary with a comparer allocates one.
    private static readonly ImmutableSortedDictionary<string, JsonElement> NoExtensions =
        ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The properties of an event, numbered in the order of <see cref="PropertyNames.Event"/>'s table.</summary>
    internal enum EventField
    {
        Id,
        Title,
        When,
        Bounds,
        Summary,
        Status,
        Tags,
        Actors,
        Places,
        Sources,
        Relations,
        Constraints,
        Unknown,
        Unreadable,
    }

    /// <summary>
    /// Reads one event whose first token is current, leaving the reader on its last token, and checks the event's
    /// own rules. Every reader reads events through here, so every reader applies the same rules.
    /// </summary>
    /// <returns>
    /// The event, or <see langword="null"/> if a field could not be read. An event that breaks its own rules is
    /// returned too, so that the rules between events can still be checked; its problems are in <paramref name="context"/>.
    /// </returns>
    public static TimelineEvent? Read(ref Utf8JsonReader reader, ReadContext context, int eventIndex)
    {
        var start = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Error(eventIndex, default, start, ReadMessages.NotAnObject("An event", reader.TokenType));
            SkipValue(ref reader);
            return null;
        }

        var errorsBefore = context.Reported;
        string? id = null, title = null, summary = null;
        EdtfValue? when = null;
        EventStatus? status = null;
        ImmutableArray<string> tags = default;
        ImmutableArray<Actor> actors = default;
        ImmutableArray<Place> places = default;
        ImmutableArray<Source> sources = default;
        ImmutableArray<EventRelation> relations = default;
        ImmutableArray<EventConstraint> constraints = default;
        ImmutableSortedDictionary<string, JsonElement>.Builder? extensions = null;
        var seen = 0;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var field = Match(ref reader, context, eventIndex, out var extensionName);
            if (field < EventField.Unknown)
            {
                Seen(ref seen, (int)field, NameOf(field), context, eventIndex, default, nameOffset);
            }

            reader.Read();
            switch (field)
            {
                case EventField.Id:
                    id = ReadString(ref reader, context, eventIndex, PropertyNames.Event.Id, required: true, TextKind.Id);
                    break;
                case EventField.Title:
                    title = ReadString(ref reader, context, eventIndex, PropertyNames.Event.Title, required: true, TextKind.Line);
                    break;
                case EventField.When:
                    when = ReadEdtf(ref reader, context, eventIndex, PropertyNames.Event.When, required: true);
                    break;
                case EventField.Bounds:
                    // Computed on output for readers without an EDTF parser; "when" is the truth, so bounds are ignored.
                    SkipValue(ref reader);
                    break;
                case EventField.Summary:
                    summary = ReadString(ref reader, context, eventIndex, PropertyNames.Event.Summary, required: false, TextKind.Prose);
                    break;
                case EventField.Status:
                    var statusName = ReadName(ref reader, context, eventIndex, PropertyNames.Event.Status, required: false);
                    status = statusName is null ? null : new EventStatus(statusName);
                    break;
                case EventField.Tags:
                    tags = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Tags, ReadTag);
                    break;
                case EventField.Actors:
                    actors = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Actors, ActorReader.Read);
                    break;
                case EventField.Places:
                    places = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Places, PlaceReader.Read);
                    break;
                case EventField.Sources:
                    sources = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Sources, SourceReader.Read);
                    break;
                case EventField.Relations:
                    relations = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Relations, RelationReader.Read);
                    break;
                case EventField.Constraints:
                    constraints = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Constraints, ConstraintReader.Read);
                    break;
                case EventField.Unknown:
                    var value = ReadExtensionValue(ref reader, context, eventIndex, extensionName!);
                    extensions ??= ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
                    if (!extensions.TryAdd(extensionName!, value))
                    {
                        context.Error(eventIndex, extensionName, nameOffset, ReadMessages.GivenTwice(extensionName!));
                    }

                    break;
                default:
                    SkipValue(ref reader);
                    break;
            }
        }

        RequireSeen(seen, EventField.Id, context, eventIndex, start);
        RequireSeen(seen, EventField.Title, context, eventIndex, start);
        RequireSeen(seen, EventField.When, context, eventIndex, start);
        if (context.Reported != errorsBefore)
        {
            return null;
        }

        // Extension values from ParseValue own their documents already, so they need no clone.
        var item = new TimelineEvent(id!, title!, when!, summary, status, tags, actors, places, sources, relations, extensions?.ToImmutable() ?? NoExtensions, constraints);
        var problems = context.ProblemList();
        TimelineValidator.ValidateOwnRules(item, problems);
        context.ReportProblems(eventIndex, problems, start);
        return item;
    }

    /// <summary>Names an event's property (the property name is current); an unknown name is decoded for the extension bag.</summary>
    private static EventField Match(ref Utf8JsonReader reader, ReadContext context, int eventIndex, out string? extensionName)
    {
        extensionName = null;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var known = MatchBytes(reader.ValueSpan);
            if (known != EventField.Unknown)
            {
                return known;
            }
        }

        extensionName = Utf8Text.TryGetString(ref reader, out var problem);
        if (extensionName is null)
        {
            context.Error(eventIndex, default, reader.TokenStartIndex, ReadMessages.UnreadableName(problem!));
            return EventField.Unreadable;
        }

        var decoded = PropertyNames.Event.All.IndexOf(extensionName);
        if (decoded >= 0)
        {
            extensionName = null;
            return (EventField)decoded;
        }

        if (TextRules.Check(extensionName, TextKind.Line) is { } rule)
        {
            context.Error(eventIndex, extensionName, reader.TokenStartIndex, rule);
            return EventField.Unreadable;
        }

        return EventField.Unknown;
    }

    /// <summary>
    /// Names an event's property by its bytes: told apart by length and one letter, then confirmed against the
    /// table, one comparison per property instead of up to twelve. A name this misses is still found (more slowly)
    /// by <see cref="Match"/>; a test holds this to the table, so that it stays the fast path for every name.
    /// </summary>
    internal static EventField MatchBytes(ReadOnlySpan<byte> name)
    {
        var field = name.Length switch
        {
            2 => EventField.Id,
            4 => name[0] == (byte)'w' ? EventField.When : EventField.Tags,
            5 => EventField.Title,
            6 => name[0] switch
            {
                (byte)'s' => EventField.Status,
                (byte)'a' => EventField.Actors,
                (byte)'p' => EventField.Places,
                _ => EventField.Bounds,
            },
            7 => name[1] == (byte)'u' ? EventField.Summary : EventField.Sources,
            9 => EventField.Relations,
            11 => EventField.Constraints,
            _ => EventField.Unknown,
        };
        return field != EventField.Unknown && name.SequenceEqual(Utf8NameOf(field)) ? field : EventField.Unknown;
    }

    private static ReadOnlySpan<byte> Utf8NameOf(EventField field) => PropertyNames.Event.All.Utf8((int)field);

    private static string NameOf(EventField field) => PropertyNames.Event.All[(int)field];

    private static void RequireSeen(int seen, EventField field, ReadContext context, int eventIndex, long start)
    {
        if ((seen & (1 << (int)field)) == 0)
        {
            context.Error(eventIndex, default, start, ReadMessages.MissingRequired(NameOf(field)));
        }
    }
}
