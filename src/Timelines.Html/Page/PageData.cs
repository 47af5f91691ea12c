using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using Timelines.Text;

namespace Timelines.Html.Page;

/// <summary>
/// Writes what the page's script draws, as one JSON document inside the page: the timeline's title, zone and
/// as-of day, and for each event its dates (in words, as EDTF, and as the possible and certain extents in
/// milliseconds) and everything the details panel shows.
/// </summary>
/// <remarks>
/// <para>
/// Moments are written as the milliseconds of their local date and time in the page's zone, read as if it were
/// UTC, and the page draws its axis in UTC: so the axis shows the zone's days and hours (its DST changes too)
/// whatever the reader's browser's zone, with no time zone database in the page.
/// </para>
/// <para>
/// The extents come from the core's <see cref="EdtfValue.ToInterval"/> and <see cref="EdtfValue.ToCertainInterval"/>,
/// never from a reading of the EDTF text here. The JSON escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no
/// title can end the <c>script</c> element that holds it.
/// </para>
/// </remarks>
internal static class PageData
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Letters of every script as they are (a page in Cyrillic stays readable and small), but what HTML treats
        // as markup escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Write(Stream destination, Timeline timeline, string title, DateTimeZone zone, TimelineHtmlLanes lanes)
    {
        using var json = new Utf8JsonWriter(destination, WriterOptions);
        json.WriteStartObject();
        json.WriteString("title", title);
        WriteOptional(json, "description", timeline.Description);
        json.WriteString("zone", zone.Id);
        json.WriteString("lanes", lanes switch
        {
            TimelineHtmlLanes.ByFirstActor => "actor",
            TimelineHtmlLanes.None => "none",
            _ => "tag",
        });
        if (timeline.AsOf is { } asOf)
        {
            json.WriteNumber("asOf", LocalMilliseconds(zone.AtStartOfDay(asOf.PlusDays(1)).ToInstant(), zone));
            json.WriteString("asOfWords", Day(asOf));
        }

        json.WriteStartArray("events");
        foreach (var item in timeline.Events)
        {
            WriteEvent(json, item, zone);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, TimelineEvent item, DateTimeZone zone)
    {
        var when = item.When;
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("title", item.Title);
        json.WriteString("when", when.ToString());
        json.WriteString("words", EdtfDisplayFormatter.Format(when));

        var possible = when.ToInterval(zone);
        WriteMoment(json, "ps", possible.HasStart ? possible.Start : null, zone);
        WriteMoment(json, "pe", possible.HasEnd ? possible.End : null, zone);
        if (when.ToCertainInterval(zone) is { } certain)
        {
            json.WriteBoolean("certain", true);
            WriteMoment(json, "cs", certain.HasStart ? certain.Start : null, zone);
            WriteMoment(json, "ce", certain.HasEnd ? certain.End : null, zone);
        }

        if (when.HasOpenEnd)
        {
            json.WriteBoolean("ongoing", true);
        }

        if (when.Start.Kind == EdtfEndKind.Open)
        {
            json.WriteBoolean("openStart", true);
        }

        WriteQualifiers(json, when);
        WriteOptional(json, "summary", item.Summary);
        WriteOptional(json, "status", item.Status?.Name);
        WriteStrings(json, "tags", item.Tags);

        json.WriteStartArray("actors");
        foreach (var actor in item.Actors)
        {
            json.WriteStartObject();
            json.WriteString("name", actor.Name);
            WriteOptional(json, "role", actor.Role);
            WriteOptional(json, "country", actor.CountryCode);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("places");
        foreach (var place in item.Places)
        {
            json.WriteStartObject();
            json.WriteString("name", place.Name);
            WriteOptional(json, "country", place.CountryCode);
            if (place.HasCoordinates)
            {
                json.WriteNumber("lat", place.Latitude!.Value);
                json.WriteNumber("lon", place.Longitude!.Value);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("sources");
        foreach (var source in item.Sources)
        {
            json.WriteStartObject();
            WriteOptional(json, "title", source.Title);
            // Only addresses a reader can follow safely become links: never javascript: or data: from the data.
            if (source.Url is { IsAbsoluteUri: true } url && url.Scheme is "http" or "https")
            {
                json.WriteString("url", url.AbsoluteUri);
            }

            WriteOptional(json, "publisher", source.Publisher);
            WriteOptional(json, "published", source.Published is { } published ? EdtfDisplayFormatter.Format(published) : null);
            WriteOptional(json, "accessed", source.Accessed is { } accessed ? Day(accessed) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("relations");
        foreach (var relation in item.Relations)
        {
            json.WriteStartObject();
            json.WriteString("kind", relation.Kind.Name);
            json.WriteString("target", relation.TargetId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The qualified ends: which end, its sign as EDTF writes it, and what it means in words.</summary>
    private static void WriteQualifiers(Utf8JsonWriter json, EdtfValue when)
    {
        json.WriteStartArray("qualifiers");
        var ends = when.IsInterval ? new[] { ("start", when.Start), ("end", when.End) } : [("date", when.Start)];
        foreach (var (name, end) in ends)
        {
            if (end.Kind == EdtfEndKind.Date && end.Date.Qualifier != EdtfQualifier.None)
            {
                json.WriteStartObject();
                json.WriteString("end", name);
                json.WriteString("sign", end.Date.Qualifier switch
                {
                    EdtfQualifier.Uncertain => "?",
                    EdtfQualifier.Approximate => "~",
                    _ => "?~",
                });
                json.WriteString("meaning", EdtfDisplayFormatter.Format(end.Date.Qualifier));
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    private static void WriteMoment(Utf8JsonWriter json, string name, Instant? moment, DateTimeZone zone)
    {
        if (moment is { } value)
        {
            json.WriteNumber(name, LocalMilliseconds(value, zone));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static long LocalMilliseconds(Instant instant, DateTimeZone zone) =>
        instant.InZone(zone).LocalDateTime.InUtc().ToInstant().ToUnixTimeMilliseconds();

    private static string Day(LocalDate date) => date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
