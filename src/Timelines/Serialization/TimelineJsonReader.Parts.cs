using System;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timelines.Reasoning.Network;
using Timelines.Serialization.Internal;

namespace Timelines.Serialization;

/// <content>
/// The parts of an event: actors, places, sources, relations and constraints. They have no extension bag, so an unknown
/// property is an error, and, as everywhere in the format, a property given twice is one.
/// </content>
internal static partial class TimelineJsonReader
{
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
        var properties = new PartProperties(context, eventIndex, new FieldPath(array, index), "an actor", PropertyNames.Actor.All);
        while (properties.Next(ref reader, out var property, out var field))
        {
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
            Missing(context, eventIndex, array, index, start, PropertyNames.Actor.Name);
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
        var properties = new PartProperties(context, eventIndex, new FieldPath(array, index), "a place", PropertyNames.Place.All);
        while (properties.Next(ref reader, out var property, out var field))
        {
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
            Missing(context, eventIndex, array, index, start, PropertyNames.Place.Name);
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
        var properties = new PartProperties(context, eventIndex, new FieldPath(array, index), "a source", PropertyNames.Source.All);
        while (properties.Next(ref reader, out var property, out var field))
        {
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
        var properties = new PartProperties(context, eventIndex, new FieldPath(array, index), "a relation", PropertyNames.Relation.All);
        while (properties.Next(ref reader, out var property, out var field))
        {
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
                Missing(context, eventIndex, array, index, start, PropertyNames.Relation.Kind);
            }

            if (target is null)
            {
                Missing(context, eventIndex, array, index, start, PropertyNames.Relation.TargetId);
            }
        }

        return context.Reported == before ? new EventRelation(new EventRelationKind(kind!), target!) : null;
    }

    private static EventConstraint? ReadConstraint(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
    {
        if (!StartObject(ref reader, context, eventIndex, array, index, "A constraint"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = context.Reported;
        string? target = null;
        EventPoint? point = null, targetPoint = null;
        Period? least = null, most = null;
        var properties = new PartProperties(context, eventIndex, new FieldPath(array, index), "a constraint", PropertyNames.Constraint.All);
        while (properties.Next(ref reader, out var property, out var field))
        {
            switch (property)
            {
                case 0:
                    point = ReadPoint(ref reader, context, eventIndex, field);
                    break;
                case 1:
                    target = ReadString(ref reader, context, eventIndex, field, required: false, TextKind.Id);
                    break;
                case 2:
                    targetPoint = ReadPoint(ref reader, context, eventIndex, field);
                    break;
                case 3:
                    least = ReadGap(ref reader, context, eventIndex, field);
                    break;
                default:
                    most = ReadGap(ref reader, context, eventIndex, field);
                    break;
            }
        }

        if (context.Reported != before)
        {
            return null;
        }

        if (point is null)
        {
            Missing(context, eventIndex, array, index, start, PropertyNames.Constraint.Point);
        }

        if (targetPoint is null)
        {
            Missing(context, eventIndex, array, index, start, PropertyNames.Constraint.TargetPoint);
        }

        if (context.Reported != before)
        {
            return null;
        }

        try
        {
            return new EventConstraint(point!.Value, target, targetPoint!.Value, least, most);
        }
        catch (ArgumentException e)
        {
            // The rules of a constraint as a whole: a gap given, a constraint of an event against itself between
            // two different points; the model's message, without its parameter name.
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
            context.Error(eventIndex, new FieldPath(array, index), start, message);
            return null;
        }
    }

    private static EventPoint? ReadPoint(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueTextEquals("start"u8))
            {
                return EventPoint.Start;
            }

            if (reader.ValueTextEquals("end"u8))
            {
                return EventPoint.End;
            }
        }

        context.Error(eventIndex, field, reader.TokenStartIndex, "A point must be the string \"start\" or \"end\".");
        SkipValue(ref reader);
        return null;
    }

    private static Period? ReadGap(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field)
    {
        var text = ReadString(ref reader, context, eventIndex, field, required: true, TextKind.Line);
        if (text is null)
        {
            return null;
        }

        var parsed = PeriodPattern.Roundtrip.Parse(text);
        if (!parsed.Success)
        {
            context.Error(eventIndex, field, reader.TokenStartIndex, $"'{text}' is not a gap: give an ISO 8601 period such as P2D, PT12H or P-3M.");
            return null;
        }

        var gap = parsed.Value;
        if (GapTicks.MixesSigns(gap))
        {
            context.Error(eventIndex, field, reader.TokenStartIndex, GapTicks.MixedSigns(text));
            return null;
        }

        return gap;
    }

    /// <summary>
    /// The properties of one part, one at a time: each name matched against the part's names, a name given twice or
    /// unknown or unreadable reported (and its value skipped), the reader left on the value of a known one.
    /// </summary>
    private struct PartProperties(ReadContext context, int eventIndex, FieldPath part, string what, PropertyTable names)
    {
        private int seen;

        /// <summary>Moves to the next known property's value.</summary>
        /// <param name="reader">The reader, inside the part.</param>
        /// <param name="property">The property's index in the part's names.</param>
        /// <param name="field">The property's path, for errors.</param>
        /// <returns><see langword="false"/> at the end of the part.</returns>
        public bool Next(ref Utf8JsonReader reader, out int property, out FieldPath field)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameOffset = reader.TokenStartIndex;
                property = Match(ref reader, nameOffset);
                if (property < 0)
                {
                    reader.Read();
                    SkipValue(ref reader);
                    continue;
                }

                Seen(ref seen, property, names[property], context, eventIndex, part, nameOffset);
                reader.Read();
                field = part with { Member = names[property] };
                return true;
            }

            (property, field) = (-1, default);
            return false;
        }

        private readonly int Match(ref Utf8JsonReader reader, long nameOffset)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                var matched = names.IndexOf(reader.ValueSpan);
                if (matched >= 0)
                {
                    return matched;
                }
            }

            var name = Utf8Text.TryGetString(ref reader, out var problem);
            if (name is null)
            {
                context.Error(eventIndex, part, nameOffset, UnreadableName(problem!));
                return -1;
            }

            var known = names.IndexOf(name);
            if (known < 0)
            {
                context.Error(
                    eventIndex,
                    part with { Member = name },
                    nameOffset,
                    $"'{name}' is not a property of {what}; put data of your own on the event, where unknown properties are kept.");
            }

            return known;
        }
    }
}
