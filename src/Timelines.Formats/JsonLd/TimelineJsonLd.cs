using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Timelines.Formats.Writing;

namespace Timelines.Formats;

/// <summary>
/// Writes a timeline as JSON-LD in the schema.org vocabulary, for the web: one <c>Event</c> per event, with
/// <c>startDate</c> and <c>endDate</c>, <c>location</c> as <c>Place</c> with <c>geo</c>, <c>eventStatus</c>, and
/// <c>superEvent</c> and <c>subEvent</c> from part-of relations.
/// </summary>
/// <remarks>
/// <para>
/// The document is a <c>@graph</c> under the context <c>https://schema.org</c>, ready for a page's
/// <c>&lt;script type="application/ld+json"&gt;</c> (characters that could end the script, such as <c>&lt;</c>, are
/// escaped). Each event's <c>@id</c> is <c>#</c> and its id, relative to the page it is published on. Dates are ISO
/// 8601 at the precision known (<c>2022-02</c> stays <c>2022-02</c>); schema.org has no place for EDTF qualifiers,
/// which are not written. There is no reader.
/// </para>
/// <para>The mapping is in <c>docs/formats/json-ld.md</c>.</para>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
/// </remarks>
public static class TimelineJsonLd
{
    private const string Schema = "https://schema.org/";

    // The default encoder escapes <, > and &, so the document can be put inside an HTML script element as it is.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    /// <summary>Writes the timeline as schema.org JSON-LD (UTF-8, indented).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Timeline timeline, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var parts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var item in timeline.Events)
        {
            foreach (var relation in item.Relations.Where(r => r.Kind == EventRelationKind.PartOf))
            {
                if (!parts.TryGetValue(relation.TargetId, out var list))
                {
                    parts[relation.TargetId] = list = [];
                }

                list.Add(item.Id);
            }
        }

        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("@context", "https://schema.org");
        writer.WriteStartArray("@graph");
        foreach (var item in timeline.Events)
        {
            WriteEvent(writer, item, parts.GetValueOrDefault(item.Id));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the timeline as schema.org JSON-LD (indented).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Timeline timeline, TextWriter writer)
    {
        Utf8Output.ToText(writer, stream => Write(timeline, stream));
    }

    private static void WriteEvent(Utf8JsonWriter writer, TimelineEvent item, List<string>? subEvents)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "Event");
        writer.WriteString("@id", Reference(item.Id));
        writer.WriteString("identifier", item.Id);
        writer.WriteString("name", item.Title);
        if (item.Summary is { } summary)
        {
            writer.WriteString("description", summary);
        }

        var when = item.When;
        if (when.Start.Kind == EdtfEndKind.Date)
        {
            writer.WriteString("startDate", IsoText.Side(when.Start.Date, first: true));
        }

        if (when.End.Kind == EdtfEndKind.Date)
        {
            writer.WriteString("endDate", IsoText.Side(when.End.Date, first: false));
        }

        if (EventStatus(item.Status) is { } status)
        {
            writer.WriteStartObject("eventStatus");
            writer.WriteString("@id", Schema + status);
            writer.WriteEndObject();
        }

        if (!item.Places.IsEmpty)
        {
            writer.WriteStartArray("location");
            foreach (var place in item.Places)
            {
                WritePlace(writer, place);
            }

            writer.WriteEndArray();
        }

        if (!item.Actors.IsEmpty)
        {
            writer.WriteStartArray("about");
            foreach (var actor in item.Actors)
            {
                writer.WriteStartObject();
                writer.WriteString("@type", "Thing");
                writer.WriteString("name", actor.Name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!item.Tags.IsEmpty)
        {
            writer.WriteString("keywords", string.Join(", ", item.Tags));
        }

        if (!item.Sources.IsEmpty)
        {
            writer.WriteStartArray("subjectOf");
            foreach (var source in item.Sources)
            {
                WriteSource(writer, source);
            }

            writer.WriteEndArray();
        }

        var parents = item.Relations.Where(r => r.Kind == EventRelationKind.PartOf).ToList();
        if (parents.Count > 0)
        {
            writer.WriteStartArray("superEvent");
            foreach (var parent in parents)
            {
                WriteReference(writer, parent.TargetId);
            }

            writer.WriteEndArray();
        }

        if (subEvents is not null)
        {
            writer.WriteStartArray("subEvent");
            foreach (var part in subEvents)
            {
                WriteReference(writer, part);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "Place");
        writer.WriteString("name", place.Name);
        if (place.CountryCode is { } country)
        {
            writer.WriteStartObject("address");
            writer.WriteString("@type", "PostalAddress");
            writer.WriteString("addressCountry", country);
            writer.WriteEndObject();
        }

        if (place is { Latitude: { } latitude, Longitude: { } longitude })
        {
            writer.WriteStartObject("geo");
            writer.WriteString("@type", "GeoCoordinates");
            writer.WriteNumber("latitude", latitude);
            writer.WriteNumber("longitude", longitude);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "CreativeWork");
        if (source.Title is { } title)
        {
            writer.WriteString("name", title);
        }

        if (source.Url is { } url)
        {
            writer.WriteString("url", url.OriginalString);
        }

        if (source.Publisher is { } publisher)
        {
            writer.WriteStartObject("publisher");
            writer.WriteString("@type", "Organization");
            writer.WriteString("name", publisher);
            writer.WriteEndObject();
        }

        if (source.Published is { Start.Kind: EdtfEndKind.Date } published)
        {
            writer.WriteString("datePublished", IsoText.Side(published.Start.Date, first: true));
        }

        writer.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter writer, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("@id", Reference(id));
        writer.WriteEndObject();
    }

    private static string Reference(string id) => "#" + Uri.EscapeDataString(id);

    /// <summary>The schema.org EventStatusType of a status: cancelled ones are EventCancelled, those that happen or will EventScheduled, the others none.</summary>
    private static string? EventStatus(EventStatus? status) => status?.Name switch
    {
        "cancelled" => "EventCancelled",
        "completed" or "ongoing" or "announced" or "planned" => "EventScheduled",
        _ => null,
    };
}
