using System.Text.Json.Serialization.Metadata;

namespace Timelines.Serialization;

public static partial class TimelineJson
{
    /// <summary>
    /// Gets source-generated JSON metadata for <see cref="Timeline"/>, <see cref="TimelineEvent"/> and
    /// <see cref="EdtfValue"/>: for <c>JsonSerializer</c> calls without reflection, under trimming and native AOT.
    /// Use it with <see cref="TimelineJsonSerializerOptionsExtensions.ConfigureForTimeline"/>, which adds the
    /// library's converters (without them the generated metadata would write the types' properties instead of
    /// the <c>timeline/1</c> format), and combine it with a context of your own through
    /// <see cref="JsonTypeInfoResolver.Combine(IJsonTypeInfoResolver[])"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// var options = new JsonSerializerOptions { TypeInfoResolver = TimelineJson.TypeInfoResolver }.ConfigureForTimeline();
    /// var json = JsonSerializer.Serialize(timeline, options);
    /// var back = JsonSerializer.Deserialize&lt;Timeline&gt;(json, options);
    /// </code>
    /// </example>
    public static IJsonTypeInfoResolver TypeInfoResolver => TimelineJsonContext.Default;
}
