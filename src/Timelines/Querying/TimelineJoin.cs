using System;
using System.Collections.Generic;
using Timelines.Querying.Internal;

namespace Timelines.Querying;

/// <summary>
/// Joins of two timelines: every pair of events, one from each, in a time relation, found by one sweep over both
/// timelines' events in start order rather than by one query per event.
/// </summary>
/// <threadsafety>This type is static and thread-safe; the enumerables it returns may each be enumerated by one thread at a time.</threadsafety>
public static class TimelineJoin
{
    /// <summary>
    /// Every pair (a, b), a an event of <paramref name="a"/> and b one of <paramref name="b"/>, such that
    /// <c>b.Query().Overlapping(QueryPeriod.FromEdtf(a.When))</c> with the same certainty and ongoing ends finds b:
    /// exactly the pairs a loop of those single queries would give, so a's time is read as that query reads a
    /// period (in <paramref name="b"/>'s zone, an open end lasting as <paramref name="openEnds"/> says for
    /// <paramref name="b"/>). Streamed, each pair once, in the order of the later start of the two.
    /// </summary>
    /// <param name="a">The first timeline.</param>
    /// <param name="b">The second timeline; it may be <paramref name="a"/> itself, and then each event pairs with itself too.</param>
    /// <param name="certainty">Possibly (the default of a query) or certainly overlapping.</param>
    /// <param name="openEnds">How ongoing events end (the default of a query: at the end of the as-of day of <paramref name="b"/>).</param>
    /// <returns>
    /// The pairs. Enumerating sorts the events of both timelines by start, O((n + m) log(n + m)), then sweeps them
    /// once: O(n + m + k) for k pairs possibly overlapping (certainly: plus those that possibly but not certainly
    /// overlap), with memory O(n + m) and no allocation per pair.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="certainty"/> or <paramref name="openEnds"/> is not defined.</exception>
    public static IEnumerable<(TimelineEvent A, TimelineEvent B)> Overlapping(
        Timeline a, Timeline b, Certainty certainty = Certainty.Possibly, OpenEnds openEnds = OpenEnds.UntilAsOf)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (certainty is not (Certainty.Possibly or Certainty.Certainly))
        {
            throw new ArgumentOutOfRangeException(nameof(certainty), certainty, QueryMessages.NotACertainty);
        }

        if (openEnds is not (OpenEnds.UntilAsOf or OpenEnds.Forever))
        {
            throw new ArgumentOutOfRangeException(nameof(openEnds), openEnds, QueryMessages.NotAnOpenEndsChoice);
        }

        return Sweep(a, b, certainty == Certainty.Certainly, openEnds == OpenEnds.Forever);
    }

    private static IEnumerable<(TimelineEvent A, TimelineEvent B)> Sweep(Timeline a, Timeline b, bool certainly, bool forever)
    {
        var index = b.Index;

        // Both sides are put on b's time line as b's query would: a's values as periods, b's from its index.
        var asOfEnd = forever ? null : index.AsOfEnd;
        var left = new Side(a.Count);
        for (var e = 0; e < a.Count; e++)
        {
            var item = a.Events[e];
            left.Set(e, item, item.When.Axis(index.Zone, asOfEnd));
        }

        var right = new Side(index.Count);
        for (var slot = 0; slot < index.Count; slot++)
        {
            right.Set(slot, index.EventAt(slot), index.Bounds(slot, forever));
        }

        left.SortByStart();
        right.SortByStart();

        // The sweep: events of both sides by earliest start (a first on a tie). Each side keeps the events that
        // have started and whose possible extent has not ended yet. An event starting meets every active event of
        // the other side: each one started no later and ends after this start, so their possible extents overlap
        // (every value has a positive length) and every pair that possibly overlaps meets this way exactly once,
        // when the later of the two starts. An active event that has ended is dropped as it is met.
        var activeLeft = new List<int>();
        var activeRight = new List<int>();
        int i = 0, j = 0;
        while (i < left.Count || j < right.Count)
        {
            var takeLeft = j == right.Count || (i < left.Count && left.Start(i) <= right.Start(j));
            if (takeLeft)
            {
                var position = left.Start(i);
                var w = 0;
                for (var r = 0; r < activeRight.Count; r++)
                {
                    var other = activeRight[r];
                    if (right.Bounds[other].LatestEnd <= position)
                    {
                        continue;
                    }

                    activeRight[w++] = other;
                    if (!certainly || AllenAlgebra.Holds(right.Bounds[other], EndpointCondition.Overlapping, left.Bounds[i], certainly: true))
                    {
                        yield return (left.Events[i], right.Events[other]);
                    }
                }

                activeRight.RemoveRange(w, activeRight.Count - w);
                activeLeft.Add(i++);
            }
            else
            {
                var position = right.Start(j);
                var w = 0;
                for (var l = 0; l < activeLeft.Count; l++)
                {
                    var other = activeLeft[l];
                    if (left.Bounds[other].LatestEnd <= position)
                    {
                        continue;
                    }

                    activeLeft[w++] = other;
                    if (!certainly || AllenAlgebra.Holds(right.Bounds[j], EndpointCondition.Overlapping, left.Bounds[other], certainly: true))
                    {
                        yield return (left.Events[other], right.Events[j]);
                    }
                }

                activeLeft.RemoveRange(w, activeLeft.Count - w);
                activeRight.Add(j++);
            }
        }
    }

    /// <summary>One side of a join: its events and their bounds, sorted by earliest start.</summary>
    private sealed class Side(int count)
    {
        public readonly TimelineEvent[] Events = new TimelineEvent[count];
        public readonly AxisBounds[] Bounds = new AxisBounds[count];

        public int Count => Events.Length;

        public long Start(int i) => Bounds[i].EarliestStart;

        public void Set(int i, TimelineEvent item, AxisBounds bounds)
        {
            Events[i] = item;
            Bounds[i] = bounds;
        }

        public void SortByStart()
        {
            var keys = new long[Count];
            var order = new int[Count];
            var sorted = true;
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Bounds[i].EarliestStart;
                order[i] = i;
                sorted &= i == 0 || keys[i - 1] <= keys[i];
            }

            if (sorted)
            {
                return;
            }

            Array.Sort(keys, order);
            var events = (TimelineEvent[])Events.Clone();
            var bounds = (AxisBounds[])Bounds.Clone();
            for (var i = 0; i < order.Length; i++)
            {
                Events[i] = events[order[i]];
                Bounds[i] = bounds[order[i]];
            }
        }
    }
}
