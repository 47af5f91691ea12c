using System.Text.Json.Serialization;
using System.Text.Json;
using System;
using Timelines.Text;
using Timelines.Serialization.Internal;

namespace Timelines.Serialization;

/// <summary>Converts an <see cref="EdtfValue"/> to and from a JSON string in EDTF, such as <c>"2022-02/.."</c>.</summary>
/// <remarks>
/// Reading accepts the 2019 syntax and the pre-2019 forms (<see cref="EdtfPattern.Lenient"/>); writing uses the
/// 2019 syntax. Bad text gives a <see cref="JsonException"/> whose inner exception is the <see cref="EdtfParseException"/>.
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class EdtfValueConverter : JsonConverter<EdtfValue>
{
    /// <inheritdoc />
    public override EdtfValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(ReadMessages.Expected("an EDTF string", reader.TokenType));
        }

        var text = reader.GetString()!;
        var result = EdtfPattern.Lenient.Parse(text);
        // The parse exception's message names the text, the reason and the character; the serializer adds where.
        return result.Success ? result.Value : throw new JsonException(result.Exception.Message, result.Exception);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EdtfValue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        Span<byte> text = stackalloc byte[EdtfUtf8Formatter.MaxLength];
        writer.WriteStringValue(text[..EdtfUtf8Formatter.Format(value, text)]);
    }
}
