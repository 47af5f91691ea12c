using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Timelines.Serialization.Internal;
using Timelines.Serialization.Reading;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

/// <summary>
/// The schema, the reader and the writer agree about the properties of every part of the format: a field added to
/// one and not the others fails here, instead of being lost as an extension or written where the schema forbids it.
/// </summary>
public class FormatPropertiesTest
{
    private static readonly string[] Parts = ["timeline", "event", "bounds", "actor", "place", "source", "relation", "constraint"];

    private static IEnumerable<string> PartNames => Parts;

    [TestCaseSource(nameof(PartNames))]
    public void SchemaReaderAndWriter_HaveTheSameProperties(string part)
    {
        var schema = SchemaProperties()[part];
        var reader = ReaderProperties(part);
        var written = WrittenProperties()[part];
        Assert.Multiple(() =>
        {
            Assert.That(reader, Is.EquivalentTo(schema), "the reader's table against the schema");
            Assert.That(written, Is.EquivalentTo(schema), "the names a fully populated timeline is written with against the schema");
        });
    }

    [Test]
    public void EventMatch_FindsEveryNameOfTheTable_ByItsBytes()
    {
        var table = PropertyNames.Event.All;
        var fields = System.Enum.GetValues<EventReader.EventField>().Where(f => f < EventReader.EventField.Unknown).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(fields, Has.Length.EqualTo(table.Count), "one field of the reader per name of the table");
            for (var i = 0; i < table.Count; i++)
            {
                Assert.That(EventReader.MatchBytes(table.Utf8(i)), Is.EqualTo((EventReader.EventField)i), table[i]);
            }

            Assert.That(EventReader.MatchBytes("titles"u8), Is.EqualTo(EventReader.EventField.Unknown));
            Assert.That(EventReader.MatchBytes("x"u8), Is.EqualTo(EventReader.EventField.Unknown));
        });
    }

    [Test]
    public void FullyPopulatedTimeline_IsReadBackWithoutExtensions()
    {
        var timeline = FullyPopulated();
        var read = TimelineJson.Parse(TimelineJson.ToJson(timeline, new TimelineJsonOptions { WriteBounds = true }));
        Assert.Multiple(() =>
        {
            Assert.That(read.Extensions.Keys, Is.EquivalentTo(timeline.Extensions.Keys));
            Assert.That(read.Events.Select(e => e.Extensions.Count), Is.EqualTo(timeline.Events.Select(e => e.Extensions.Count)));
            Assert.That(read, Is.EqualTo(timeline));
        });
    }

    private static Timeline FullyPopulated()
    {
        var handMade = TimelineSamples.HandMade();
        var constrained = new TimelineEvent("constrained", "Constrained", EdtfValue.Parse("2022-03"))
            .AddConstraint(new EventConstraint(EventPoint.Start, "talks", EventPoint.End, Period.FromDays(1), Period.FromDays(20)));
        var builder = new TimelineBuilder(handMade.Id, handMade.Title)
        {
            Description = handMade.Description,
            TimeZone = handMade.TimeZone,
            AsOf = handMade.AsOf,
        };
        return builder.AddRange(handMade.Events).Add(constrained).Build();
    }

    private static string[] ReaderProperties(string part) => (part switch
    {
        "timeline" => PropertyNames.Timeline.All,
        "event" => PropertyNames.Event.All,
        "bounds" => PropertyNames.Bounds.All,
        "actor" => PropertyNames.Actor.All,
        "place" => PropertyNames.Place.All,
        "source" => PropertyNames.Source.All,
        "relation" => PropertyNames.Relation.All,
        _ => PropertyNames.Constraint.All,
    }).Names.ToArray();

    private static Dictionary<string, string[]> SchemaProperties()
    {
        using var schema = JsonDocument.Parse(TimelineJson.GetSchema());
        var root = schema.RootElement;
        var definitions = root.GetProperty("$defs");
        var result = new Dictionary<string, string[]>
        {
            ["timeline"] = Names(root.GetProperty("properties")),
            ["bounds"] = Names(definitions.GetProperty("event").GetProperty("properties").GetProperty("bounds").GetProperty("properties")),
        };
        foreach (var part in Parts.Except(["timeline", "bounds"]))
        {
            result[part] = Names(definitions.GetProperty(part).GetProperty("properties"));
        }

        return result;

        static string[] Names(JsonElement properties) => [.. properties.EnumerateObject().Select(p => p.Name)];
    }

    /// <summary>Collects the property names of each part of a written timeline with every field given somewhere, bounds included.</summary>
    private static Dictionary<string, string[]> WrittenProperties()
    {
        var timeline = FullyPopulated();
        using var document = JsonDocument.Parse(TimelineJson.ToJson(timeline, new TimelineJsonOptions { WriteBounds = true }));
        var names = Parts.ToDictionary(p => p, _ => new HashSet<string>());
        var extensionKeys = timeline.Events.SelectMany(e => e.Extensions.Keys).ToHashSet();
        foreach (var property in document.RootElement.EnumerateObject().Where(p => !timeline.Extensions.ContainsKey(p.Name)))
        {
            names["timeline"].Add(property.Name);
        }

        foreach (var item in document.RootElement.GetProperty("events").EnumerateArray())
        {
            foreach (var property in item.EnumerateObject().Where(p => !extensionKeys.Contains(p.Name)))
            {
                names["event"].Add(property.Name);
                var part = property.Name switch
                {
                    "bounds" => "bounds",
                    "actors" => "actor",
                    "places" => "place",
                    "sources" => "source",
                    "relations" => "relation",
                    "constraints" => "constraint",
                    _ => null,
                };
                if (part is null)
                {
                    continue;
                }

                var objects = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToArray() : [property.Value];
                foreach (var value in objects)
                {
                    names[part].UnionWith(value.EnumerateObject().Select(p => p.Name));
                }
            }
        }

        return names.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }
}
