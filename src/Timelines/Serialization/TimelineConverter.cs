using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json;
using System;
using Timelines.Serialization.Reading;

namespace Timelines.Serialization;

/// <summary>
/// Converts a <see cref="Timeline"/> to and from a JSON object of the <c>timeline/1</c> format, so that timelines
/// can be embedded in a caller's own JSON.
/// </summary>
/// <remarks>
/// Reading checks every rule, as <see cref="TimelineJson.Parse(string, TimelineJsonOptions?)"/> does, and throws a
/// <see cref="TimelineJsonException"/> listing every error with its path and position in the caller's document,
/// such as <c>$.payload.events[0].when</c> (see <see cref="TimelineJsonException"/> for how). JSON that is not
/// well formed gives the serializer's own <see cref="JsonException"/>.
/// <para>
/// Property names are always those of the format (<c>format</c>, <c>timeZone</c>, <c>events</c>...), whatever the
/// serializer's <see cref="JsonSerializerOptions.PropertyNamingPolicy"/> or case-insensitivity: the names are fixed
/// by the schema, <c>timeline.schema.json</c>, so that every reader of the format understands the output.
/// </para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TimelineConverter : JsonConverter<Timeline>
{
    private readonly TimelineJsonOptions timelineOptions;

    /// <summary>Initializes a converter with the default options.</summary>
    public TimelineConverter()
        : this(TimelineJsonOptions.Default)
    {
    }

    /// <summary>Initializes a converter.</summary>
    /// <param name="timelineOptions">Whether to write bounds, and the error limit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timelineOptions"/> is null.</exception>
    public TimelineConverter(TimelineJsonOptions timelineOptions)
    {
        ArgumentNullException.ThrowIfNull(timelineOptions);
        this.timelineOptions = timelineOptions;
    }

    /// <inheritdoc />
    public override Timeline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var start = reader;
        var context = new ReadContext(timelineOptions);
        var header = new TimelineHeader();
        var events = new List<TimelineEvent>();
        var starts = new List<long>();
        var complete = TimelineReader.ReadDocument(ref reader, context, header, events, starts);
        var indexById = complete ? TimelineReader.CheckAcrossEvents(events, context, starts) : null;
        return context.Count > 0 ? throw TimelineReader.ValueException(ref reader, start, context) : header.Build(events, indexById);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Timeline value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        TimelineJsonWriter.WriteTimeline(writer, value, timelineOptions, flush: false);
    }
}
