using System;
using System.Globalization;
using NodaTime;

namespace Timelines.Tests.Events;

/// <summary>
/// The memory of a plain event (an id, a title and a date), which a large timeline holds by the million (issue
/// 16). Bytes allocated on this thread to make an object are its size exactly, so these bounds are deterministic;
/// benchmarks/Timelines.Benchmarks (<c>probe</c>) measures a whole timeline read from JSON.
/// </summary>
public class TimelineEventMemoryTest
{
    private static long Allocated(Func<object> make)
    {
        _ = make(); // Once before: type initializers and the like are not the object's size.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var made = make();
        var size = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(made);
        return size;
    }

    [Test]
    public void PlainEvent_IsOneObjectOfAtMost40Bytes()
    {
        // Header, id, title and date: nothing for the summary, tags and the rest that it does not have.
        var when = EdtfValue.ForDate(EdtfDate.ForDay(new LocalDate(1850, 3, 12)));
        Assert.That(Allocated(() => new TimelineEvent("w3-1", "Treaty signed at the harbour of the river", when)), Is.AtMost(40));
    }

    [Test]
    public void EdtfValueAndDate_AreAtMost40BytesEach()
    {
        var day = EdtfDate.ForDay(new LocalDate(1850, 3, 12));
        var month = EdtfDate.ForMonth(1850, 4, EdtfQualifier.Approximate);
        Assert.Multiple(() =>
        {
            Assert.That(Allocated(() => EdtfDate.ForDay(new LocalDate(1850, 3, 13), EdtfQualifier.Uncertain)), Is.AtMost(40));
            Assert.That(Allocated(() => EdtfDate.ForDateTime(new LocalDateTime(1850, 3, 13, 10, 20, 30).WithOffset(Offset.FromHours(2)))), Is.AtMost(40));
            Assert.That(Allocated(() => EdtfValue.ForDate(day)), Is.AtMost(40));
            Assert.That(Allocated(() => EdtfValue.Interval(day, month)), Is.AtMost(40));
            Assert.That(Allocated(() => EdtfValue.Interval(day, EdtfEnd.Open)), Is.AtMost(40));
        });
    }

    [Test]
    public void W3LikeEvents_WithTheirValuesAndDates_AreAtMost130BytesEach()
    {
        // Half single days, a quarter months, a quarter intervals of two days: every event has its own value and
        // dates here, as none is shared. Ids and titles are made before, as a reader makes them.
        const int count = 1_000;
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = "w3-" + i.ToString(CultureInfo.InvariantCulture);
        }

        var first = new LocalDate(1800, 1, 1);
        TimelineEvent Make(int i)
        {
            var day = first.PlusDays(i);
            EdtfValue when = (i % 4) switch
            {
                0 or 1 => EdtfDate.ForDay(day),
                2 => EdtfDate.ForMonth(day.Year, day.Month, EdtfQualifier.Uncertain),
                _ => EdtfValue.Interval(EdtfDate.ForDay(day), EdtfDate.ForDay(day.PlusDays(10))),
            };
            return new TimelineEvent(ids[i], "Council meets in the northern province", when);
        }

        var events = new TimelineEvent[count];
        _ = Make(0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++)
        {
            events[i] = Make(i);
        }

        var perEvent = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
        GC.KeepAlive(events);

        // 40 (event) + 40 (value) + 40 per date, 1.25 dates an event on average: 130.
        Assert.That(perEvent, Is.AtMost(130));
    }
}
