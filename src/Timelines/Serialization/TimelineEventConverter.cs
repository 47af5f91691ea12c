using System.Text.Json.Serialization;
using System.Text.Json;
using System;
using Timelines.Serialization.Reading;

namespace Timelines.Serialization;

/// <summary>
/// Converts a <see cref="TimelineEvent"/> to and from a JSON object of the <c>timeline/1</c> format, so that events
/// can be embedded in a caller's own JSON.
/// </summary>
/// <remarks>
/// The event's fields and its own rules are checked, as every reader checks them; the rules between the events
/// of a timeline (unique ids, relation targets) are not, as the event stands alone. Errors throw a
/// <see cref="TimelineJsonException"/> listing all of them with their path and position in the caller's document
/// (see <see cref="TimelineJsonException"/> for how). JSON that is not well formed gives the serializer's own
/// <see cref="JsonException"/>.
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
        var start = reader;
        var context = new ReadContext(timelineOptions);
        var item = EventReader.Read(ref reader, context, -1);
        return context.Count > 0 ? throw TimelineReader.ValueException(ref reader, start, context) : item!;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TimelineEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        TimelineJsonWriter.WriteEvent(writer, value, timelineOptions);
    }
}
