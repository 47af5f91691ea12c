using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

/// <summary>The timeline-level extension bag added for round trips of unknown timeline properties.</summary>
public class TimelineExtensionsTest
{
    [Test]
    public void WithExtension_SurvivesOtherChangesAndTakesPartInEquality()
    {
        var plain = Timeline.Create("t", "T", [new TimelineEvent("a", "A", EdtfValue.Parse("2022"))]);
        var extended = plain.WithExtension("x-k", TimelineSamples.Json("[1]"));
        Assert.Multiple(() =>
        {
            Assert.That(extended, Is.Not.EqualTo(plain));
            Assert.That(extended.WithTitle("U").WithAsOf(null).Extensions.ContainsKey("x-k"), Is.True);
            Assert.That(extended.ToBuilder().Build(), Is.EqualTo(extended));
            Assert.That(extended.WithoutExtension("x-k"), Is.EqualTo(plain));
        });
    }

    [Test]
    public void UnknownTimelineProperty_SurvivesLoadThenSave()
    {
        const string json = """{"format":"timeline/1","id":"t","title":"T","x-a":{"z":1,"y":[true,null]},"x-b":"s"}""";
        Assert.That(TimelineJson.ToJson(TimelineJson.Parse(json)), Is.EqualTo(json));
    }
}
