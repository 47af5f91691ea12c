using System.Collections.Generic;
using System.Text.Json;
using Timelines.Tool.Summary;

namespace Timelines.Tool.Output;

/// <summary>Writes a <see cref="TimelineSummary"/> as one JSON object, for <c>timeline info --format json</c>.</summary>
internal static class SummaryJson
{
    /// <summary>Writes the summary.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="top">How many tags, actors and places to list; 0 for all.</param>
    public static void Write(Utf8JsonWriter writer, TimelineSummary summary, int top)
    {
        writer.WriteStartObject();
        writer.WriteString("title", summary.Title);
        if (summary.Id is { } id)
        {
            writer.WriteString("id", id);
        }

        writer.WriteNumber("events", summary.Events);
        writer.WriteString("timeZone", summary.Zone.Id);
        WriteDay(writer, "asOf", summary.AsOf);
        writer.WriteStartObject("span");
        WriteDay(writer, "first", summary.FirstDay);
        WriteDay(writer, "last", summary.LastDay);
        writer.WriteEndObject();
        writer.WriteStartObject("dates");
        writer.WriteNumber("single", summary.SingleDates);
        writer.WriteNumber("intervals", summary.Intervals);
        writer.WriteNumber("openStarts", summary.OpenStarts);
        writer.WriteNumber("openEnds", summary.OpenEnds);
        writer.WriteNumber("unknownStarts", summary.UnknownStarts);
        writer.WriteNumber("unknownEnds", summary.UnknownEnds);
        writer.WriteEndObject();
        writer.WriteStartObject("precisions");
        foreach (var (precision, count) in summary.Precisions)
        {
            writer.WriteNumber(precision.ToString().ToLowerInvariant(), count);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("qualifiers");
        foreach (var (qualifier, count) in summary.Qualifiers)
        {
            writer.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(qualifier.ToString()), count);
        }

        writer.WriteNumber("unspecifiedDigits", summary.UnspecifiedDigits);
        writer.WriteEndObject();
        WriteCounts(writer, "statuses", summary.Statuses, 0);
        WriteCounts(writer, "tags", summary.Tags, top);
        WriteCounts(writer, "actors", summary.Actors, top);
        WriteCounts(writer, "places", summary.Places, top);
        writer.WriteEndObject();
    }

    private static void WriteDay(Utf8JsonWriter writer, string name, NodaTime.LocalDate? day)
    {
        if (day is { } value)
        {
            writer.WriteString(name, SummaryTables.Day(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, Dictionary<string, long> counts, int top)
    {
        writer.WriteStartArray(name);
        foreach (var (key, count) in TimelineSummary.Ranked(counts, top))
        {
            writer.WriteStartObject();
            writer.WriteString("name", key);
            writer.WriteNumber("events", count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
