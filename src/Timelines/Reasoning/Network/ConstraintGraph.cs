using System;

namespace Timelines.Reasoning.Network;

/// <summary>
/// The simple temporal network of a timeline: two nodes per event (node 2i its start, 2i + 1 its end) and one edge
/// per difference constraint <c>x[To] - x[From] ≤ Weight</c>, in compressed rows by <c>From</c>, with the reverse
/// rows beside them. Each edge remembers the relation, constraint or rule of the event that made it.
/// </summary>
/// <remarks>
/// The declared bounds of each node (its earliest and latest value) are not edges: they are the sources of the
/// propagation, which is the shortest-path problem from and to the "zero" point of the usual formulation.
/// </remarks>
internal sealed class ConstraintGraph
{
    /// <summary>The origin item of the rule that an event ends after it starts.</summary>
    internal const int OrderOrigin = -1;

    private ConstraintGraph(int nodeCount, int[] outStart, int[] from, int[] to, long[] weight, int[] originEvent, int[] originItem, int[] inStart, int[] inEdges)
    {
        NodeCount = nodeCount;
        OutStart = outStart;
        From = from;
        To = to;
        Weight = weight;
        OriginEvent = originEvent;
        OriginItem = originItem;
        InStart = inStart;
        InEdges = inEdges;
    }

    public int NodeCount { get; }

    /// <summary>Gets where each node's outgoing edges start in the edge arrays (length NodeCount + 1).</summary>
    public int[] OutStart { get; }

    public int[] From { get; }

    public int[] To { get; }

    public long[] Weight { get; }

    /// <summary>Gets the position of the event whose relation or constraint made each edge.</summary>
    public int[] OriginEvent { get; }

    /// <summary>
    /// Gets what made each edge: <see cref="OrderOrigin"/> for the rule that an event ends after it starts, a
    /// relation's index (0 or more), or <c>-2 - k</c> for the event's constraint k.
    /// </summary>
    public int[] OriginItem { get; }

    /// <summary>Gets where each node's incoming edges start in <see cref="InEdges"/>.</summary>
    public int[] InStart { get; }

    /// <summary>Gets the edges into each node, by node, as indexes into the edge arrays.</summary>
    public int[] InEdges { get; }

    public int EdgeCount => To.Length;

    public static int StartNode(int eventIndex) => 2 * eventIndex;

    public static int EndNode(int eventIndex) => (2 * eventIndex) + 1;

    public static int Node(int eventIndex, EventPoint point) => point == EventPoint.Start ? StartNode(eventIndex) : EndNode(eventIndex);

    /// <summary>Builds the network of a timeline's events, relations and constraints. O(n + relations).</summary>
    public static ConstraintGraph Build(Timeline timeline)
    {
        var events = timeline.Events;
        var nodeCount = 2 * events.Length;
        var outCount = new int[nodeCount + 1];
        var edgeCount = 0;

        // Two passes over the same enumeration: the first counts each node's edges, the second fills them in.
        ForEachEdge(timeline, (from, _, _, _, _) =>
        {
            outCount[from + 1]++;
            edgeCount++;
        });

        for (var v = 0; v < nodeCount; v++)
        {
            outCount[v + 1] += outCount[v];
        }

        var outStart = outCount;
        var next = new int[nodeCount];
        Array.Copy(outStart, next, nodeCount);
        var fromArray = new int[edgeCount];
        var toArray = new int[edgeCount];
        var weightArray = new long[edgeCount];
        var originEvent = new int[edgeCount];
        var originItem = new int[edgeCount];
        var inCount = new int[nodeCount + 1];
        ForEachEdge(timeline, (from, to, weight, eventIndex, item) =>
        {
            var e = next[from]++;
            fromArray[e] = from;
            toArray[e] = to;
            weightArray[e] = weight;
            originEvent[e] = eventIndex;
            originItem[e] = item;
            inCount[to + 1]++;
        });

        for (var v = 0; v < nodeCount; v++)
        {
            inCount[v + 1] += inCount[v];
        }

        var inEdges = new int[edgeCount];
        Array.Copy(inCount, next, nodeCount);
        for (var e = 0; e < edgeCount; e++)
        {
            inEdges[next[toArray[e]]++] = e;
        }

        return new ConstraintGraph(nodeCount, outStart, fromArray, toArray, weightArray, originEvent, originItem, inCount, inEdges);
    }

    private static void ForEachEdge(Timeline timeline, EdgeAction add)
    {
        var events = timeline.Events;
        for (var i = 0; i < events.Length; i++)
        {
            int s = StartNode(i), e = EndNode(i);

            // An event ends after it starts: s - e ≤ -1.
            add(e, s, -1, i, OrderOrigin);
            var relations = events[i].Relations;
            for (var r = 0; r < relations.Length; r++)
            {
                var k = timeline.IndexOf(relations[r].TargetId);
                if (k < 0 || k == i)
                {
                    continue;
                }

                int ks = StartNode(k), ke = EndNode(k);
                var kind = relations[r].Kind;
                if (kind == EventRelationKind.Follows)
                {
                    // It starts no earlier than the other ends: x[ke] - x[s] ≤ 0.
                    add(s, ke, 0, i, r);
                }
                else if (kind == EventRelationKind.PartOf)
                {
                    // It lies within the other: x[ks] - x[s] ≤ 0 and x[e] - x[ke] ≤ 0.
                    add(s, ks, 0, i, r);
                    add(ke, e, 0, i, r);
                }
                else if (kind == EventRelationKind.Causes)
                {
                    // The effect starts no earlier than its cause: x[s] - x[ks] ≤ 0.
                    add(ks, s, 0, i, r);
                }
                else if (kind == EventRelationKind.ResponseTo)
                {
                    // A response starts no earlier than what it answers: x[ks] - x[s] ≤ 0.
                    add(s, ks, 0, i, r);
                }
            }

            var constraints = events[i].Constraints;
            for (var c = 0; c < constraints.Length; c++)
            {
                var constraint = constraints[c];
                var k = constraint.TargetId is null ? i : timeline.IndexOf(constraint.TargetId);
                if (k < 0)
                {
                    continue;
                }

                int p = Node(i, constraint.Point), q = Node(k, constraint.TargetPoint);
                if (constraint.MaximumGap is { } most)
                {
                    // x[p] - x[q] ≤ most.
                    add(q, p, GapTicks.Most(most), i, -2 - c);
                }

                if (constraint.MinimumGap is { } least)
                {
                    // x[q] - x[p] ≤ -least.
                    add(p, q, -GapTicks.Least(least), i, -2 - c);
                }
            }
        }
    }

    private delegate void EdgeAction(int from, int to, long weight, int eventIndex, int item);
}
