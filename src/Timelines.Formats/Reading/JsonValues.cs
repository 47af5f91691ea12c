using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Timelines.Formats.Reading;

/// <summary>Builds small JSON values (kept in extensions) with a writer rather than the serializer, which the trimmable package avoids.</summary>
internal static class JsonValues
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
