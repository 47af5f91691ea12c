using System;
using System.Linq;
using NodaTime;

namespace Timelines.Tests.Reasoning;

/// <summary>
/// Queries on derived bounds agree with the derived bounds themselves: on random timelines of dates and relations,
/// the events a query possibly or certainly finds overlapping a month are exactly those whose derived points say so
/// (docs/semantics.md, sections 5 and 8), and with no relation the derived answers are the declared ones.
/// </summary>
[TestFixture]
public sealed class DerivedQueryTest
{
    private static readonly string[] Dates =
    [
        "2022", "2022-03", "2022-03-10", "2022-02/2022-04", "2022-05-01/2022-05-20", "/2022-06", "2022-01-15/", "2021/2022-02", "2022-07?", "2022-03/..",
    ];

    private static readonly EventRelationKind[] Kinds = [EventRelationKind.Follows, EventRelationKind.PartOf, EventRelationKind.Causes, EventRelationKind.ResponseTo];

    [Test]
    public void OverlappingAMonth_OnDerivedBounds_MatchesTheDerivedPoints()
    {
        var random = new Random(2103);
        var zone = DateTimeZoneProviders.Tzdb["Europe/Minsk"];
        for (var c = 0; c < 400; c++)
        {
            var n = random.Next(1, 9);
            var events = new TimelineEvent[n];
            for (var i = 0; i < n; i++)
            {
                events[i] = new TimelineEvent($"e{i}", "E", EdtfValue.Parse(Dates[random.Next(Dates.Length)]));
                if (i > 0 && random.Next(3) > 0)
                {
                    events[i] = events[i].AddRelation(Kinds[random.Next(Kinds.Length)], $"e{random.Next(i)}");
                }
            }

            var timeline = new TimelineBuilder("t", "T") { TimeZone = zone, AsOf = new LocalDate(2022, 9, 1) }.AddRange(events).Build();
            var chronology = timeline.Chronology;
            var month = random.Next(1, 13);
            var days = new DateInterval(new LocalDate(2022, month, 1), new LocalDate(2022, month, 1).PlusMonths(1).PlusDays(-1));
            long p = AxisBounds.StartOfDay(days.Start, zone), q = AxisBounds.EndOfDay(days.End, zone);
            var possibly = Enumerable.Range(0, n).Where(i => chronology.Derived(i) is var b && b.EarliestStart < q && p < b.LatestEnd).Select(i => $"e{i}");
            var certainly = Enumerable.Range(0, n).Where(i => chronology.Derived(i) is var b && b.LatestStart < q && p < b.EarliestEnd).Select(i => $"e{i}");
            var context = $"case {c}: {string.Join(", ", timeline.Events.Select(e => $"{e.Id} {e.When} [{string.Join(", ", e.Relations)}]"))} in {days}";

            Assert.That(timeline.Query().OnDerivedBounds().Overlapping(days).Select(e => e.Id), Is.EquivalentTo(possibly), context);
            Assert.That(timeline.Query().OnDerivedBounds().Overlapping(days).Certainly().Select(e => e.Id), Is.EquivalentTo(certainly), context);
            if (timeline.Events.All(e => e.Relations.IsEmpty))
            {
                Assert.That(timeline.Query().OnDerivedBounds().Overlapping(days).Select(e => e.Id), Is.EqualTo(timeline.Query().Overlapping(days).Select(e => e.Id)), context);
            }
        }
    }
}
