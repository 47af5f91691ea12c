using System.IO;
using System.Linq;
using System.Text;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

/// <summary>The synchronous JSON Lines readers, from a stream and from text.</summary>
public partial class TimelineJsonTest
{
    private const string BadThirdLine = "{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\"}\n\n{\"id\":\"b\",\"title\":\"B\",\"when\":\"2022-13\"}\n";

    [Test]
    public void ReadJsonLines_Stream_RoundTripsWhatWriteJsonLinesWrote()
    {
        var events = TimelineSamples.HandMade().Events;
        using var stream = new MemoryStream();
        TimelineJson.WriteJsonLines(events, stream);
        stream.Position = 0;
        Assert.That(TimelineJson.ReadJsonLines(new NonSeekableStream(stream, chunk: 5)).ToList(), Is.EqualTo(events));
    }

    [Test]
    public void ReadJsonLines_Text_RoundTripsWhatWriteJsonLinesWrote()
    {
        var events = TimelineSamples.HandMade().Events;
        using var stream = new MemoryStream();
        TimelineJson.WriteJsonLines(events, stream);
        using var text = new StringReader(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.That(TimelineJson.ReadJsonLines(text).ToList(), Is.EqualTo(events));
    }

    [Test]
    public void ReadJsonLines_SampleWithBlankLinesAndCarriageReturns_ReadsBothWays()
    {
        var text = File.ReadAllText(Path.Combine(TimelineSamples.SamplesFolder, "events.jsonl")).Replace("\n", "\r\n\r\n", System.StringComparison.Ordinal);
        var fromStream = TimelineJson.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();
        var fromText = TimelineJson.ReadJsonLines(new StringReader(text)).ToList();
        Assert.That(fromStream.Select(e => e.Id), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(fromText, Is.EqualTo(fromStream));
    }

    [Test]
    public void ReadJsonLines_BadLine_ReturnsTheEventsBeforeItThenNamesIt()
    {
        using var text = new StringReader(BadThirdLine);
        using var events = TimelineJson.ReadJsonLines(text).GetEnumerator();
        Assert.That(events.MoveNext(), Is.True);
        Assert.That(events.Current.Id, Is.EqualTo("a"));
        var exception = Assert.Throws<TimelineJsonException>(() => events.MoveNext());
        Assert.That(exception!.Errors.Single().Line, Is.EqualTo(3));
        Assert.That(exception.Errors.Single().BytePosition, Is.EqualTo(30));
        Assert.That(exception.Message, Does.Contain("not valid EDTF"));
    }

    [Test]
    public void ReadJsonLines_BadLine_StreamAndTextGiveTheSameError()
    {
        var fromStream = Assert.Throws<TimelineJsonException>(() => TimelineJson.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(BadThirdLine))).ToList());
        var fromText = Assert.Throws<TimelineJsonException>(() => TimelineJson.ReadJsonLines(new StringReader(BadThirdLine)).ToList());
        Assert.That(fromText!.Errors, Is.EqualTo(fromStream!.Errors));
    }

    [Test]
    public void ReadJsonLines_MalformedLine_NamesTheLineBothWays()
    {
        const string text = "{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\"}\n{\"id\":\"b\",\n";
        var fromStream = Assert.Throws<TimelineJsonException>(() => TimelineJson.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList());
        var fromText = Assert.Throws<TimelineJsonException>(() => TimelineJson.ReadJsonLines(new StringReader(text)).ToList());
        Assert.That(fromStream!.Errors[0].Line, Is.EqualTo(2));
        Assert.That(fromText!.Errors[0].Line, Is.EqualTo(2));
        Assert.That(fromText.Message, Does.Contain("malformed"));
    }

    [Test]
    public void ReadJsonLines_LineOverTheLimit_IsRejectedBothWays()
    {
        var options = new TimelineJsonOptions { MaxEventBytes = 1024 };
        var line = "{\"id\":\"a\",\"title\":\"" + new string('é', 600) + "\",\"when\":\"2022\"}\n";
        var fromStream = Assert.Throws<TimelineJsonException>(() => TimelineJson.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(line)), options).ToList());
        var fromText = Assert.Throws<TimelineJsonException>(() => TimelineJson.ReadJsonLines(new StringReader(line), options).ToList());
        Assert.That(fromStream!.Message, Does.Contain("MaxEventBytes = 1024"));
        Assert.That(fromText!.Message, Does.Contain("MaxEventBytes = 1024"));
    }

    [Test]
    public void ReadJsonLines_NullArguments_Throw()
    {
        Assert.That(() => TimelineJson.ReadJsonLines((Stream)null!), Throws.ArgumentNullException);
        Assert.That(() => TimelineJson.ReadJsonLines((TextReader)null!), Throws.ArgumentNullException);
    }
}
