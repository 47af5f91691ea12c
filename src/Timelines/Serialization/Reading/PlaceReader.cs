using System.Text.Json;
using Timelines.Serialization.Internal;
using static Timelines.Serialization.Reading.ValueReader;

namespace Timelines.Serialization.Reading;

/// <summary>Reads a place of an event: a part without an extension bag, so an unknown property is an error.</summary>
internal static class PlaceReader
{
    public static Place? Read(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
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
}
