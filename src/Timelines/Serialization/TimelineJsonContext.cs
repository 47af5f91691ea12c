using System.Text.Json.Serialization;

namespace Timelines.Serialization;

/// <summary>
/// The source-generated metadata behind <see cref="TimelineJson.TypeInfoResolver"/>. It is internal because the
/// generator makes public properties for every type it reaches (NodaTime's among them), which are no part of this
/// library's API.
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(TimelineConverter), typeof(TimelineEventConverter), typeof(EdtfValueConverter)])]
[JsonSerializable(typeof(Timeline))]
[JsonSerializable(typeof(TimelineEvent))]
[JsonSerializable(typeof(EdtfValue))]
internal sealed partial class TimelineJsonContext : JsonSerializerContext;
