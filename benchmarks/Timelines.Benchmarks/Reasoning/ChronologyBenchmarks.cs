using System;
using System.Collections.Generic;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Timelines.Benchmarks.Querying;
using Timelines.Reasoning;

namespace Timelines.Benchmarks.Reasoning;

/// <summary>
/// Inferring a timeline's chronology: n events with mixed precision (days, months, intervals of days, now and then
/// an unknown end, or an unknown day of the year up to a known day) spread over about 27 years; about n relations
/// (each event follows one at least two months before it, or responds to one, or causes one at least two months
/// after it), so the network is a deep DAG with long chains; and one explicit constraint for every twentieth event
/// (a duration of at most 30 days, which makes a two-point cycle, or a gap of at least 1 day after another's end).
/// The setup prints the time of the first inference, the bytes the chronology keeps per event and how many events
/// it narrowed; <see cref="Infer"/> is the whole inference.
/// </summary>
[MemoryDiagnoser]
public class ChronologyBenchmarks
{
    private Timeline timeline = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.All;

    /// <summary>Builds the timeline from a fixed seed: event i is dated about i / 100 days after 2000-01-01.</summary>
    public static Timeline CreateTimeline(int n)
    {
        var random = new Random(21);
        var start = new LocalDate(2000, 1, 1);
        var events = new TimelineEvent[n];
        for (var i = 0; i < n; i++)
        {
            var day = start.PlusDays(i / 100);
            var when = (i % 10) switch
            {
                < 4 => Day(day),
                < 7 => $"{day.Year:D4}-{day.Month:D2}",
                < 9 => $"{Day(day)}/{Day(day.PlusDays(random.Next(1, 20)))}",
                _ => i % 20 == 9 ? $"{Day(day)}/" : $"{day.Year:D4}/{Day(day)}",
            };
            var item = new TimelineEvent($"e{i}", "Event", EdtfValue.Parse(when));

            // Two months and more before, in whole days of events: never contradictory, whatever the precisions. A
            // cause comes first, so "causes" points the other way, to an event two months and more after.
            var earlier = i - 6_200 - random.Next(2_000);
            var later = i + 6_200 + random.Next(2_000);
            if (random.Next(10) == 9 && later < n)
            {
                item = item.AddRelation(EventRelationKind.Causes, $"e{later}");
            }
            else if (earlier >= 0)
            {
                item = item.AddRelation(random.Next(10) < 8 ? EventRelationKind.Follows : EventRelationKind.ResponseTo, $"e{earlier}");
            }

            if (i % 20 == 0)
            {
                item = item.AddConstraint(i % 40 == 0 || earlier < 0
                    ? EventConstraint.Duration(null, Period.FromDays(30))
                    : new EventConstraint(EventPoint.Start, $"e{earlier}", EventPoint.End, Period.FromDays(1), null));
            }

            events[i] = item;
        }

        return Timeline.Create("bench", "Chronology benchmark", events);
    }

    [GlobalSetup]
    public void Setup()
    {
        timeline = CreateTimeline(N);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var chronology = Chronology.Infer(timeline);
        var elapsed = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var narrowed = 0;
        foreach (var item in timeline.Events)
        {
            narrowed += chronology.DerivedBounds(item.Id) != chronology.DeclaredBounds(item.Id) ? 1 : 0;
        }

        GC.KeepAlive(chronology);
        Console.WriteLine(
            $"// n={N}: first inference {elapsed.TotalMilliseconds:F0} ms; the chronology keeps {(after - before) / (double)N:F1} bytes per event; " +
            $"{narrowed} events narrowed; consistent {chronology.IsConsistent}");
    }

    [Benchmark]
    public bool Infer() => Chronology.Infer(timeline).IsConsistent;

    private static string Day(LocalDate day) => $"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}";
}
