using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

/// <summary>Text in documents: what cannot be decoded, what cannot be written back, and the text rules.</summary>
public partial class TimelineJsonTest
{
    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static string InDocument(string eventJson) => $"{{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{eventJson}]}}";

    [TestCase("{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\"\xff\":1}]}", "$.events[0]", "not valid UTF-8")]
    [TestCase("{\"format\":\"timeline/1\",\"\xff\":1,\"id\":\"t\",\"title\":\"T\"}", "$", "not valid UTF-8")]
    [TestCase("{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\"\\ud800\":1}]}", "$.events[0]", "U+D800, half of a surrogate pair")]
    [TestCase("{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"\\ud800\":1}", "$", "U+D800, half of a surrogate pair")]
    [TestCase("{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\"actors\":[{\"\\udc00\":1}]}]}", "$.events[0].actors[0]", "U+DC00, half of a surrogate pair")]
    public void PropertyNameThatCannotBeDecoded_EveryReaderReportsItAtTheName(string latin1Json, string path, string message)
    {
        var json = Latin1(latin1Json);
        var nameByte = latin1Json.IndexOf(latin1Json.Contains('\xff', StringComparison.Ordinal) ? "\"\xff\"" : "\"\\u", StringComparison.Ordinal) + 1;
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadDocument(json)))
        {
            var error = exception.Errors.Single();
            Assert.That(error.Path, Is.EqualTo(path), reader);
            Assert.That(error.Message, Does.Contain(message), reader);
            Assert.That((error.Line, error.BytePosition), Is.EqualTo((1L, (long)nameByte)), reader);
        }
    }

    [Test]
    public void JsonLines_PropertyNameWithUnpairedSurrogate_IsReportedOnItsLine()
    {
        const string line = "{\"\":\"\",\"\":\"\",\"\\ud800\":1}";
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadEvent(line)))
        {
            Assert.That(exception.Message, Does.Contain("U+D800, half of a surrogate pair"), reader);
        }
    }

    [Test]
    public void StringValueWithUnpairedSurrogate_IsReportedAsSuchNotAsUtf8()
    {
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadEvent("""{"id":"a","title":"\ud800x","when":"2022"}""")))
        {
            Assert.That(exception.Errors.Single().Message, Is.EqualTo(RuleMessages.UnpairedSurrogate(0xD800)), reader);
        }
    }

    [TestCase("\"\\udfff\"", "U+DFFF, half of a surrogate pair")]
    [TestCase("{\"k\":[1,\"\\ud800\"]}", "U+D800, half of a surrogate pair")]
    [TestCase("{\"\\udbff\":1}", "U+DBFF, half of a surrogate pair")]
    public void ExtensionValueThatCannotBeWritten_IsRefusedOnReading(string value, string message)
    {
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadEvent($"{{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\"x-k\":{value}}}")))
        {
            var error = exception.Errors.Single();
            Assert.That(error.Path, Does.EndWith("x-k"), reader);
            Assert.That(error.Message, Does.Contain(message), reader);
        }

        var timelineLevel = Encoding.UTF8.GetBytes($"{{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"x-k\":{value}}}");
        EveryReader.AssertAllRefuse(EveryReader.ReadDocument(timelineLevel));
    }

    [TestCase("{\"a\":1,\"a\":2}")]
    [TestCase("[{\"name\":\"Belarus\",\"name\":\"Russia\"}]")]
    [TestCase("{\"a\":{\"b\":1},\"c\":{\"b\":1,\"d\":{},\"b\":3}}")]
    public void ExtensionValueWithANameGivenTwice_IsRefused(string value)
    {
        // JSON leaves the meaning of a repeated name open; such a value could not even equal itself.
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadEvent($"{{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\"x-k\":{value}}}")))
        {
            Assert.That(exception.Errors.Single().Message, Does.EndWith("is given twice in one object of the value."), reader);
        }

        Assert.That(() => new TimelineEvent("a", "A", EdtfValue.Parse("2022")).WithExtension("x-k", TimelineSamples.Json(value)), Throws.ArgumentException.With.Message.Contains("given twice"));
    }

    [Test]
    public void ExtensionValueThatIsNotUtf8_IsRefusedInsteadOfChangedOnSave()
    {
        var json = Latin1("{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\"x-k\":\"\xff\"}]}");
        var quote = Array.IndexOf(json, (byte)0xFF);
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadDocument(json)))
        {
            Assert.That(exception.Errors.Single().ToString(), Does.StartWith($"$.events[0].x-k (line 1, byte {quote}): The text is not valid UTF-8"), reader);
        }
    }

    [Test]
    public void TextThatCannotBeWritten_IsRefusedWhenConstructed()
    {
        using var document = JsonDocument.Parse("\"\\udfff\"");
        var item = new TimelineEvent("a", "A", EdtfValue.Parse("2022"));
        Assert.Multiple(() =>
        {
            Assert.That(() => new TimelineEvent("a", "\ud800x", EdtfValue.Parse("2022")), Throws.ArgumentException.With.Property("ParamName").EqualTo("title"));
            Assert.That(() => item.WithExtension("x-k", document.RootElement), Throws.ArgumentException.With.Property("ParamName").EqualTo("value"));
            Assert.That(() => TimelineJson.Parse("{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"\ud800\"}"), Throws.InstanceOf<TimelineJsonException>().With.Message.Contains("(line 1, byte 42)"));
        });
    }

    [TestCase("""{"id":"a","title":"A\u0007","when":"2022"}""", "$.events[0].title", "U+0007 (at character 2), a control character")]
    [TestCase("""{"id":"a\u0000","title":"A","when":"2022"}""", "$.events[0].id", "U+0000 (at character 2), a control character")]
    [TestCase("""{"id":"a\u202eb","title":"A","when":"2022"}""", "$.events[0].id", "U+202E (at character 2), a bidirectional")]
    [TestCase("""{"id":"a\u200bb","title":"A","when":"2022"}""", "$.events[0].id", "U+200B (at character 2), an invisible format character")]
    [TestCase("""{"id":"a ","title":"A","when":"2022"}""", "$.events[0].id", "starts or ends with white space")]
    [TestCase("""{"id":"a","title":"A","when":"2022","tags":["a\nb"]}""", "$.events[0].tags[0]", "U+000A (at character 2), a control character")]
    [TestCase("""{"id":"a","title":"A","when":"2022","summary":"a\u001bb"}""", "$.events[0].summary", "prose may hold only tab")]
    [TestCase("""{"id":"a","title":"A","when":"2022","x-\u0001":1}""", "$.events[0].x-\u0001", "a control character")]
    public void TextBreakingTheRules_EveryReaderRefusesIt(string eventJson, string path, string message)
    {
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadEvent(eventJson)))
        {
            var error = exception.Errors.Single();
            Assert.That(error.Path, Does.EndWith(path[path.IndexOf(']', StringComparison.Ordinal)..].TrimStart(']')), reader);
            Assert.That(error.Message, Does.Contain(message), reader);
        }
    }

    [TestCase("""{"id":"a","title":"\u200b","when":"2022"}""", "The title is empty.")]
    [TestCase("""{"id":"a","title":"\u3000","when":"2022"}""", "The title is empty.")]
    [TestCase("""{"id":"\u200b\u3000","title":"A","when":"2022"}""", "The id is empty")]
    public void TextThatShowsNothing_IsBlank(string eventJson, string message)
    {
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadEvent(eventJson)))
        {
            Assert.That(exception.Errors.Single().Message, Does.StartWith(message), reader);
        }
    }

    [Test]
    public void Prose_MayRunOverLinesAndHoldTabs_AndRoundTrips()
    {
        var json = InDocument("""{"id":"a","title":"A","when":"2022","summary":"one\r\ntwo\tthree \u2067isolated\u2069"}""");
        var timeline = TimelineJson.Parse(json);
        Assert.That(timeline.Events[0].Summary, Is.EqualTo("one\r\ntwo\tthree \u2067isolated\u2069"));
        Assert.That(TimelineJson.Parse(TimelineJson.ToJson(timeline)), Is.EqualTo(timeline));
    }

    [Test]
    public void Ids_AreComparedOrdinallyAndNeverNormalized()
    {
        // "café" in NFC and in NFD are two ids, written back as they were read (docs/json-format.md says why).
        const string nfc = "caf\u00e9";
        const string nfd = "cafe\u0301";
        var json = InDocument($"{{\"id\":\"{nfc}\",\"title\":\"A\",\"when\":\"2022\"}},{{\"id\":\"{nfd}\",\"title\":\"B\",\"when\":\"2022\",\"relations\":[{{\"kind\":\"follows\",\"targetId\":\"{nfc}\"}}]}}");
        var timeline = TimelineJson.Parse(json);
        Assert.That(timeline.Events.Select(e => e.Id), Is.EqualTo(new[] { nfc, nfd }));
        Assert.That(timeline.Contains(nfd), Is.True);
        Assert.That(TimelineJson.ToJson(timeline), Does.Contain(nfd));
    }

    [Test]
    public void Parse_StringWithUnpairedSurrogate_IsRefusedWhereItIs()
    {
        var exception = Assert.Throws<TimelineJsonException>(() => TimelineJson.Parse("{\"format\":\"timeline/1\",\n\"id\":\"é\ud800\"}"));
        Assert.That(exception!.Errors.Single().ToString(), Is.EqualTo("$ (line 2, byte 9): " + RuleMessages.UnpairedSurrogate(0xD800)));
    }
}
