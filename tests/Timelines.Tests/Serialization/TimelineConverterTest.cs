using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

public class TimelineConverterTest
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForTimeline();

    [Test]
    public void ConfigureForTimeline_ReturnsSameOptionsWithConverters()
    {
        var options = new JsonSerializerOptions();
        Assert.That(options.ConfigureForTimeline(), Is.SameAs(options));
        Assert.That(options.Converters, Has.Count.EqualTo(3));
    }

    [Test]
    public void EdtfValueConverter_RoundTrips()
    {
        var converter = new EdtfValueConverter();
        var reader = new Utf8JsonReader("\"2022-02/..\""u8);
        reader.Read();
        var value = converter.Read(ref reader, typeof(EdtfValue), Options);
        Assert.That(value, Is.EqualTo(EdtfValue.Parse("2022-02/..")));
    }

    [Test]
    public void TimelineConverter_EmbeddedInAJsonObject_RoundTrips()
    {
        var timeline = TimelineSamples.HandMade();
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("timeline");
            new TimelineConverter().Write(writer, timeline, Options);
            writer.WriteString("other", "x");
            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(stream.ToArray());
        reader.Read();
        reader.Read();
        reader.Read();
        var read = new TimelineConverter().Read(ref reader, typeof(Timeline), Options);
        Assert.That(read, Is.EqualTo(timeline));
        reader.Read();
        Assert.That(reader.GetString(), Is.EqualTo("other"));
    }

    [Test]
    public void TimelineConverter_BrokenRule_ThrowsWithPaths()
    {
        const string json = """{"format":"timeline/1","id":"t","title":"T","events":[{"id":"a","title":"A","when":"2022"},{"id":"a","title":"A","when":"2022"}]}""";
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        try
        {
            new TimelineConverter().Read(ref reader, typeof(Timeline), Options);
            Assert.Fail("Expected an exception.");
        }
        catch (TimelineJsonException exception)
        {
            Assert.That(exception.Message, Does.Contain("$.events[1].id"));
        }
    }

    [Test]
    public void TimelineEventConverter_WritesFormatNames()
    {
        var converter = new TimelineEventConverter();
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, new TimelineEvent("a", "A", EdtfValue.Parse("2022")), Options);
        }

        Assert.That(System.Text.Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("""{"id":"a","title":"A","when":"2022"}"""));
    }

    [Test]
    public void TypeInfoResolver_SerializesLikeTimelineJson()
    {
        var timeline = TimelineSamples.HandMade();
        var options = new JsonSerializerOptions { TypeInfoResolver = TimelineJson.TypeInfoResolver }.ConfigureForTimeline();
        var json = JsonSerializer.Serialize(timeline, options);
        // The caller's writer settings (here the default, escaping encoder) decide the escaping, so compare meaning.
        Assert.That(TimelineJson.Parse(json), Is.EqualTo(timeline));
        Assert.That(JsonSerializer.Deserialize<Timeline>(json, options), Is.EqualTo(timeline));
        Assert.That(JsonSerializer.Serialize(EdtfValue.Parse("2022-02/.."), options), Is.EqualTo("\"2022-02/..\""));
    }

    [Test]
    public void ConfigureForTimeline_EmbedsInCallersTypes()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(TimelineJson.TypeInfoResolver) }.ConfigureForTimeline();
        var item = new TimelineEvent("a", "A", EdtfValue.Parse("2022"));
        var json = JsonSerializer.Serialize(item, options);
        Assert.That(JsonSerializer.Deserialize<TimelineEvent>(json, options), Is.EqualTo(item));
    }

    [Test]
    public void TimelineConverter_FromAStreamInSmallBuffers_ReportsErrors()
    {
        var options = new JsonSerializerOptions { DefaultBufferSize = 16 }.ConfigureForTimeline();
        const string json = """{"format":"timeline/1","id":"t","title":"T","events":[{"id":"a","title":{"nested":[1,2]},"when":"2022","tags":[1]}]}""";
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.That(
            async () => await JsonSerializer.DeserializeAsync<Timeline>(stream, options),
            Throws.InstanceOf<TimelineJsonException>().With.Message.Contains("$.events[0].title").And.Message.Contains("$.events[0].tags[0]"));
    }

    [Test]
    public async System.Threading.Tasks.Task TimelineConverter_FromAStreamInSmallBuffers_RoundTrips()
    {
        var options = new JsonSerializerOptions { DefaultBufferSize = 16 }.ConfigureForTimeline();
        using var stream = new System.IO.MemoryStream(TimelineJson.ToUtf8Bytes(TimelineSamples.HandMade()));
        Assert.That(await JsonSerializer.DeserializeAsync<Timeline>(stream, options), Is.EqualTo(TimelineSamples.HandMade()));
    }

    private sealed class Envelope
    {
        public string? Name { get; set; }

        public Timeline? Timeline { get; set; }

        public System.Collections.Generic.List<TimelineEvent>? Events { get; set; }
    }

    [Test]
    public void TimelineConverter_InACallersObject_GivesPathsAndLinesInTheCallersDocument()
    {
        const string json = "{\n  \"Name\": \"x\",\n  \"Timeline\": {\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\n    \"events\":[{\"id\":\"a\",\"title\":\"A\",\n      \"when\":\"2022-13\"}]}\n}";
        var exception = Assert.Throws<TimelineJsonException>(() => JsonSerializer.Deserialize<Envelope>(json, Options));
        var error = exception!.Errors.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("$.Timeline.events[0].when"));
            Assert.That((error.Line, error.BytePosition), Is.EqualTo((5L, 14L)));
            Assert.That(exception.Message, Does.Contain("$.Timeline.events[0].when (line 5, byte 14): '2022-13' is not valid EDTF"));
        });
    }

    [Test]
    public void TimelineEventConverter_InACallersList_GivesPathsAndLinesInTheCallersDocument()
    {
        const string json = "{\"Events\": [\n  {\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\"},\n  {\"id\":\"b\",\"title\":\"\",\"when\":\"2022\"}]}";
        var exception = Assert.Throws<TimelineJsonException>(() => JsonSerializer.Deserialize<Envelope>(json, Options));
        Assert.That(exception!.Errors.Single().ToString(), Is.EqualTo("$.Events[1].title (line 3, byte 21): The title is empty."));
    }

    [Test]
    public void EdtfValueConverter_BadText_SaysSoOnce()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EdtfValue>("\"2022-13\"", Options));
        var message = exception!.Message;
        Assert.That(message.Split("is not valid EDTF").Length - 1, Is.EqualTo(1), message);
        Assert.That(message, Does.StartWith("'2022-13' is not valid EDTF: '13' is neither a month"));
    }
}
