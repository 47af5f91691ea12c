using System.Collections.Generic;
using System.Text.Json;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>Writes the slides of a timeline as TimelineJS3 JSON.</summary>
internal static class TimelineJs3JsonWriter
{
    public static void Write(Utf8JsonWriter writer, Timeline timeline, TimelineJs3Options options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("title");
        WriteSlide(writer, SlideWriter.ForTitle(timeline));

        writer.WriteStartArray("events");
        var eras = new List<Slide>();
        foreach (var item in timeline.Events)
        {
            WriteSlide(writer, SlideWriter.ForEvent(item, timeline.AsOf, options));
            if (options.Era?.Invoke(item) == true && SlideWriter.EraFor(item, timeline.TimeZone, timeline.AsOf) is { } era)
            {
                eras.Add(era);
            }
        }

        writer.WriteEndArray();
        if (eras.Count > 0)
        {
            writer.WriteStartArray("eras");
            foreach (var era in eras)
            {
                WriteSlide(writer, era);
            }

            writer.WriteEndArray();
        }

        writer.WriteString("scale", "human");
        writer.WriteEndObject();
    }

    private static void WriteSlide(Utf8JsonWriter writer, Slide slide)
    {
        writer.WriteStartObject();
        if (slide.UniqueId is { } id)
        {
            writer.WriteString("unique_id", id);
        }

        if (slide.Start is { } start)
        {
            WriteDate(writer, "start_date", start, slide.Leftovers);
        }

        if (slide.End is { } end)
        {
            WriteDate(writer, "end_date", end, slide.Leftovers);
        }

        if (slide.DisplayDate is { } display)
        {
            writer.WriteString("display_date", display);
        }

        writer.WriteStartObject("text");
        writer.WriteString("headline", slide.Headline ?? string.Empty);
        if (slide.Text is { } text)
        {
            writer.WriteString("text", text);
        }

        writer.WriteEndObject();
        WriteMedia(writer, slide);
        if (slide.Group is { } group)
        {
            writer.WriteString("group", group);
        }

        foreach (var pair in slide.Leftovers)
        {
            // Written above from the event's own fields, which win over what was kept.
            if (pair.Key is "unique_id" or "start_date" or "end_date" or "display_date" or "text" or "media" or "group")
            {
                continue;
            }

            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteMedia(Utf8JsonWriter writer, Slide slide)
    {
        var kept = slide.Leftovers.TryGetValue("media", out var media) && media.ValueKind == JsonValueKind.Object ? media : (JsonElement?)null;
        if (slide.MediaUrl is null && kept is null)
        {
            return;
        }

        writer.WriteStartObject("media");
        WriteIfAny(writer, "url", slide.MediaUrl);
        WriteIfAny(writer, "credit", slide.MediaCredit is { } credit ? SlideText.ToHtml(credit) : null);
        WriteIfAny(writer, "caption", slide.MediaCaption is { } caption ? SlideText.ToHtml(caption) : null);
        if (kept is { } others)
        {
            foreach (var property in others.EnumerateObject())
            {
                var written = property.Name switch
                {
                    "url" => slide.MediaUrl,
                    "credit" => slide.MediaCredit,
                    "caption" => slide.MediaCaption,
                    _ => null,
                };
                if (written is null)
                {
                    property.WriteTo(writer);
                }
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteIfAny(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, SlideDate date, SortedDictionary<string, JsonElement> leftovers)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("year", date.Year);
        WriteNumber(writer, "month", date.Month);
        WriteNumber(writer, "day", date.Day);
        WriteNumber(writer, "hour", date.Hour);
        WriteNumber(writer, "minute", date.Hour.HasValue ? date.Minute ?? 0 : null);
        WriteNumber(writer, "second", date.Hour.HasValue ? date.Second ?? 0 : null);
        if (leftovers.TryGetValue(name, out var kept) && kept.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in kept.EnumerateObject())
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
