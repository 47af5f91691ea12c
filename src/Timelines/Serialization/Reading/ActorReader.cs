using System.Text.Json;
using Timelines.Serialization.Internal;
using static Timelines.Serialization.Reading.ValueReader;

namespace Timelines.Serialization.Reading;

/// <summary>Reads an actor of an event: a part without an extension bag, so an unknown property is an error.</summary>
internal static class ActorReader
{
    public static Actor? Read(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
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
}
