using System.Linq;
using Timelines.Serialization.Internal;

namespace Timelines.Tests.Serialization;

/// <summary>Each event's own rules, and duplicate properties in its parts: the same in every reader.</summary>
public partial class TimelineJsonTest
{
    [TestCase("""{"id":" ","title":"A","when":"2022"}""", ".id", "The id is empty")]
    [TestCase("""{"id":"a","title":"","when":"2022"}""", ".title", "The title is empty.")]
    [TestCase("""{"id":"a","title":"A","when":"2022","places":[{"name":"P","latitude":95,"longitude":1}]}""", ".places[0].latitude", "The latitude 95 is outside -90 to 90.")]
    [TestCase("""{"id":"a","title":"A","when":"2022","actors":[{"name":"N","countryCode":"by"}]}""", ".actors[0].countryCode", "'by' is not an ISO 3166-1 alpha-2 code")]
    [TestCase("""{"id":"a","title":"A","when":"2022","sources":[{"url":"relative/url"}]}""", ".sources[0].url", "The URL 'relative/url' is not absolute.")]
    [TestCase("""{"id":"a","title":"A","when":"2022","tags":["x","y","x"]}""", ".tags[2]", "The tag 'x' is given twice.")]
    [TestCase("""{"id":"a","title":"A","when":"2022","relations":[{"kind":"causes","targetId":"a"}]}""", ".relations[0].targetId", "The event relates to itself.")]
    public void EventBreakingItsOwnRule_EveryReaderReportsTheSameError(string eventJson, string field, string message)
    {
        var refusals = EveryReader.AssertAllRefuse(EveryReader.ReadEvent(eventJson));
        var column = refusals.First(r => r.Reader == "ParseEvent").Exception.Errors.Single().BytePosition;
        foreach (var (reader, exception) in refusals)
        {
            var error = exception.Errors.Single();
            Assert.That(error.Path, Does.EndWith(field), reader);
            Assert.That(error.Message, Does.StartWith(message), reader);
            if (!reader.EndsWith("(in a document)", System.StringComparison.Ordinal))
            {
                Assert.That(error.BytePosition, Is.EqualTo(column), reader);
            }
        }
    }

    [TestCase("actors", """{"name":"A","name":"B"}""", "actors[0].name")]
    [TestCase("places", """{"name":"P","latitude":1,"longitude":2,"latitude":3}""", "places[0].latitude")]
    [TestCase("sources", """{"url":"https://example.org/a","url":"https://example.org/b"}""", "sources[0].url")]
    [TestCase("relations", """{"kind":"causes","targetId":"b","kind":"follows"}""", "relations[0].kind")]
    public void DuplicatePropertyInAPart_EveryReaderRefusesIt(string array, string part, string field)
    {
        var eventJson = $"{{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\"{array}\":[{part}]}}";
        var name = field[(field.LastIndexOf('.') + 1)..];
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadEvent(eventJson)))
        {
            var error = exception.Errors.Single();
            Assert.That(error.Path, Does.EndWith("." + field), reader);
            Assert.That(error.Message, Is.EqualTo(ReadMessages.GivenTwice(name)), reader);
        }
    }
}
