using System.Text.Json.Serialization;

namespace Timelines.Benchmarks.Serialization;

/// <summary>
/// The source-generated serializer context of the baseline: camelCase names as in the format, nulls left out as
/// the library leaves them out, and its default options otherwise, so that it takes System.Text.Json's fast path.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StringTimeline))]
public sealed partial class StringTimelineContext : JsonSerializerContext;
