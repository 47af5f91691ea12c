using System.Linq;
using NodaTime;

namespace Timelines.Tests.Querying;

public class TimelineIndexTest
{
    private static Timeline Indexed(params string[] whens)
    {
        var builder = new TimelineBuilder("t", "T");
        for (var i = 0; i < whens.Length; i++)
        {
            builder.Add(new TimelineEvent("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "E", EdtfValue.Parse(whens[i])));
        }

        var timeline = builder.Build();
        _ = timeline.Index;
        return timeline;
    }

    [Test]
    public void WithEvent_AppendingInStartOrder_ExtendsThePreviousIndex()
    {
        var before = Indexed("2022-01", "2022-02", "2022-03/..");
        var appended = before.WithEvent(new TimelineEvent("late", "Late", EdtfValue.Parse("2022-04/..")));
        Assert.Multiple(() =>
        {
            // An ongoing event leaves the regular events' sorted ends untouched: the same array is shared.
            Assert.That(appended.Index.SortedEnds, Is.SameAs(before.Index.SortedEnds));
            Assert.That(appended.Index.Count, Is.EqualTo(4));
            Assert.That(appended.Query().At(Instant.FromUtc(2030, 1, 1, 0, 0)).Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public void WithEvent_AppendingOutOfOrder_BuildsAfresh()
    {
        var before = Indexed("2022-01", "2022-02");
        var appended = before.WithEvent(new TimelineEvent("early", "Early", EdtfValue.Parse("2021")));
        Assert.That(appended.Query().Select(e => e.Id), Is.EqualTo(new[] { "early", "e0", "e1" }));
    }

    [Test]
    public void Build_LongEvents_LiveInComponentsOfTheirOwn()
    {
        var whens = new string[400];
        for (var i = 0; i < whens.Length; i++)
        {
            whens[i] = new LocalDate(2000, 1, 1).PlusDays(i).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        whens[10] = "2000-01-01/2001-12-31";
        whens[20] = "2000-01-05/";
        var index = Indexed(whens).Index;
        Assert.That(index.ComponentStarts[1], Is.EqualTo(398), "the big component holds only the short events");
    }
}
