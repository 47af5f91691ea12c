using System;
using System.Text.Json;
using NodaTime;
using Timelines.Serialization.Internal;
using static Timelines.Serialization.Reading.ValueReader;

namespace Timelines.Serialization.Reading;

/// <summary>Reads a source of an event: a part without an extension bag, so an unknown property is an error.</summary>
internal static class SourceReader
{
    public static Source? Read(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
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
                        context.Error(eventIndex, field, reader.TokenStartIndex, ReadMessages.NotAUrl(text));
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
}
