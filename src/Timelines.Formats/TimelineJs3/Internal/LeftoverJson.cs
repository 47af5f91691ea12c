using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>Builds the JSON values kept in the <c>x-timelinejs3</c> extension, with a writer rather than the serializer (the package is trimmable).</summary>
internal static class LeftoverJson
{
    public static JsonElement String(string value) => Build(writer => writer.WriteStringValue(value));

    public static JsonElement ToElement(SortedDictionary<string, JsonElement> members) => Build(writer =>
    {
        writer.WriteStartObject();
        foreach (var pair in members)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    });

    public static JsonElement Build(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
