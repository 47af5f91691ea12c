using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timelines.Serialization;

/// <summary>
/// Converts a <see cref="TimelineEvent"/> to and from a JSON object of the <c>timeline/1</c> format, so that events
/// can be embedded in a caller's own JSON.
/// </summary>
/// <remarks>
/// The event's fields are checked (types, EDTF, required properties); the rules of a timeline (unique ids,
/// relation targets) are not, as the event stands alone. Errors throw a <see cref="TimelineJsonException"/>
/// listing all of them by JSON path within the event; their line and byte are 0, because a converter sees only a
/// reader positioned on its value, not the input or its line count (the serializer sets the exception's own
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.Path"/> to where the value ends).
/// <para>
/// Property names are always those of the format (<c>id</c>, <c>when</c>, <c>countryCode</c>...), whatever the
/// serializer's <see cref="JsonSerializerOptions.PropertyNamingPolicy"/> or case-insensitivity: the names are fixed
/// by the schema, <c>timeline.schema.json</c>, so that every reader of the format understands the output.
/// </para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TimelineEventConverter : JsonConverter<TimelineEvent>
{
    private readonly TimelineJsonOptions timelineOptions;

    /// <summary>Initializes a converter with the default options.</summary>
    public TimelineEventConverter()
        : this(TimelineJsonOptions.Default)
    {
    }

    /// <summary>Initializes a converter.</summary>
    /// <param name="timelineOptions">Whether to write bounds, and the error limit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timelineOptions"/> is null.</exception>
    public TimelineEventConverter(TimelineJsonOptions timelineOptions)
    {
        ArgumentNullException.ThrowIfNull(timelineOptions);
        this.timelineOptions = timelineOptions;
    }

    /// <inheritdoc />
    public override TimelineEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var context = new ReadContext(timelineOptions);
        var item = TimelineJsonReader.ReadEvent(ref reader, context, -1);
        return context.Count > 0 ? throw context.ToException(default) : item!;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TimelineEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        TimelineJsonWriter.WriteEvent(writer, value, timelineOptions);
    }
}
