using System.Text.Json;
using Timelines.Serialization.Internal;
using static Timelines.Serialization.Reading.ValueReader;

namespace Timelines.Serialization.Reading;

/// <summary>Reads a relation of an event: a part without an extension bag, so an unknown property is an error.</summary>
internal static class RelationReader
{
    public static EventRelation? Read(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
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
}
