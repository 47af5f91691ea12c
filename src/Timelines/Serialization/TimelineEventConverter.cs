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
/// listing all of them. Property names are those of the format, whatever the serializer's naming policy.
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
