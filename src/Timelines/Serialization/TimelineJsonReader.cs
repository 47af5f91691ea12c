using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Timelines.Serialization;

/// <summary>
/// Reads the timeline format with <see cref="Utf8JsonReader"/>: no reflection, one pass, EDTF parsed once per
/// value. Errors are collected in a <see cref="ReadContext"/> and reading goes on, so that one pass reports them all.
/// </summary>
internal static class TimelineJsonReader
{
    internal const string FormatVersion = "timeline/1";

    private static readonly string[] HeaderNames = ["format", "id", "title", "description", "timeZone", "asOf"];

    // Shared by every event without extensions; creating an empty dictionary with a comparer allocates one.
    private static readonly ImmutableSortedDictionary<string, JsonElement> NoExtensions =
        ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal);

    private delegate T? ItemReader<T>(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
        where T : class;

    private enum EventField
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
        Unknown,
    }

    /// <summary>Reads a whole document from UTF-8 bytes, checks every rule and returns the timeline or throws.</summary>
    public static Timeline ReadTimeline(ReadOnlySpan<byte> json, TimelineJsonOptions options)
    {
        var context = new ReadContext(options, shareValues: true);
        if (json.Length > options.MaxDocumentBytes)
        {
            context.ErrorAt("$", 0, 0, $"The document is {json.Length} bytes, more than the limit (MaxDocumentBytes = {options.MaxDocumentBytes}).");
            throw context.ToException(default);
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        var header = new TimelineHeader();
        var events = new List<TimelineEvent>();
        var starts = new List<long>();
        try
        {
            if (reader.Read())
            {
                ReadDocument(ref reader, context, header, events, starts);
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
            context.SyntaxError(exception);
        }
        catch (InvalidOperationException exception)
        {
            // A property name that is not valid UTF-8: the reader cannot turn it into a string.
            context.ErrorAt(ReadContext.PathOf(context.CurrentEvent, default), 0, 0, "The JSON could not be read: " + exception.Message);
        }

        var indexById = context.Count == 0 ? Validate(header, events, context, starts, json) : null;
        if (context.Count > 0)
        {
            throw context.ToException(json);
        }

        return header.Build(events, indexById);
    }

    /// <summary>Reads a document whose first token is current; used by <see cref="ReadTimeline"/> and the converter.</summary>
    public static void ReadDocument(ref Utf8JsonReader reader, ReadContext context, TimelineHeader header, List<TimelineEvent> events, List<long>? starts)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Error(-1, default, reader.TokenStartIndex, $"A timeline document must be a JSON object, not {Describe(reader.TokenType)}.");
            SkipValue(ref reader);
            return;
        }

        header.Start = reader.TokenStartIndex;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("events"u8))
            {
                header.Mark("events", reader.TokenStartIndex, context);
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    context.Error(-1, "events", reader.TokenStartIndex, $"Expected an array of events, not {Describe(reader.TokenType)}.");
                    SkipValue(ref reader);
                    continue;
                }

                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    context.CurrentEvent = index;
                    starts?.Add(reader.TokenStartIndex);
                    var item = ReadEvent(ref reader, context, index);
                    if (item is not null)
                    {
                        events.Add(item);
                    }
                    else if (context.Stopped)
                    {
                        context.Stop();
                        return;
                    }

                    index++;
                }

                context.CurrentEvent = -1;
            }
            else
            {
                ReadHeaderProperty(ref reader, context, header);
            }
        }

        header.Finish(context);
    }

    /// <summary>Reads one timeline-level property other than <c>events</c>; the property name is current.</summary>
    public static void ReadHeaderProperty(ref Utf8JsonReader reader, ReadContext context, TimelineHeader header)
    {
        var nameOffset = reader.TokenStartIndex;
        var name = MatchHeader(ref reader);
        reader.Read();
        ReadHeaderValue(ref reader, context, header, name, nameOffset);
    }

    /// <summary>Names a timeline-level property: its known name, or the text of an unknown one.</summary>
    public static string MatchHeader(ref Utf8JsonReader reader)
    {
        foreach (var known in HeaderNames)
        {
            if (reader.ValueTextEquals(known))
            {
                return known;
            }
        }

        return reader.GetString()!;
    }

    /// <summary>Reads the value of a timeline-level property; the value's first token is current.</summary>
    public static void ReadHeaderValue(ref Utf8JsonReader reader, ReadContext context, TimelineHeader header, string name, long nameOffset)
    {
        switch (name)
        {
            case "format":
                header.Mark(name, nameOffset, context);
                var format = ReadString(ref reader, context, -1, "format", required: true);
                if (format is not null && !string.Equals(format, FormatVersion, StringComparison.Ordinal))
                {
                    context.Error(-1, "format", reader.TokenStartIndex, $"The format '{format}' is not supported; this library reads \"{FormatVersion}\".");
                }

                header.Format = format;
                break;
            case "id":
                header.Mark(name, nameOffset, context);
                header.Id = ReadString(ref reader, context, -1, "id", required: true);
                break;
            case "title":
                header.Mark(name, nameOffset, context);
                header.Title = ReadString(ref reader, context, -1, "title", required: true);
                break;
            case "description":
                header.Mark(name, nameOffset, context);
                header.Description = ReadString(ref reader, context, -1, "description", required: false);
                break;
            case "timeZone":
                header.Mark(name, nameOffset, context);
                var zoneId = ReadString(ref reader, context, -1, "timeZone", required: false);
                if (zoneId is not null)
                {
                    header.TimeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
                    if (header.TimeZone is null)
                    {
                        context.Error(-1, "timeZone", reader.TokenStartIndex, $"'{zoneId}' is not a time zone id of the TZDB (such as 'Europe/Minsk' or 'UTC').");
                    }
                }

                break;
            case "asOf":
                header.Mark(name, nameOffset, context);
                header.AsOf = ReadLocalDate(ref reader, context, -1, "asOf");
                break;
            default:
                var value = JsonElement.ParseValue(ref reader);
                header.Extensions ??= ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
                if (!header.Extensions.TryAdd(name, value))
                {
                    context.Error(-1, name, nameOffset, $"The property '{name}' is given twice.");
                }

                break;
        }
    }

    /// <summary>Reads one event whose first token is current, leaving the reader on its last token.</summary>
    /// <returns>The event, or <see langword="null"/> if it had errors (which are in <paramref name="context"/>).</returns>
    public static TimelineEvent? ReadEvent(ref Utf8JsonReader reader, ReadContext context, int eventIndex)
    {
        var start = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Error(eventIndex, default, start, $"An event must be a JSON object, not {Describe(reader.TokenType)}.");
            SkipValue(ref reader);
            return null;
        }

        var errorsBefore = context.Count;
        string? id = null, title = null, summary = null;
        EdtfValue? when = null;
        EventStatus? status = null;
        ImmutableArray<string> tags = default;
        ImmutableArray<Actor> actors = default;
        ImmutableArray<Place> places = default;
        ImmutableArray<Source> sources = default;
        ImmutableArray<EventRelation> relations = default;
        ImmutableSortedDictionary<string, JsonElement>.Builder? extensions = null;
        var seen = 0;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var field = Match(ref reader);
            string? extensionName = null;
            if (field == EventField.Unknown)
            {
                extensionName = reader.GetString()!;
            }
            else
            {
                var bit = 1 << (int)field;
                if ((seen & bit) != 0)
                {
                    context.Error(eventIndex, NameOf(field), nameOffset, $"The property '{NameOf(field)}' is given twice.");
                }

                seen |= bit;
            }

            reader.Read();
            switch (field)
            {
                case EventField.Id:
                    id = ReadString(ref reader, context, eventIndex, "id", required: true);
                    break;
                case EventField.Title:
                    title = ReadString(ref reader, context, eventIndex, "title", required: true);
                    break;
                case EventField.When:
                    when = ReadEdtf(ref reader, context, eventIndex, "when", required: true);
                    break;
                case EventField.Bounds:
                    // Computed on output for readers without an EDTF parser; "when" is the truth, so bounds are ignored.
                    SkipValue(ref reader);
                    break;
                case EventField.Summary:
                    summary = ReadString(ref reader, context, eventIndex, "summary", required: false);
                    break;
                case EventField.Status:
                    var statusName = ReadName(ref reader, context, eventIndex, "status", required: false);
                    status = statusName is null ? null : new EventStatus(statusName);
                    break;
                case EventField.Tags:
                    tags = ReadArray(ref reader, context, eventIndex, "tags", ReadTag);
                    break;
                case EventField.Actors:
                    actors = ReadArray(ref reader, context, eventIndex, "actors", ReadActor);
                    break;
                case EventField.Places:
                    places = ReadArray(ref reader, context, eventIndex, "places", ReadPlace);
                    break;
                case EventField.Sources:
                    sources = ReadArray(ref reader, context, eventIndex, "sources", ReadSource);
                    break;
                case EventField.Relations:
                    relations = ReadArray(ref reader, context, eventIndex, "relations", ReadRelation);
                    break;
                default:
                    var value = JsonElement.ParseValue(ref reader);
                    extensions ??= ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
                    if (!extensions.TryAdd(extensionName!, value))
                    {
                        context.Error(eventIndex, extensionName, nameOffset, $"The property '{extensionName}' is given twice.");
                    }

                    break;
            }
        }

        RequireSeen(seen, EventField.Id, context, eventIndex, start);
        RequireSeen(seen, EventField.Title, context, eventIndex, start);
        RequireSeen(seen, EventField.When, context, eventIndex, start);
        if (context.Count != errorsBefore)
        {
            return null;
        }

        // Extension values from ParseValue own their documents already, so they need no clone.
        return new TimelineEvent(id!, title!, when!, summary, status, tags, actors, places, sources, relations, extensions?.ToImmutable() ?? NoExtensions);
    }

    /// <summary>Checks the timeline rules with <see cref="TimelineValidator"/>, mapping each problem to its JSON path and position.</summary>
    /// <summary>
    /// Reports every rule of <see cref="TimelineBuilder"/> the document breaks, and returns the index of each id's
    /// first event, which is the timeline's own id index when nothing was reported (so it is not built twice).
    /// </summary>
    public static Dictionary<string, int> Validate(TimelineHeader header, List<TimelineEvent> events, ReadContext context, List<long>? starts, ReadOnlySpan<byte> json)
    {
        var problems = TimelineValidator.Validate(header.Id ?? string.Empty, header.Title ?? string.Empty, []);
        foreach (var problem in problems)
        {
            context.Error(-1, problem.Field, Locate(json, header.Start, problem.Field), problem.Message);
        }

        var firstIndexById = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (!firstIndexById.TryAdd(events[i].Id, i) && !string.IsNullOrWhiteSpace(events[i].Id))
            {
                var message = $"The id '{events[i].Id}' is used by more than one event (events {firstIndexById[events[i].Id]} and {i}).";
                context.Error(i, "id", Where(json, starts, i, "id", context), message);
            }
        }

        var found = new List<TimelineProblem>();
        for (var i = 0; i < events.Count; i++)
        {
            if (context.Stopped)
            {
                context.Stop();
                return firstIndexById;
            }

            found.Clear();
            TimelineValidator.ValidateEvent(events[i], firstIndexById.ContainsKey, found);
            foreach (var problem in found)
            {
                context.Error(i, problem.Field, Where(json, starts, i, problem.Field, context), problem.Message);
            }
        }

        return firstIndexById;
    }

    private static long Where(ReadOnlySpan<byte> json, List<long>? starts, int index, string field, ReadContext context) =>
        starts is null || json.IsEmpty ? -1 - context.BaseOffset : Locate(json, starts[index], field);

    /// <summary>
    /// Finds the value at a field path such as <c>places[1].latitude</c> inside the object that starts at
    /// <paramref name="objectStart"/>; when part of the path is missing, the deepest part found. Used only on errors.
    /// </summary>
    public static long Locate(ReadOnlySpan<byte> json, long objectStart, string field)
    {
        if (json.IsEmpty || objectStart < 0 || objectStart >= json.Length)
        {
            return -1;
        }

        var reader = new Utf8JsonReader(json[(int)objectStart..], new JsonReaderOptions { MaxDepth = 1000 });
        long best = 0;
        try
        {
            reader.Read();
            foreach (var segment in field.Split('.'))
            {
                var bracket = segment.IndexOf('[', StringComparison.Ordinal);
                var name = bracket < 0 ? segment : segment[..bracket];
                var wanted = bracket < 0 ? -1 : int.Parse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), System.Globalization.CultureInfo.InvariantCulture);
                if (reader.TokenType != JsonTokenType.StartObject || !FindProperty(ref reader, name))
                {
                    break;
                }

                best = reader.TokenStartIndex;
                if (wanted >= 0)
                {
                    if (reader.TokenType != JsonTokenType.StartArray || !FindItem(ref reader, wanted))
                    {
                        break;
                    }

                    best = reader.TokenStartIndex;
                }
            }
        }
        catch (JsonException)
        {
            // The document was read once already; a failure here only means the position stays less precise.
        }

        return objectStart + best;

        static bool FindProperty(ref Utf8JsonReader reader, string name)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                reader.Read();
                if (match)
                {
                    return true;
                }

                SkipValue(ref reader);
            }

            return false;
        }

        static bool FindItem(ref Utf8JsonReader reader, int wanted)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (index++ == wanted)
                {
                    return true;
                }

                SkipValue(ref reader);
            }

            return false;
        }
    }

    /// <summary>
    /// Skips the current value. <c>TrySkip</c> rather than <c>Skip</c>, because a converter may be handed a reader
    /// that is not final (when the serializer reads a stream) though it holds the whole value.
    /// </summary>
    private static void SkipValue(ref Utf8JsonReader reader) => _ = reader.TrySkip();

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

    private static EventField Match(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return MatchEscaped(ref reader);
        }

        // Told apart by length and one letter, then confirmed: one comparison per property instead of up to eleven.
        var name = reader.ValueSpan;
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
            _ => EventField.Unknown,
        };
        return field != EventField.Unknown && name.SequenceEqual(Utf8NameOf(field)) ? field : EventField.Unknown;
    }

    private static ReadOnlySpan<byte> Utf8NameOf(EventField field) => field switch
    {
        EventField.Id => "id"u8,
        EventField.Title => "title"u8,
        EventField.When => "when"u8,
        EventField.Bounds => "bounds"u8,
        EventField.Summary => "summary"u8,
        EventField.Status => "status"u8,
        EventField.Tags => "tags"u8,
        EventField.Actors => "actors"u8,
        EventField.Places => "places"u8,
        EventField.Sources => "sources"u8,
        _ => "relations"u8,
    };

    private static EventField MatchEscaped(ref Utf8JsonReader reader)
    {
        for (var field = EventField.Id; field < EventField.Unknown; field++)
        {
            if (reader.ValueTextEquals(NameOf(field)))
            {
                return field;
            }
        }

        return EventField.Unknown;
    }

    private static string NameOf(EventField field) => field switch
    {
        EventField.Id => "id",
        EventField.Title => "title",
        EventField.When => "when",
        EventField.Bounds => "bounds",
        EventField.Summary => "summary",
        EventField.Status => "status",
        EventField.Tags => "tags",
        EventField.Actors => "actors",
        EventField.Places => "places",
        EventField.Sources => "sources",
        _ => "relations",
    };

    private static void RequireSeen(int seen, EventField field, ReadContext context, int eventIndex, long start)
    {
        if ((seen & (1 << (int)field)) == 0)
        {
            context.Error(eventIndex, default, start, $"The required property '{NameOf(field)}' is missing.");
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field, bool required)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            try
            {
                return reader.GetString();
            }
            catch (InvalidOperationException)
            {
                context.Error(eventIndex, field, reader.TokenStartIndex, "The string is not valid UTF-8.");
                return null;
            }
        }

        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        context.Error(eventIndex, field, reader.TokenStartIndex, $"Expected a string, not {Describe(reader.TokenType)}.");
        SkipValue(ref reader);
        return null;
    }

    /// <summary>
    /// Reads a string that a document is likely to repeat (a tag, a name, a code), sharing one instance between
    /// its repeats when the context shares values.
    /// </summary>
    private static string? ReadSharedString(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field, bool required)
    {
        if (reader.TokenType != JsonTokenType.String || context.Strings is not { } strings || reader.ValueIsEscaped
            || reader.HasValueSequence || reader.ValueSpan.Length > Utf8Cache<string>.MaxKeyLength)
        {
            return ReadString(ref reader, context, eventIndex, field, required);
        }

        var bytes = reader.ValueSpan;
        var shared = strings.Get(bytes, out var slot);
        if (shared is null)
        {
            shared = ReadString(ref reader, context, eventIndex, field, required);
            if (shared is not null)
            {
                strings.Set(slot, bytes, shared);
            }
        }

        return shared;
    }

    private static string? ReadName(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field, bool required)
    {
        var name = ReadSharedString(ref reader, context, eventIndex, field, required);
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            context.Error(eventIndex, field, reader.TokenStartIndex, "The name is empty.");
            return null;
        }

        return name;
    }

    private static EdtfValue? ReadEdtf(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field, bool required)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            // The common case: parsed from the reader's bytes, without a string, and shared with its repeats.
            var bytes = reader.ValueSpan;
            var slot = -1;
            var shared = context.Values is { } values && bytes.Length <= Utf8Cache<EdtfValue>.MaxKeyLength
                ? values.Get(bytes, out slot)
                : null;
            if (shared is not null)
            {
                return shared;
            }

            var parsed = Text.EdtfParser.TryParseValue(bytes, lenient: true);
            if (parsed is not null)
            {
                if (slot >= 0)
                {
                    context.Values!.Set(slot, bytes, parsed);
                }

                return parsed;
            }

            // Bad text: the string parser below says why.
        }

        var text = ReadString(ref reader, context, eventIndex, field, required);
        if (text is null)
        {
            return null;
        }

        var result = Text.EdtfPattern.Lenient.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        var reason = result.Exception is Text.EdtfParseException parse
            ? $"'{text}' is not valid EDTF: {parse.Reason} (at character {parse.Index + 1})."
            : $"'{text}' is not valid EDTF: {result.Exception.Message}";
        context.Error(eventIndex, field, reader.TokenStartIndex, reason);
        return null;
    }

    private static LocalDate? ReadLocalDate(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field)
    {
        var text = ReadString(ref reader, context, eventIndex, field, required: false);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        context.Error(eventIndex, field, reader.TokenStartIndex, $"'{text}' is not a day in the form yyyy-MM-dd.");
        return null;
    }

    private static double? ReadCoordinate(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            context.Error(eventIndex, field, reader.TokenStartIndex, $"Expected a number, not {Describe(reader.TokenType)}.");
            SkipValue(ref reader);
            return null;
        }

        if (!reader.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            context.Error(eventIndex, field, reader.TokenStartIndex, "The number is out of the range of a double.");
            return null;
        }

        return value;
    }

    private static ImmutableArray<T> ReadArray<T>(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string name, ItemReader<T> readItem)
        where T : class
    {
        var items = context.Scratch<T>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            context.Error(eventIndex, name, reader.TokenStartIndex, $"Expected an array, not {Describe(reader.TokenType)}.");
            SkipValue(ref reader);
            return default;
        }

        items.Clear();
        var index = 0;
        var failed = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = readItem(ref reader, context, eventIndex, name, index++);
            if (item is null)
            {
                failed = true;
            }
            else if (!failed)
            {
                items.Add(item);
            }
        }

        return failed ? default : items.ToImmutable();
    }

    private static string? ReadTag(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index) =>
        ReadSharedString(ref reader, context, eventIndex, new FieldPath(array, index), required: true);

    private static bool StartObject(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index, string what)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        context.Error(eventIndex, new FieldPath(array, index), reader.TokenStartIndex, $"{what} must be a JSON object, not {Describe(reader.TokenType)}.");
        SkipValue(ref reader);
        return false;
    }

    private static void Unknown(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index, string what)
    {
        var name = reader.GetString();
        context.Error(
            eventIndex,
            new FieldPath(array, index, name),
            reader.TokenStartIndex,
            $"'{name}' is not a property of {what}; put data of your own on the event, where unknown properties are kept.");
        reader.Read();
        SkipValue(ref reader);
    }

    private static void Missing(ReadContext context, int eventIndex, string array, int index, long start, string name)
    {
        context.Error(eventIndex, new FieldPath(array, index), start, $"The required property '{name}' is missing.");
    }

    private static Actor? ReadActor(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
    {
        if (!StartObject(ref reader, context, eventIndex, array, index, "An actor"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = context.Count;
        string? name = null, country = null, role = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                name = ReadSharedString(ref reader, context, eventIndex, new FieldPath(array, index, "name"), required: true);
            }
            else if (reader.ValueTextEquals("countryCode"u8))
            {
                reader.Read();
                country = ReadSharedString(ref reader, context, eventIndex, new FieldPath(array, index, "countryCode"), required: false);
            }
            else if (reader.ValueTextEquals("role"u8))
            {
                reader.Read();
                role = ReadSharedString(ref reader, context, eventIndex, new FieldPath(array, index, "role"), required: false);
            }
            else
            {
                Unknown(ref reader, context, eventIndex, array, index, "an actor");
            }
        }

        if (name is null && context.Count == before)
        {
            Missing(context, eventIndex, array, index, start, "name");
        }

        return context.Count == before ? new Actor(name!, country, role) : null;
    }

    private static Place? ReadPlace(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
    {
        if (!StartObject(ref reader, context, eventIndex, array, index, "A place"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = context.Count;
        string? name = null, country = null;
        double? latitude = null, longitude = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                name = ReadSharedString(ref reader, context, eventIndex, new FieldPath(array, index, "name"), required: true);
            }
            else if (reader.ValueTextEquals("countryCode"u8))
            {
                reader.Read();
                country = ReadSharedString(ref reader, context, eventIndex, new FieldPath(array, index, "countryCode"), required: false);
            }
            else if (reader.ValueTextEquals("latitude"u8))
            {
                reader.Read();
                latitude = ReadCoordinate(ref reader, context, eventIndex, new FieldPath(array, index, "latitude"));
            }
            else if (reader.ValueTextEquals("longitude"u8))
            {
                reader.Read();
                longitude = ReadCoordinate(ref reader, context, eventIndex, new FieldPath(array, index, "longitude"));
            }
            else
            {
                Unknown(ref reader, context, eventIndex, array, index, "a place");
            }
        }

        if (name is null && context.Count == before)
        {
            Missing(context, eventIndex, array, index, start, "name");
        }

        return context.Count == before ? new Place(name!, country, latitude, longitude) : null;
    }

    private static Source? ReadSource(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
    {
        if (!StartObject(ref reader, context, eventIndex, array, index, "A source"))
        {
            return null;
        }

        var before = context.Count;
        string? title = null, publisher = null;
        Uri? url = null;
        EdtfValue? published = null;
        LocalDate? accessed = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("title"u8))
            {
                reader.Read();
                title = ReadString(ref reader, context, eventIndex, new FieldPath(array, index, "title"), required: false);
            }
            else if (reader.ValueTextEquals("url"u8))
            {
                reader.Read();
                var text = ReadString(ref reader, context, eventIndex, new FieldPath(array, index, "url"), required: false);
                if (text is not null && !Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out url))
                {
                    context.Error(eventIndex, new FieldPath(array, index, "url"), reader.TokenStartIndex, $"'{text}' is not a URL.");
                }
            }
            else if (reader.ValueTextEquals("publisher"u8))
            {
                reader.Read();
                publisher = ReadSharedString(ref reader, context, eventIndex, new FieldPath(array, index, "publisher"), required: false);
            }
            else if (reader.ValueTextEquals("published"u8))
            {
                reader.Read();
                published = ReadEdtf(ref reader, context, eventIndex, new FieldPath(array, index, "published"), required: false);
            }
            else if (reader.ValueTextEquals("accessed"u8))
            {
                reader.Read();
                accessed = ReadLocalDate(ref reader, context, eventIndex, new FieldPath(array, index, "accessed"));
            }
            else
            {
                Unknown(ref reader, context, eventIndex, array, index, "a source");
            }
        }

        return context.Count == before ? new Source(title, url, publisher, published, accessed) : null;
    }

    private static EventRelation? ReadRelation(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
    {
        if (!StartObject(ref reader, context, eventIndex, array, index, "A relation"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = context.Count;
        string? kind = null, target = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                reader.Read();
                kind = ReadName(ref reader, context, eventIndex, new FieldPath(array, index, "kind"), required: true);
            }
            else if (reader.ValueTextEquals("targetId"u8))
            {
                reader.Read();
                target = ReadString(ref reader, context, eventIndex, new FieldPath(array, index, "targetId"), required: true);
            }
            else
            {
                Unknown(ref reader, context, eventIndex, array, index, "a relation");
            }
        }

        if (context.Count == before)
        {
            if (kind is null)
            {
                Missing(context, eventIndex, array, index, start, "kind");
            }

            if (target is null)
            {
                Missing(context, eventIndex, array, index, start, "targetId");
            }
        }

        return context.Count == before ? new EventRelation(new EventRelationKind(kind!), target!) : null;
    }
}
