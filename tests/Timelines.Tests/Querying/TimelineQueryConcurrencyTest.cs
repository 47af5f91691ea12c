using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Timelines.Tests.Querying;

/// <summary>Snapshots shared by many threads: every reader sees one consistent snapshot.</summary>
public class TimelineQueryConcurrencyTest
{
    [Test]
    public void Index_BuiltOnceWhenManyThreadsQueryAFreshSnapshot()
    {
        var timeline = RandomTimelines.Timeline(new Random(1), 300);
        var indexes = new ConcurrentBag<object>();
        using var start = new Barrier(4);
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            indexes.Add(timeline.Index);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.That(indexes.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Readers_SeeConsistentSnapshotsWhileAWriterMakesNewOnes()
    {
        var current = RandomTimelines.Timeline(new Random(2), 150);
        var failures = new ConcurrentQueue<string>();
        var writing = true;
        var writer = Task.Run(() =>
        {
            var random = new Random(3);
            for (var i = 0; i < 150; i++)
            {
                var snapshot = Volatile.Read(ref current);
                var next = random.Next(4) == 0 && snapshot.Count > 0
                    ? snapshot.WithoutEvent(snapshot.Events[random.Next(snapshot.Count)].Id)
                    : snapshot.WithEvent(new TimelineEvent("new-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "New", RandomTimelines.Value(random)));
                _ = next.Query().Count();
                Volatile.Write(ref current, next);
            }

            Volatile.Write(ref writing, false);
        });
        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(() =>
        {
            var random = new Random(10 + r);
            for (var i = 0; i < 2000 && (i < 300 || Volatile.Read(ref writing)); i++)
            {
                var snapshot = Volatile.Read(ref current);
                var query = RandomTimelines.Filters(random, snapshot.Query()).Overlapping(RandomTimelines.Period(random));
                var actual = query.ToImmutableArray();
                var expected = LinearScan.Run(query);
                if (!actual.Select(e => e.Id).SequenceEqual(expected.Select(e => e.Id)) || query.Count() != expected.Count)
                {
                    failures.Enqueue($"query {query} on a snapshot of {snapshot.Count} events");
                }

                if (actual.Any(e => !snapshot.TryGetEvent(e.Id, out var found) || !ReferenceEquals(found, e)))
                {
                    failures.Enqueue("an event from another snapshot");
                }
            }
        })).ToArray();
        Task.WaitAll([writer, .. readers]);
        Assert.That(failures, Is.Empty);
    }
}
