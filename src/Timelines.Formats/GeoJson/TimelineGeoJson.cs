using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timelines.Formats.Writing;
using Timelines.Text;

namespace Timelines.Formats;

/// <summary>
/// Writes the places of a timeline's events as a GeoJSON FeatureCollection (RFC 7946), for a map: one Point feature
/// for each place that has coordinates, carrying its event's id, title, EDTF value, bounds and tags.
/// </summary>
/// <remarks>
/// <para>
/// Each feature's <c>id</c> is the event's id and the place's position among its places
/// (<c>khoyniki-satellite-images/0</c>); its properties are <c>eventId</c>, <c>title</c>, <c>when</c> (EDTF),
/// <c>displayDate</c> (in words), <c>start</c> and <c>end</c> (the earliest possible start and latest possible end,
/// as ISO dates or UTC date-times; <see langword="null"/> when open or unknown), <c>ongoing</c>, <c>place</c>,
/// <c>countryCode</c>, <c>tags</c> and <c>status</c>. Events without coordinates have no feature. There is no
/// reader: a map holds only the events that have a position, so it cannot give a timeline back.
/// </para>
/// <para>The mapping is in <c>docs/formats/geojson.md</c>.</para>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
/// </remarks>
public static class TimelineGeoJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the timeline's places as GeoJSON (UTF-8, indented).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Timeline timeline, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var item in timeline.Events)
        {
            for (var i = 0; i < item.Places.Length; i++)
            {
                if (item.Places[i] is { Latitude: { } latitude, Longitude: { } longitude } place)
                {
                    WriteFeature(writer, timeline, item, i, place, latitude, longitude);
                }
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the timeline's places as GeoJSON (indented).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Timeline timeline, TextWriter writer)
    {
        Utf8Output.ToText(writer, stream => Write(timeline, stream));
    }

    private static void WriteFeature(Utf8JsonWriter writer, Timeline timeline, TimelineEvent item, int index, Place place, double latitude, double longitude)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"{item.Id}/{index}"));
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        // RFC 7946: longitude first.
        writer.WriteNumberValue(longitude);
        writer.WriteNumberValue(latitude);
        writer.WriteEndArray();
        writer.WriteEndObject();

        var bounds = item.When.Bounds;
        writer.WriteStartObject("properties");
        writer.WriteString("eventId", item.Id);
        writer.WriteString("title", item.Title);
        writer.WriteString("when", item.When.ToString());
        writer.WriteString("displayDate", EdtfDisplayFormatter.Format(item.When, item.When.HasOpenEnd ? timeline.AsOf : null));
        WriteNullable(writer, "start", IsoText.Of(bounds.EarliestStart));
        WriteNullable(writer, "end", IsoText.Of(bounds.LatestEnd));
        writer.WriteBoolean("ongoing", item.When.HasOpenEnd);
        writer.WriteString("place", place.Name);
        WriteNullable(writer, "countryCode", place.CountryCode);
        writer.WriteStartArray("tags");
        foreach (var tag in item.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        WriteNullable(writer, "status", item.Status?.Name);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
