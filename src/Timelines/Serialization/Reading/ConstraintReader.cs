using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timelines.Reasoning.Network;
using Timelines.Serialization.Internal;
using static Timelines.Serialization.Reading.ValueReader;

namespace Timelines.Serialization.Reading;

/// <summary>Reads a constraint of an event: a part without an extension bag, so an unknown property is an error.</summary>
internal static class ConstraintReader
{
    public static EventConstraint? Read(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
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

        // The rules of a constraint as a whole, in the model's words.
        if (EventConstraint.ShapeProblem(point!.Value, target, targetPoint!.Value, least, most) is var (_, problem))
        {
            context.Error(eventIndex, new FieldPath(array, index), start, problem);
            return null;
        }

        return new EventConstraint(point.Value, target, targetPoint.Value, least, most);
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

        context.Error(eventIndex, field, reader.TokenStartIndex, ReadMessages.NotAPoint);
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
            context.Error(eventIndex, field, reader.TokenStartIndex, ReadMessages.NotAGap(text));
            return null;
        }

        var gap = parsed.Value;
        if (GapTicks.MixesSigns(gap))
        {
            context.Error(eventIndex, field, reader.TokenStartIndex, RuleMessages.GapMixesSigns(text));
            return null;
        }

        return gap;
    }
}
