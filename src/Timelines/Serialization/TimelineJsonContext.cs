using System.Text.Json.Serialization;

namespace Timelines.Serialization;

/// <summary>
/// A source-generated <see cref="JsonSerializerContext"/> for <see cref="Timeline"/>, <see cref="TimelineEvent"/> and
/// <see cref="EdtfValue"/>, using the library's converters: for <c>JsonSerializer</c> calls without reflection,
/// under trimming and native AOT. Combine it with a context of your own through
/// <c>JsonTypeInfoResolver.Combine</c>.
/// </summary>
/// <example>
/// <code>
/// var json = JsonSerializer.Serialize(timeline, TimelineJsonContext.Default.Timeline);
/// var back = JsonSerializer.Deserialize(json, TimelineJsonContext.Default.Timeline);
/// </code>
/// </example>
[JsonSourceGenerationOptions(Converters = [typeof(TimelineConverter), typeof(TimelineEventConverter), typeof(EdtfValueConverter)])]
[JsonSerializable(typeof(Timeline))]
[JsonSerializable(typeof(TimelineEvent))]
[JsonSerializable(typeof(EdtfValue))]
public sealed partial class TimelineJsonContext : JsonSerializerContext;
