using System.Linq;
using System.Text;
using Timelines.Serialization.Reading;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

/// <summary>The error limit (<see cref="TimelineJsonOptions.MaxErrors"/>): every reader keeps it, and it bounds the work too.</summary>
public partial class TimelineJsonTest
{
    private static readonly TimelineJsonOptions OneError = new() { MaxErrors = 1 };

    [TestCase("""{"id":"a","title":"A","when":"2022","actors":[{},{}]}""", TestName = "ErrorLimitReached_ActorWithoutName_EveryReaderThrowsTimelineJsonException")]
    [TestCase("""{"id":"a","title":"A","when":"2022","places":[{},{}]}""", TestName = "ErrorLimitReached_PlaceWithoutName_EveryReaderThrowsTimelineJsonException")]
    [TestCase("""{"id":"a","title":"A","when":"2022","relations":[{"targetId":"b"},{"targetId":"c"}]}""", TestName = "ErrorLimitReached_RelationWithoutKind_EveryReaderThrowsTimelineJsonException")]
    [TestCase("""{"id":"a","title":"A","when":"2022","relations":[{"kind":"causes"},{"kind":"causes"}]}""", TestName = "ErrorLimitReached_RelationWithoutTarget_EveryReaderThrowsTimelineJsonException")]
    public void ErrorLimitReached_PartWithoutRequiredProperty(string eventJson)
    {
        // The first part's error reaches the limit of one; the second's is not kept, yet the part must still fail.
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(EveryReader.ReadEvent(eventJson, OneError)))
        {
            Assert.That(exception.Errors, Has.Length.EqualTo(1), reader);
            Assert.That(exception.IsTruncated, Is.True, reader);
        }
    }

    [Test]
    public void Parse_EventWith25000RepeatedTags_ReadsTheEventOnceMoreToLocateTheErrors()
    {
        // 100 KB in one event; each of the 24,999 repeats is a problem, but only 100 are kept and located.
        var tags = string.Join(",", Enumerable.Repeat("\"t\"", 25_000));
        var json = Encoding.UTF8.GetBytes($"{{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\"tags\":[{tags}]}}]}}");
        var context = new ReadContext(TimelineJsonOptions.Default, shareValues: true);

        var exception = Assert.Throws<TimelineJsonException>(() => TimelineReader.ReadTimeline(json, context));

        Assert.That(exception!.Errors, Has.Length.EqualTo(100));
        Assert.That(exception.IsTruncated, Is.True);
        Assert.That(exception.Errors[0].ToString(), Does.StartWith("$.events[0].tags[1] (line 1, byte 103): The tag 't' is given twice."));
        Assert.That(context.LocatedBytes, Is.LessThanOrEqualTo(json.Length), "Each problem was located by reading the event again from its start.");
    }

    [Test]
    public void Parse_20000PlacesOutOfRange_ReadsEachEventOnceMoreAtMost()
    {
        var place = """{"name":"P","latitude":95,"longitude":1}""";
        var inOneEvent = $"{{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\",\"places\":[{string.Join(",", Enumerable.Repeat(place, 20_000))}]}}";
        var inEvents = string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"{{\"id\":\"e{i}\",\"title\":\"E\",\"when\":\"2022\",\"places\":[{place}]}}"));
        foreach (var events in new[] { inOneEvent, inEvents })
        {
            var json = Encoding.UTF8.GetBytes($"{{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{events}]}}");
            var context = new ReadContext(TimelineJsonOptions.Default, shareValues: true);

            var exception = Assert.Throws<TimelineJsonException>(() => TimelineReader.ReadTimeline(json, context));

            Assert.That(exception!.Errors, Has.Length.EqualTo(100));
            Assert.That(exception.Errors.All(e => e.Line == 1 && e.BytePosition > 0 && e.Message == "The latitude 95 is outside -90 to 90."), Is.True);
            Assert.That(context.LocatedBytes, Is.LessThanOrEqualTo(json.Length));
        }
    }

    [Test]
    public void EveryReader_ManyUnreadableNamesAndStrings_ThrowsOnceNotOncePerValue()
    {
        // Found by the fuzzer: 20,000 names that are not UTF-8 in one event took seconds, as decoding threw (and
        // the reader caught) an exception for each; bad text is now found before it is decoded. Tests run one at
        // a time here, so the count is this test's own.
        var names = string.Concat(Enumerable.Repeat(",\"x-\xff\":1,\"\\ud800\":\"\\udfff\"", 10_000));
        var json = Latin1($"{{\"format\":\"timeline/1\",\"id\":\"t\",\"title\":\"T\",\"events\":[{{\"id\":\"a\",\"title\":\"T\",\"when\":\"2022\"{names}}}]}}");
        var thrown = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e) => thrown++;
        System.AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            var refusals = EveryReader.AssertAllRefuse(EveryReader.ReadDocument(json));
            Assert.That(refusals.All(r => r.Exception.IsTruncated), Is.True);
        }
        finally
        {
            System.AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        // Each reader throws its TimelineJsonException, which the async readers pass on through a few frames.
        Assert.That(thrown, Is.LessThan(50));
    }
}
