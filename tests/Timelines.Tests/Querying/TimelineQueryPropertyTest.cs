using System;
using System.Linq;
using CsCheck;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Querying;

/// <summary>Every query kind against the naive oracle: same results, same order, same count.</summary>
public class TimelineQueryPropertyTest
{
    private const int Cases = 10_000;

    private static readonly AllenRelation[] Relations = Enum.GetValues<AllenRelation>();

    [Test]
    public void Overlapping_MatchesALinearScan() => Check((r, q) => q.Overlapping(RandomTimelines.Period(r)));

    [Test]
    public void At_MatchesALinearScan() => Check((r, q) => q.At(RandomTimelines.Instant(r)));

    [Test]
    public void On_MatchesALinearScan() => Check((r, q) => q.On(RandomTimelines.Date(r).FirstDay, r.Next(3) == 0 ? DateTimeZoneProviders.Tzdb["Asia/Tokyo"] : null));

    [Test]
    public void Within_MatchesALinearScan() => Check((r, q) => q.Within(RandomTimelines.Period(r)));

    [Test]
    public void Containing_MatchesALinearScan() => Check((r, q) => q.Containing(RandomTimelines.Period(r)));

    [Test]
    public void Before_MatchesALinearScan() => Check((r, q) => q.Before(RandomTimelines.Period(r)));

    [Test]
    public void After_MatchesALinearScan() => Check((r, q) => q.After(RandomTimelines.Period(r)));

    [Test]
    public void StartingIn_MatchesALinearScan() => Check((r, q) => q.StartingIn(RandomTimelines.Period(r)));

    [Test]
    public void Next_MatchesALinearScan() => Check((r, q) => q.Next(RandomTimelines.Period(r), r.Next(6)));

    [Test]
    public void Previous_MatchesALinearScan() => Check((r, q) => q.Previous(RandomTimelines.Period(r), r.Next(6)));

    [Test]
    public void RelatedToPeriod_MatchesALinearScan() => Check((r, q) => q.Related(RandomTimelines.Period(r), Relations[r.Next(Relations.Length)]));

    [Test]
    public void RelatedToEvent_MatchesALinearScan() => Check((r, q) =>
        q.Timeline.Count == 0
            ? q
            : q.Related(q.Timeline.Events[r.Next(q.Timeline.Count)], Relations[r.Next(Relations.Length)]));

    [Test]
    public void FiltersOnly_MatchesALinearScan() => Check((r, q) => q);

    [Test]
    public void LargeTimelines_MatchALinearScan() => Check((r, q) => r.Next(3) switch
    {
        0 => q.Overlapping(RandomTimelines.Period(r)),
        1 => q.Related(RandomTimelines.Period(r), Relations[r.Next(Relations.Length)]),
        _ => q.Containing(RandomTimelines.Period(r)),
    }, maxEvents: 400, cases: 300);

    [Test]
    public void AppendedSnapshots_MatchALinearScan() => Gen.Int.Sample(
        seed =>
        {
            var random = new Random(seed);
            var source = RandomTimelines.Timeline(random);
            var ordered = source.Events.OrderBy(e => e.When.Axis(source.TimeZone).EarliestStart).ToList();
            if (ordered.Count > 1 && random.Next(4) == 0)
            {
                (ordered[0], ordered[^1]) = (ordered[^1], ordered[0]);
            }

            var timeline = new TimelineBuilder("t", "Appended") { TimeZone = source.TimeZone, AsOf = source.AsOf }.Build();
            foreach (var item in ordered)
            {
                _ = timeline.Query().Count();
                timeline = timeline.WithEvent(item);
            }

            var query = RandomTimelines.Filters(random, timeline.Query()).Overlapping(RandomTimelines.Period(random));
            var expected = LinearScan.Run(query).Select(e => e.Id).ToList();
            Assert.That(query.ToImmutableArray().Select(e => e.Id), Is.EqualTo(expected), $"seed {seed}");
            Assert.That(query.Count(), Is.EqualTo(expected.Count));
        },
        iter: 3_000,
        threads: 1);

    private static void Check(Func<Random, TimelineQuery, TimelineQuery> makeQuery, int maxEvents = 24, int cases = Cases)
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var timeline = RandomTimelines.Timeline(random, maxEvents);
                var query = makeQuery(random, RandomTimelines.Filters(random, timeline.Query()));
                var expected = LinearScan.Run(query).Select(e => e.Id).ToList();
                var actual = query.ToImmutableArray().Select(e => e.Id).ToList();
                if (!expected.SequenceEqual(actual) || query.Count() != expected.Count)
                {
                    throw new InvalidOperationException(
                        $"seed {seed}, query {query}, zone {timeline.TimeZone}, as of {timeline.AsOf}\n" +
                        $"expected [{string.Join(", ", expected)}] ({expected.Count})\n" +
                        $"actual   [{string.Join(", ", actual)}], count {query.Count()}\n" +
                        string.Join("\n", timeline.Events.Select(e => $"  {e.Id} {e.When} {LinearScan.Bounds(query, e)}")));
                }
            },
            iter: cases,
            threads: 1);
    }
}
