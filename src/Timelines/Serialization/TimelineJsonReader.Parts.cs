using System;
using System.Text.Json;
using NodaTime;

namespace Timelines.Serialization;

/// <content>
/// The parts of an event: actors, places, sources and relations. They have no extension bag, so an unknown
/// property is an error, and, as everywhere in the format, a property given twice is one.
/// </content>
internal static partial class TimelineJsonReader
{
    private static readonly string[] ActorNames = ["name", "countryCode", "role"];
    private static readonly string[] PlaceNames = ["name", "countryCode", "latitude", "longitude"];
    private static readonly string[] SourceNames = ["title", "url", "publisher", "published", "accessed"];
    private static readonly string[] RelationNames = ["kind", "targetId"];

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

    /// <summary>Names a property of a part (the property name is current) as its index in <paramref name="names"/>.</summary>
    /// <returns>The index, or -1 for a name that is unknown or cannot be read, which is reported, and its value skipped.</returns>
    private static int MatchPart(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index, string what, string[] names)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (reader.ValueTextEquals(names[i]))
                {
                    return i;
                }
            }
        }

        var nameOffset = reader.TokenStartIndex;
        var name = Utf8Text.TryGetString(ref reader, out var problem);
        if (name is null)
        {
            context.Error(eventIndex, new FieldPath(array, index), nameOffset, UnreadableName(problem!));
        }
        else if (Array.IndexOf(names, name) is var known and >= 0)
        {
            return known;
        }
        else
        {
            context.Error(
                eventIndex,
                new FieldPath(array, index, name),
                nameOffset,
                $"'{name}' is not a property of {what}; put data of your own on the event, where unknown properties are kept.");
        }

        reader.Read();
        SkipValue(ref reader);
        return -1;
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
        var before = context.Reported;
        string? name = null, country = null, role = null;
        var seen = 0;
        var names = ActorNames;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var property = MatchPart(ref reader, context, eventIndex, array, index, "an actor", names);
            if (property < 0)
            {
                continue;
            }

            Seen(ref seen, property, names[property], context, eventIndex, new FieldPath(array, index), nameOffset);
            reader.Read();
            var field = new FieldPath(array, index, names[property]);
            switch (property)
            {
                case 0:
                    name = ReadSharedString(ref reader, context, eventIndex, field, required: true);
                    break;
                case 1:
                    country = ReadSharedString(ref reader, context, eventIndex, field, required: false);
                    break;
                default:
                    role = ReadSharedString(ref reader, context, eventIndex, field, required: false);
                    break;
            }
        }

        if (name is null && context.Reported == before)
        {
            Missing(context, eventIndex, array, index, start, "name");
        }

        return context.Reported == before ? new Actor(name!, country, role) : null;
    }

    private static Place? ReadPlace(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
    {
        if (!StartObject(ref reader, context, eventIndex, array, index, "A place"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = context.Reported;
        string? name = null, country = null;
        double? latitude = null, longitude = null;
        var seen = 0;
        var names = PlaceNames;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var property = MatchPart(ref reader, context, eventIndex, array, index, "a place", names);
            if (property < 0)
            {
                continue;
            }

            Seen(ref seen, property, names[property], context, eventIndex, new FieldPath(array, index), nameOffset);
            reader.Read();
            var field = new FieldPath(array, index, names[property]);
            switch (property)
            {
                case 0:
                    name = ReadSharedString(ref reader, context, eventIndex, field, required: true);
                    break;
                case 1:
                    country = ReadSharedString(ref reader, context, eventIndex, field, required: false);
                    break;
                case 2:
                    latitude = ReadCoordinate(ref reader, context, eventIndex, field);
                    break;
                default:
                    longitude = ReadCoordinate(ref reader, context, eventIndex, field);
                    break;
            }
        }

        if (name is null && context.Reported == before)
        {
            Missing(context, eventIndex, array, index, start, "name");
        }

        return context.Reported == before ? new Place(name!, country, latitude, longitude) : null;
    }

    private static Source? ReadSource(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
    {
        if (!StartObject(ref reader, context, eventIndex, array, index, "A source"))
        {
            return null;
        }

        var before = context.Reported;
        string? title = null, publisher = null;
        Uri? url = null;
        EdtfValue? published = null;
        LocalDate? accessed = null;
        var seen = 0;
        var names = SourceNames;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var property = MatchPart(ref reader, context, eventIndex, array, index, "a source", names);
            if (property < 0)
            {
                continue;
            }

            Seen(ref seen, property, names[property], context, eventIndex, new FieldPath(array, index), nameOffset);
            reader.Read();
            var field = new FieldPath(array, index, names[property]);
            switch (property)
            {
                case 0:
                    title = ReadString(ref reader, context, eventIndex, field, required: false, TextKind.Line);
                    break;
                case 1:
                    var text = ReadString(ref reader, context, eventIndex, field, required: false, TextKind.Line);
                    if (text is not null && !Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out url))
                    {
                        context.Error(eventIndex, field, reader.TokenStartIndex, $"'{text}' is not a URL.");
                    }

                    break;
                case 2:
                    publisher = ReadSharedString(ref reader, context, eventIndex, field, required: false);
                    break;
                case 3:
                    published = ReadEdtf(ref reader, context, eventIndex, field, required: false);
                    break;
                default:
                    accessed = ReadLocalDate(ref reader, context, eventIndex, field);
                    break;
            }
        }

        return context.Reported == before ? new Source(title, url, publisher, published, accessed) : null;
    }

    private static EventRelation? ReadRelation(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
    {
        if (!StartObject(ref reader, context, eventIndex, array, index, "A relation"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = context.Reported;
        string? kind = null, target = null;
        var seen = 0;
        var names = RelationNames;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var property = MatchPart(ref reader, context, eventIndex, array, index, "a relation", names);
            if (property < 0)
            {
                continue;
            }

            Seen(ref seen, property, names[property], context, eventIndex, new FieldPath(array, index), nameOffset);
            reader.Read();
            var field = new FieldPath(array, index, names[property]);
            if (property == 0)
            {
                kind = ReadName(ref reader, context, eventIndex, field, required: true);
            }
            else
            {
                target = ReadString(ref reader, context, eventIndex, field, required: true, TextKind.Id);
            }
        }

        if (context.Reported == before)
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

        return context.Reported == before ? new EventRelation(new EventRelationKind(kind!), target!) : null;
    }
}
