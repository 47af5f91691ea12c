using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Timelines.Tests.Serialization;

/// <summary>The rule that no two events share an id has one home, and every path to a timeline gives its message.</summary>
public class UniqueIdRuleTest
{
    [Test]
    public void DuplicateId_EveryReaderAndTheBuilder_GiveTheValidatorsMessage()
    {
        var expected = TimelineValidator.AddId(new Dictionary<string, int> { ["a"] = 0 }, "a", 1)!;
        var json = Encoding.UTF8.GetBytes("""{"format":"timeline/1","id":"t","title":"T","events":[{"id":"a","title":"A","when":"2022"},{"id":"a","title":"B","when":"2023"}]}""");
        var built = Assert.Throws<TimelineValidationException>(() => new TimelineBuilder("t", "T")
            .Add(new TimelineEvent("a", "A", EdtfValue.Parse("2022")), new TimelineEvent("a", "B", EdtfValue.Parse("2023")))
            .Build());
        var outcomes = EveryReader.ReadDocument(json);
        Assert.Multiple(() =>
        {
            Assert.That(expected.Message, Is.EqualTo("The id is used by more than one event (events 0 and 1)."));
            Assert.That(built!.Problems.Select(p => p.Message), Is.EqualTo(new[] { expected.Message }));
            Assert.That(TimelineValidator.AddId(new Dictionary<string, int> { ["b"] = 0 }, "a", 1), Is.Null, "a new id");
            Assert.That(TimelineValidator.AddId(new Dictionary<string, int> { [" "] = 0 }, " ", 1), Is.Null, "a blank id breaks the event's own rules instead");
        });
        foreach (var (reader, exception) in EveryReader.AssertAllRefuse(outcomes))
        {
            var error = exception.Errors.Single();
            Assert.That(error.Message, Is.EqualTo(expected.Message), reader);
            Assert.That(error.Path, Does.EndWith("events[1].id"), reader);
        }
    }
}
