using Timelines.Serialization;

namespace Timelines.PostgreSql.Storage;

/// <summary>A timeline's parts other than its events, kept as a timeline with no events in the timeline/1 JSON format.</summary>
internal static class Headers
{
    public static string ToJson(Timeline timeline)
    {
        var builder = new TimelineBuilder(timeline.Id, timeline.Title)
        {
            Description = timeline.Description,
            TimeZone = timeline.TimeZone,
            AsOf = timeline.AsOf,
        };
        foreach (var pair in timeline.Extensions)
        {
            builder.Extensions[pair.Key] = pair.Value;
        }

        return TimelineJson.ToJson(builder.Build());
    }

    public static Timeline Parse(string json) => TimelineJson.Parse(json);
}
