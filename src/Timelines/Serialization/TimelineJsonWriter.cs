using System;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;

namespace Timelines.Serialization;

/// <summary>
/// Writes the timeline format with <see cref="Utf8JsonWriter"/>: a fixed order of properties, nulls and empty
/// collections left out, extensions in ordinal key order, so the same timeline always gives the same bytes.
/// </summary>
internal static class TimelineJsonWriter
{
    private const int FlushThreshold = 64 * 1024;

    public static JsonWriterOptions WriterOptions(bool indented)
    {
        var writerOptions = new JsonWriterOptions
        {
            Indented = indented,

            // Keeps non-ASCII text readable; control characters, quotes and backslashes are still escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = true,
            MaxDepth = 1000,
        };
#if NET9_0_OR_GREATER
        writerOptions.NewLine = "\n";
#endif
        return writerOptions;
    }

    /// <summary>Writes a timeline; <paramref name="flush"/> is false inside a converter, where the serializer owns flushing.</summary>
    public static void WriteTimeline(Utf8JsonWriter writer, Timeline timeline, TimelineJsonOptions options, bool flush)
    {
        WriteHeader(writer, timeline);
        foreach (var item in timeline.Events)
        {
            WriteEvent(writer, item, options);
            if (flush && writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        WriteFooter(writer, timeline);
        if (flush)
        {
            writer.Flush();
        }
    }

    public static async Task WriteTimelineAsync(Utf8JsonWriter writer, Timeline timeline, TimelineJsonOptions options, CancellationToken cancellationToken)
    {
        WriteHeader(writer, timeline);
        foreach (var item in timeline.Events)
        {
            WriteEvent(writer, item, options);
            if (writer.BytesPending > FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        WriteFooter(writer, timeline);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static void WriteEvent(Utf8JsonWriter writer, TimelineEvent item, TimelineJsonOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, item.Id);
        writer.WriteString("title"u8, item.Title);
        WriteEdtf(writer, "when"u8, item.When);
        if (options.WriteBounds)
        {
            var bounds = item.When.Bounds;
            writer.WriteStartObject("bounds"u8);
            writer.WriteString("earliestStart"u8, bounds.EarliestStart.ToString());
            writer.WriteString("latestStart"u8, bounds.LatestStart.ToString());
            writer.WriteString("earliestEnd"u8, bounds.EarliestEnd.ToString());
            writer.WriteString("latestEnd"u8, bounds.LatestEnd.ToString());
            writer.WriteEndObject();
        }

        if (item.Summary is not null)
        {
            writer.WriteString("summary"u8, item.Summary);
        }

        if (item.Status is { } status)
        {
            writer.WriteString("status"u8, status.Name);
        }

        if (!item.Tags.IsEmpty)
        {
            writer.WriteStartArray("tags"u8);
            foreach (var tag in item.Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
        }

        if (!item.Actors.IsEmpty)
        {
            writer.WriteStartArray("actors"u8);
            foreach (var actor in item.Actors)
            {
                writer.WriteStartObject();
                writer.WriteString("name"u8, actor.Name);
                WriteOptional(writer, "countryCode"u8, actor.CountryCode);
                WriteOptional(writer, "role"u8, actor.Role);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!item.Places.IsEmpty)
        {
            writer.WriteStartArray("places"u8);
            foreach (var place in item.Places)
            {
                writer.WriteStartObject();
                writer.WriteString("name"u8, place.Name);
                WriteOptional(writer, "countryCode"u8, place.CountryCode);
                if (place.Latitude is { } latitude)
                {
                    writer.WriteNumber("latitude"u8, latitude);
                }

                if (place.Longitude is { } longitude)
                {
                    writer.WriteNumber("longitude"u8, longitude);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!item.Sources.IsEmpty)
        {
            writer.WriteStartArray("sources"u8);
            foreach (var source in item.Sources)
            {
                writer.WriteStartObject();
                WriteOptional(writer, "title"u8, source.Title);
                WriteOptional(writer, "url"u8, source.Url?.OriginalString);
                WriteOptional(writer, "publisher"u8, source.Publisher);
                if (source.Published is { } published)
                {
                    WriteEdtf(writer, "published"u8, published);
                }

                if (source.Accessed is { } accessed)
                {
                    WriteDate(writer, "accessed"u8, accessed);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!item.Relations.IsEmpty)
        {
            writer.WriteStartArray("relations"u8);
            foreach (var relation in item.Relations)
            {
                writer.WriteStartObject();
                writer.WriteString("kind"u8, relation.Kind.Name);
                writer.WriteString("targetId"u8, relation.TargetId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!item.Constraints.IsEmpty)
        {
            writer.WriteStartArray("constraints"u8);
            foreach (var constraint in item.Constraints)
            {
                writer.WriteStartObject();
                writer.WriteString("point"u8, constraint.Point == EventPoint.Start ? "start"u8 : "end"u8);
                if (constraint.TargetId is { } target)
                {
                    writer.WriteString("targetId"u8, target);
                }

                writer.WriteString("targetPoint"u8, constraint.TargetPoint == EventPoint.Start ? "start"u8 : "end"u8);
                if (constraint.MinimumGap is { } least)
                {
                    writer.WriteString("minimumGap"u8, PeriodPattern.Roundtrip.Format(least));
                }

                if (constraint.MaximumGap is { } most)
                {
                    writer.WriteString("maximumGap"u8, PeriodPattern.Roundtrip.Format(most));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        // Extension keys and values were checked when they were set or read (ExtensionRules), so they can be written.
        foreach (var pair in item.Extensions)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter writer, Timeline timeline)
    {
        writer.WriteStartObject();
        writer.WriteString("format"u8, TimelineJsonReader.FormatVersion);
        writer.WriteString("id"u8, timeline.Id);
        writer.WriteString("title"u8, timeline.Title);
        WriteOptional(writer, "description"u8, timeline.Description);
        if (!string.Equals(timeline.TimeZone.Id, DateTimeZone.Utc.Id, StringComparison.Ordinal))
        {
            writer.WriteString("timeZone"u8, timeline.TimeZone.Id);
        }

        if (timeline.AsOf is { } asOf)
        {
            WriteDate(writer, "asOf"u8, asOf);
        }

        foreach (var pair in timeline.Extensions)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }

        if (!timeline.Events.IsEmpty)
        {
            writer.WriteStartArray("events"u8);
        }
    }

    private static void WriteFooter(Utf8JsonWriter writer, Timeline timeline)
    {
        if (!timeline.Events.IsEmpty)
        {
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes EDTF text without making a string of it: every event has a date, so a string each would be garbage.</summary>
    private static void WriteEdtf(Utf8JsonWriter writer, ReadOnlySpan<byte> name, EdtfValue value)
    {
        Span<byte> text = stackalloc byte[Text.EdtfUtf8Formatter.MaxLength];
        writer.WriteString(name, text[..Text.EdtfUtf8Formatter.Format(value, text)]);
    }

    /// <summary>Writes a day as <c>yyyy-MM-dd</c>, as NodaTime's <c>uuuu-MM-dd</c> pattern would.</summary>
    private static void WriteDate(Utf8JsonWriter writer, ReadOnlySpan<byte> name, LocalDate date)
    {
        if (date.Year is < 0 or > 9999)
        {
            // Years before 0 have a sign; left to NodaTime, whose pattern decides how they look.
            writer.WriteString(name, date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            return;
        }

        Span<byte> text = stackalloc byte[10];
        WriteDigits(text[..4], date.Year);
        text[4] = (byte)'-';
        WriteDigits(text.Slice(5, 2), date.Month);
        text[7] = (byte)'-';
        WriteDigits(text.Slice(8, 2), date.Day);
        writer.WriteString(name, text);
    }

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
