using System.IO;
using System.Linq;
using System.Text.Json;

namespace Timelines.Formats.Tests.Consumers;

/// <summary>
/// The Belarus sample as GeoJSON, checked by @placemarkio/check-geojson, and as JSON-LD, expanded by the jsonld
/// processor to schema.org terms (each of them a real schema.org term by schema-dts's vocabulary).
/// </summary>
[TestFixture]
[Category("Consumer")]
public class MapAndWebConsumerTest
{
    private const string Schema = "https://schema.org/";

    [Test]
    public void BelarusGeoJson_PassesCheckGeoJson_WithAFeaturePerPlacedPlace()
    {
        var timeline = Samples.Belarus();
        var file = NodeScripts.OutputFile("belarus-2022.geojson");
        File.WriteAllText(file, Samples.Write(TimelineGeoJson.Write, timeline));

        using var verdict = NodeScripts.Run("check-geojson.mjs", file);

        var root = verdict.RootElement;
        Assert.That(root.GetProperty("valid").GetBoolean(), Is.True, root.GetProperty("issues").ToString());
        var placed = timeline.Events.Sum(e => e.Places.Count(p => p.HasCoordinates));
        Assert.That(root.GetProperty("features").GetInt32(), Is.EqualTo(placed).And.EqualTo(4));
    }

    [Test]
    public void BelarusJsonLd_ExpandsToSchemaOrgEventTerms()
    {
        var timeline = Samples.Belarus();
        var file = NodeScripts.OutputFile("belarus-2022.jsonld");
        File.WriteAllText(file, Samples.Write(TimelineJsonLd.Write, timeline));

        using var expanded = NodeScripts.Run("check-jsonld.mjs", file, "https://example.org/belarus-2022");

        var root = expanded.RootElement;
        Assert.That(root.GetProperty("error").ValueKind, Is.EqualTo(JsonValueKind.Null), root.GetProperty("error").ToString());
        var properties = root.GetProperty("properties").EnumerateArray().Select(p => p.GetString()).ToList();
        var types = root.GetProperty("types").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("unknownProperties").EnumerateArray(), Is.Empty, "properties that are not schema.org's");
            Assert.That(root.GetProperty("unknownTypes").EnumerateArray(), Is.Empty, "types that are not schema.org's");
            Assert.That(properties, Is.SupersetOf(new[] { "startDate", "endDate", "location", "geo", "latitude", "longitude", "eventStatus", "subEvent", "superEvent", "name" }.Select(p => Schema + p)));
            Assert.That(types, Is.SupersetOf(new[] { "Event", "Place", "GeoCoordinates" }.Select(t => Schema + t)));
        });

        var events = root.GetProperty("expanded").EnumerateArray().Where(n => n.TryGetProperty("@type", out var t) && t[0].GetString() == Schema + "Event").ToList();
        Assert.That(events, Has.Count.EqualTo(timeline.Count));
        var khoyniki = events.Single(e => e.GetProperty("@id").GetString() == "https://example.org/belarus-2022#khoyniki-satellite-images");
        Assert.Multiple(() =>
        {
            Assert.That(khoyniki.GetProperty(Schema + "startDate")[0].GetProperty("@value").GetString(), Is.EqualTo("2022-03"), "the month stays a month");
            Assert.That(khoyniki.GetProperty(Schema + "superEvent")[0].GetProperty("@id").GetString(), Is.EqualTo("https://example.org/belarus-2022#territory-used-to-stage-invasion"));
            var geo = khoyniki.GetProperty(Schema + "location")[0].GetProperty(Schema + "geo")[0];
            Assert.That(geo.GetProperty(Schema + "latitude")[0].GetProperty("@value").GetDouble(), Is.EqualTo(timeline["khoyniki-satellite-images"].Places[0].Latitude));
        });
    }
}
