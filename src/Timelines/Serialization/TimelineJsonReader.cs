using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Timelines.Serialization.Internal;

namespace Timelines.Serialization;

/// <summary>
/// Reads the timeline format with <see cref="Utf8JsonReader"/>: no reflection, one pass, EDTF parsed once per
/// value. Errors are collected in a <see cref="ReadContext"/> and reading goes on, so that one pass reports them all.
/// </summary>
/// <remarks>
/// Every reader (whole documents, streamed events, JSON Lines, single events, the converters) reads events with
/// <see cref="ReadEvent"/>, which checks each event's fields and then its own rules
/// (<see cref="TimelineValidator.ValidateOwnRules"/>); the rules between events are checked by
/// <see cref="CheckAcrossEvents"/> where there is a timeline. Text is decoded and judged by <see cref="Utf8Text"/>
/// and <see cref="TextRules"/>, the same rules the constructors apply.
/// </remarks>
internal static partial class TimelineJsonReader
{
    internal const string FormatVersion = "timeline/1";

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

    /// <summary>Reads a whole document from UTF-8 bytes, checks every rule and returns the timeline or throws.</summary>
    public static Timeline ReadTimeline(ReadOnlySpan<byte> json, TimelineJsonOptions options) =>
        ReadTimeline(json, new ReadContext(options, shareValues: true));

    /// <summary>Reads a whole document with a context of the caller's, which tests look into.</summary>
    internal static Timeline ReadTimeline(ReadOnlySpan<byte> json, ReadContext context)
    {
        var options = context.Options;
        if (json.Length > options.MaxDocumentBytes)
        {
            context.ErrorAt("$", 0, 0, $"The document is {json.Length} bytes, more than the limit (MaxDocumentBytes = {options.MaxDocumentBytes}).");
            throw context.ToException(default);
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        var header = new TimelineHeader();
        var events = new List<TimelineEvent>();
        var starts = new List<long>();
        var complete = false;
        try
        {
            if (reader.Read())
            {
                complete = ReadDocument(ref reader, context, header, events, starts);
                if (!context.Stopped)
                {
                    context.CurrentEvent = -1;

                    // Throws on anything but white space after the document.
                    reader.Read();
                }
            }
            else
            {
                context.ErrorAt("$", 1, 1, "The JSON is malformed: the document is empty.");
            }
        }
        catch (JsonException exception) when (exception is not TimelineJsonException)
        {
            complete = false;
            context.SyntaxError(exception);
        }

        var indexById = complete ? CheckAcrossEvents(events, context, starts) : null;
        if (context.Count > 0)
        {
            throw context.ToException(json);
        }

        return header.Build(events, indexById);
    }

    /// <summary>Reads a document whose first token is current; used by <see cref="ReadTimeline(ReadOnlySpan{byte}, ReadContext)"/> and the converter.</summary>
    /// <returns>Whether every event was read (though some may break their own rules), so that the rules between events can be checked.</returns>
    public static bool ReadDocument(ref Utf8JsonReader reader, ReadContext context, TimelineHeader header, List<TimelineEvent> events, List<long> starts)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Error(-1, default, reader.TokenStartIndex, $"A timeline document must be a JSON object, not {Describe(reader.TokenType)}.");
            SkipValue(ref reader);
            return false;
        }

        header.Start = reader.TokenStartIndex;
        var complete = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var name = HeaderName(ref reader, context);
            reader.Read();
            if (name != PropertyNames.Timeline.Events)
            {
                ReadHeaderValue(ref reader, context, header, name, nameOffset);
                continue;
            }

            header.Mark(PropertyNames.Timeline.Events, nameOffset, context);
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                context.Error(-1, PropertyNames.Timeline.Events, reader.TokenStartIndex, $"Expected an array of events, not {Describe(reader.TokenType)}.");
                SkipValue(ref reader);
                continue;
            }

            var index = events.Count;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                context.CurrentEvent = index;
                var start = reader.TokenStartIndex;
                var item = ReadEvent(ref reader, context, index);
                if (item is not null)
                {
                    events.Add(item);
                    starts.Add(start);
                }
                else
                {
                    complete = false;
                }

                if (context.Stopped)
                {
                    context.Stop();
                    return false;
                }

                index++;
            }

            context.CurrentEvent = -1;
        }

        header.Finish(context);
        return complete;
    }

    /// <summary>
    /// Names a timeline-level property (the property name is current): its known name, the text of an unknown one,
    /// or <see langword="null"/> when the name cannot be read, which is reported.
    /// </summary>
    public static string? HeaderName(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var known = PropertyNames.Timeline.All.IndexOf(reader.ValueSpan);
            if (known >= 0)
            {
                return PropertyNames.Timeline.All[known];
            }
        }

        var name = Utf8Text.TryGetString(ref reader, out var problem);
        if (name is null)
        {
            context.Error(-1, default, reader.TokenStartIndex, UnreadableName(problem!));
            return null;
        }

        var index = PropertyNames.Timeline.All.IndexOf(name);
        return index >= 0 ? PropertyNames.Timeline.All[index] : name;
    }

    /// <summary>Reads the value of a timeline-level property other than <c>events</c>; the value's first token is current.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="header">The header read so far.</param>
    /// <param name="name">The property's name, or <see langword="null"/> if it could not be read (the value is skipped).</param>
    /// <param name="nameOffset">The reader offset of the property's name.</param>
    public static void ReadHeaderValue(ref Utf8JsonReader reader, ReadContext context, TimelineHeader header, string? name, long nameOffset)
    {
        switch (name)
        {
            case null:
                SkipValue(ref reader);
                break;
            case PropertyNames.Timeline.Format:
                header.Mark(name, nameOffset, context);
                var format = ReadString(ref reader, context, -1, PropertyNames.Timeline.Format, required: true, kind: null);
                if (format is not null && !string.Equals(format, FormatVersion, StringComparison.Ordinal))
                {
                    context.Error(-1, PropertyNames.Timeline.Format, reader.TokenStartIndex, $"The format '{format}' is not supported; this library reads \"{FormatVersion}\".");
                }

                header.Format = format;
                break;
            case PropertyNames.Timeline.Id:
                header.Mark(name, nameOffset, context);
                header.Id = Judged(ref reader, context, PropertyNames.Timeline.Id, ReadString(ref reader, context, -1, PropertyNames.Timeline.Id, required: true, kind: null), TimelineValidator.TimelineIdProblem);
                break;
            case PropertyNames.Timeline.Title:
                header.Mark(name, nameOffset, context);
                header.Title = Judged(ref reader, context, PropertyNames.Timeline.Title, ReadString(ref reader, context, -1, PropertyNames.Timeline.Title, required: true, kind: null), TimelineValidator.TimelineTitleProblem);
                break;
            case PropertyNames.Timeline.Description:
                header.Mark(name, nameOffset, context);
                header.Description = ReadString(ref reader, context, -1, PropertyNames.Timeline.Description, required: false, TextKind.Prose);
                break;
            case PropertyNames.Timeline.TimeZone:
                header.Mark(name, nameOffset, context);
                var zoneId = ReadString(ref reader, context, -1, PropertyNames.Timeline.TimeZone, required: false, kind: null);
                if (zoneId is not null)
                {
                    header.TimeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
                    if (header.TimeZone is null)
                    {
                        context.Error(-1, PropertyNames.Timeline.TimeZone, reader.TokenStartIndex, $"'{zoneId}' is not a time zone id of the TZDB (such as 'Europe/Minsk' or 'UTC').");
                    }
                }

                break;
            case PropertyNames.Timeline.AsOf:
                header.Mark(name, nameOffset, context);
                header.AsOf = ReadLocalDate(ref reader, context, -1, PropertyNames.Timeline.AsOf);
                break;
            default:
                var before = context.Reported;
                if (TextRules.IsBlank(name))
                {
                    context.Error(-1, name, nameOffset, $"An extension key is empty ('{name}').");
                }
                else if (TextRules.Check(name, TextKind.Line) is { } rule)
                {
                    context.Error(-1, name, nameOffset, rule);
                }

                var value = ReadExtensionValue(ref reader, context, -1, name);
                header.Extensions ??= ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
                if (!header.Extensions.TryAdd(name, value))
                {
                    context.Error(-1, name, nameOffset, $"The property '{name}' is given twice.");
                }
                else if (context.Reported != before)
                {
                    header.Extensions.Remove(name);
                }

                break;
        }

        static string? Judged(ref Utf8JsonReader reader, ReadContext context, string field, string? text, Func<string, string?> rule)
        {
            if (text is not null && rule(text) is { } problem)
            {
                context.Error(-1, field, reader.TokenStartIndex, problem);
                return null;
            }

            return text;
        }
    }

    /// <summary>
    /// Reads one event whose first token is current, leaving the reader on its last token, and checks the event's
    /// own rules. Every reader reads events through here, so every reader applies the same rules.
    /// </summary>
    /// <returns>
    /// The event, or <see langword="null"/> if a field could not be read. An event that breaks its own rules is
    /// returned too, so that the rules between events can still be checked; its problems are in <paramref name="context"/>.
    /// </returns>
    public static TimelineEvent? ReadEvent(ref Utf8JsonReader reader, ReadContext context, int eventIndex)
    {
        var start = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Error(eventIndex, default, start, $"An event must be a JSON object, not {Describe(reader.TokenType)}.");
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
                    actors = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Actors, ReadActor);
                    break;
                case EventField.Places:
                    places = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Places, ReadPlace);
                    break;
                case EventField.Sources:
                    sources = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Sources, ReadSource);
                    break;
                case EventField.Relations:
                    relations = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Relations, ReadRelation);
                    break;
                case EventField.Constraints:
                    constraints = ReadArray(ref reader, context, eventIndex, PropertyNames.Event.Constraints, ReadConstraint);
                    break;
                case EventField.Unknown:
                    var value = ReadExtensionValue(ref reader, context, eventIndex, extensionName!);
                    extensions ??= ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
                    if (!extensions.TryAdd(extensionName!, value))
                    {
                        context.Error(eventIndex, extensionName, nameOffset, $"The property '{extensionName}' is given twice.");
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

    /// <summary>
    /// Checks the rules between the events of a timeline (ids used twice, relations to events that do not exist),
    /// each problem located in its event, and returns the index of each id's first event, which is the timeline's
    /// own id index when nothing was reported (so it is not built twice).
    /// </summary>
    /// <param name="events">The events, every one read.</param>
    /// <param name="context">The context.</param>
    /// <param name="starts">The reader offset of each event.</param>
    public static Dictionary<string, int> CheckAcrossEvents(List<TimelineEvent> events, ReadContext context, List<long> starts)
    {
        var firstIndexById = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        for (var i = 0; i < events.Count && !context.Stopped; i++)
        {
            if (TimelineValidator.AddId(firstIndexById, events[i].Id, i) is { } duplicate)
            {
                context.ErrorAtField(i, duplicate.Field, starts[i], duplicate.Message);
            }
        }

        var problems = context.ProblemList();
        for (var i = 0; i < events.Count; i++)
        {
            if (context.Stopped)
            {
                context.Stop();
                break;
            }

            problems.Clear();
            TimelineValidator.ValidateTargets(events[i], firstIndexById.ContainsKey, problems);
            context.ReportProblems(i, problems, starts[i]);
        }

        return firstIndexById;
    }

    /// <summary>
    /// Makes the exception of a converter, with positions within its value (which is read again, whole, to find
    /// them), and puts the reader back on the value's first token, so that the serializer says where it starts.
    /// </summary>
    /// <param name="reader">The caller's reader.</param>
    /// <param name="start">A copy of the reader on the value's first token.</param>
    /// <param name="context">The errors.</param>
    /// <returns>The exception to throw.</returns>
    /// <exception cref="JsonException">
    /// The value is not well formed after the point where reading stopped at the error limit: the serializer's
    /// exception for malformed JSON, as for malformed JSON anywhere else.
    /// </exception>
    public static TimelineJsonException ValueException(ref Utf8JsonReader reader, Utf8JsonReader start, ReadContext context)
    {
        var first = start;
        using var document = JsonDocument.ParseValue(ref start);
#if NET9_0_OR_GREATER
        var bytes = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement);
#else
        // Exact unless the value holds bytes that are not UTF-8, which then shift the positions after them.
        var bytes = System.Text.Encoding.UTF8.GetBytes(document.RootElement.GetRawText());
#endif
        var exception = context.ToValueException(bytes, first.TokenStartIndex);
        reader = first;
        return exception;
    }

    internal static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    /// <summary>The message for a property name that cannot be read as text.</summary>
    private static string UnreadableName(string problem) => "A property name cannot be read. " + problem;

    /// <summary>
    /// Skips the current value. <c>TrySkip</c> rather than <c>Skip</c>, because a converter may be handed a reader
    /// that is not final (when the serializer reads a stream) though it holds the whole value.
    /// </summary>
    private static void SkipValue(ref Utf8JsonReader reader) => _ = reader.TrySkip();

    /// <summary>Notes that a property of an object was read, reporting it if it was read before.</summary>
    private static void Seen(ref int seen, int bit, string name, ReadContext context, int eventIndex, FieldPath where, long nameOffset)
    {
        if ((seen & (1 << bit)) != 0)
        {
            var path = where.IsEmpty ? new FieldPath(name) : where with { Member = name };
            context.Error(eventIndex, path, nameOffset, $"The property '{name}' is given twice.");
        }

        seen |= 1 << bit;
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
            context.Error(eventIndex, default, reader.TokenStartIndex, UnreadableName(problem!));
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
            context.Error(eventIndex, default, start, $"The required property '{NameOf(field)}' is missing.");
        }
    }
}
