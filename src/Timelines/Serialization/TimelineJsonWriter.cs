using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using System.Threading;
using System;
using NodaTime.Text;
using NodaTime;
using Timelines.Serialization.Internal;
using Timelines.Serialization.Reading;

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
        writer.WriteString(PropertyNames.Event.IdEncoded, item.Id);
        writer.WriteString(PropertyNames.Event.TitleEncoded, item.Title);
        WriteEdtf(writer, PropertyNames.Event.WhenEncoded, item.When);
        if (options.WriteBounds)
        {
            var bounds = item.When.Bounds;
            writer.WriteStartObject(PropertyNames.Event.BoundsEncoded);
            writer.WriteString(PropertyNames.Bounds.EarliestStartEncoded, bounds.EarliestStart.ToString());
            writer.WriteString(PropertyNames.Bounds.LatestStartEncoded, bounds.LatestStart.ToString());
            writer.WriteString(PropertyNames.Bounds.EarliestEndEncoded, bounds.EarliestEnd.ToString());
            writer.WriteString(PropertyNames.Bounds.LatestEndEncoded, bounds.LatestEnd.ToString());
            writer.WriteEndObject();
        }

        if (item.Summary is not null)
        {
            writer.WriteString(PropertyNames.Event.SummaryEncoded, item.Summary);
        }

        if (item.Status is { } status)
        {
            writer.WriteString(PropertyNames.Event.StatusEncoded, status.Name);
        }

        if (!item.Tags.IsEmpty)
        {
            writer.WriteStartArray(PropertyNames.Event.TagsEncoded);
            foreach (var tag in item.Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
        }

        if (!item.Actors.IsEmpty)
        {
            writer.WriteStartArray(PropertyNames.Event.ActorsEncoded);
            foreach (var actor in item.Actors)
            {
                writer.WriteStartObject();
                writer.WriteString(PropertyNames.Actor.NameEncoded, actor.Name);
                WriteOptional(writer, PropertyNames.Actor.CountryCodeEncoded, actor.CountryCode);
                WriteOptional(writer, PropertyNames.Actor.RoleEncoded, actor.Role);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!item.Places.IsEmpty)
        {
            writer.WriteStartArray(PropertyNames.Event.PlacesEncoded);
            foreach (var place in item.Places)
            {
                writer.WriteStartObject();
                writer.WriteString(PropertyNames.Place.NameEncoded, place.Name);
                WriteOptional(writer, PropertyNames.Place.CountryCodeEncoded, place.CountryCode);
                if (place.Latitude is { } latitude)
                {
                    writer.WriteNumber(PropertyNames.Place.LatitudeEncoded, latitude);
                }

                if (place.Longitude is { } longitude)
                {
                    writer.WriteNumber(PropertyNames.Place.LongitudeEncoded, longitude);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!item.Sources.IsEmpty)
        {
            writer.WriteStartArray(PropertyNames.Event.SourcesEncoded);
            foreach (var source in item.Sources)
            {
                writer.WriteStartObject();
                WriteOptional(writer, PropertyNames.Source.TitleEncoded, source.Title);
                WriteOptional(writer, PropertyNames.Source.UrlEncoded, source.Url?.OriginalString);
                WriteOptional(writer, PropertyNames.Source.PublisherEncoded, source.Publisher);
                if (source.Published is { } published)
                {
                    WriteEdtf(writer, PropertyNames.Source.PublishedEncoded, published);
                }

                if (source.Accessed is { } accessed)
                {
                    WriteDate(writer, PropertyNames.Source.AccessedEncoded, accessed);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!item.Relations.IsEmpty)
        {
            writer.WriteStartArray(PropertyNames.Event.RelationsEncoded);
            foreach (var relation in item.Relations)
            {
                writer.WriteStartObject();
                writer.WriteString(PropertyNames.Relation.KindEncoded, relation.Kind.Name);
                writer.WriteString(PropertyNames.Relation.TargetIdEncoded, relation.TargetId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!item.Constraints.IsEmpty)
        {
            writer.WriteStartArray(PropertyNames.Event.ConstraintsEncoded);
            foreach (var constraint in item.Constraints)
            {
                writer.WriteStartObject();
                writer.WriteString(PropertyNames.Constraint.PointEncoded, constraint.Point == EventPoint.Start ? "start"u8 : "end"u8);
                if (constraint.TargetId is { } target)
                {
                    writer.WriteString(PropertyNames.Constraint.TargetIdEncoded, target);
                }

                writer.WriteString(PropertyNames.Constraint.TargetPointEncoded, constraint.TargetPoint == EventPoint.Start ? "start"u8 : "end"u8);
                if (constraint.MinimumGap is { } least)
                {
                    writer.WriteString(PropertyNames.Constraint.MinimumGapEncoded, PeriodPattern.Roundtrip.Format(least));
                }

                if (constraint.MaximumGap is { } most)
                {
                    writer.WriteString(PropertyNames.Constraint.MaximumGapEncoded, PeriodPattern.Roundtrip.Format(most));
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
        writer.WriteString(PropertyNames.Timeline.FormatEncoded, TimelineReader.FormatVersion);
        writer.WriteString(PropertyNames.Timeline.IdEncoded, timeline.Id);
        writer.WriteString(PropertyNames.Timeline.TitleEncoded, timeline.Title);
        WriteOptional(writer, PropertyNames.Timeline.DescriptionEncoded, timeline.Description);
        if (!string.Equals(timeline.TimeZone.Id, DateTimeZone.Utc.Id, StringComparison.Ordinal))
        {
            writer.WriteString(PropertyNames.Timeline.TimeZoneEncoded, timeline.TimeZone.Id);
        }

        if (timeline.AsOf is { } asOf)
        {
            WriteDate(writer, PropertyNames.Timeline.AsOfEncoded, asOf);
        }

        foreach (var pair in timeline.Extensions)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }

        if (!timeline.Events.IsEmpty)
        {
            writer.WriteStartArray(PropertyNames.Timeline.EventsEncoded);
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

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes EDTF text without making a string of it: every event has a date, so a string each would be garbage.</summary>
    private static void WriteEdtf(Utf8JsonWriter writer, JsonEncodedText name, EdtfValue value)
    {
        Span<byte> text = stackalloc byte[Text.EdtfUtf8Formatter.MaxLength];
        writer.WriteString(name, text[..Text.EdtfUtf8Formatter.Format(value, text)]);
    }

    /// <summary>Writes a day as <c>yyyy-MM-dd</c>, as NodaTime's <c>uuuu-MM-dd</c> pattern would.</summary>
    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, LocalDate date)
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
