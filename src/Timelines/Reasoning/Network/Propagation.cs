using System;
using System.Collections.Generic;

namespace Timelines.Reasoning.Network;

/// <summary>
/// Propagates a <see cref="ConstraintGraph"/> from each node's declared bounds to the tightest bounds the whole
/// network implies, and finds where it cannot hold. Sparse: O(V + E) for a network without cycles, plus a
/// Bellman–Ford pass (queue-based) inside each strongly connected component that has cycles.
/// </summary>
/// <remarks>
/// <para>
/// The latest value of a node is the shortest path to it from the zero point (through some node's declared latest
/// value), its earliest value minus the shortest path from it back. The components are taken in topological order
/// (Tarjan's algorithm, iterative), so a network without cycles, such as chains of "follows", is one pass each way;
/// each edge remembers which edge last tightened a bound (<see cref="UpperEdge"/>, <see cref="LowerEdge"/>), which
/// is the explanation of that bound.
/// </para>
/// <para>
/// A negative cycle makes the network unsatisfiable. One inside a component is found before the bounds are
/// propagated there (a Bellman–Ford pass from zero potentials); one through the zero point shows as a node whose
/// earliest value passes its latest.
/// </para>
/// </remarks>
internal sealed class Propagation
{
    private readonly ConstraintGraph graph;

    private Propagation(ConstraintGraph graph, long[] lower, long[] upper)
    {
        this.graph = graph;
        Lower = lower;
        Upper = upper;
        LowerEdge = new int[graph.NodeCount];
        UpperEdge = new int[graph.NodeCount];
        Array.Fill(LowerEdge, -1);
        Array.Fill(UpperEdge, -1);
    }

    /// <summary>Gets each node's earliest value: declared at first, then derived.</summary>
    public long[] Lower { get; }

    /// <summary>Gets each node's latest value.</summary>
    public long[] Upper { get; }

    /// <summary>Gets the edge that last raised each node's earliest value, or -1 when it is the declared one.</summary>
    public int[] LowerEdge { get; }

    /// <summary>Gets the edge that last lowered each node's latest value, or -1 when it is the declared one.</summary>
    public int[] UpperEdge { get; }

    /// <summary>Gets the negative cycles found inside components, each as its edges in order.</summary>
    public List<int[]> Cycles { get; } = [];

    /// <summary>Gets, for each node, the index of its strongly connected component.</summary>
    public int[] Component { get; private set; } = [];

    /// <summary>Gets, for each component, whether a negative cycle lies in it (and it was not propagated).</summary>
    public bool[] Broken { get; private set; } = [];

    /// <summary>Propagates the declared bounds (arrays taken over, by node) through the graph.</summary>
    public static Propagation Run(ConstraintGraph graph, long[] lower, long[] upper)
    {
        var run = new Propagation(graph, lower, upper);
        var (component, order, starts) = Components(graph);
        run.Component = component;
        run.Broken = new bool[starts.Length - 1];
        var queue = new NodeQueue(graph.NodeCount);
        var potential = Array.Empty<long>();
        var count = Array.Empty<int>();
        var pred = Array.Empty<int>();

        // Tarjan numbers components sinks first: the latest values flow along the edges, so they go sources first.
        for (var c = starts.Length - 2; c >= 0; c--)
        {
            var members = order.AsSpan(starts[c], starts[c + 1] - starts[c]);
            if (members.Length > 1)
            {
                if (potential.Length == 0)
                {
                    potential = new long[graph.NodeCount];
                    count = new int[graph.NodeCount];
                    pred = new int[graph.NodeCount];
                }

                if (run.FindNegativeCycle(members, c, queue, potential, count, pred) is { } cycle)
                {
                    run.Cycles.Add(cycle);
                    run.Broken[c] = true;
                    continue;
                }
            }

            run.PropagateUpper(members, c, queue);
        }

        for (var c = 0; c < starts.Length - 1; c++)
        {
            if (!run.Broken[c])
            {
                run.PropagateLower(order.AsSpan(starts[c], starts[c + 1] - starts[c]), c, queue);
            }
        }

        return run;
    }

    private void PropagateUpper(ReadOnlySpan<int> members, int c, NodeQueue queue)
    {
        foreach (var v in members)
        {
            queue.Push(v);
        }

        while (queue.TryPop(out var u))
        {
            var from = Upper[u];
            for (var e = graph.OutStart[u]; e < graph.OutStart[u + 1]; e++)
            {
                var v = graph.To[e];
                var candidate = GapTicks.Add(from, graph.Weight[e]);
                if (candidate < Upper[v])
                {
                    Upper[v] = candidate;
                    UpperEdge[v] = e;
                    if (Component[v] == c)
                    {
                        queue.Push(v);
                    }
                }
            }
        }
    }

    private void PropagateLower(ReadOnlySpan<int> members, int c, NodeQueue queue)
    {
        foreach (var v in members)
        {
            queue.Push(v);
        }

        while (queue.TryPop(out var v))
        {
            var to = Lower[v];
            for (var k = graph.InStart[v]; k < graph.InStart[v + 1]; k++)
            {
                var e = graph.InEdges[k];
                var u = graph.From[e];
                var candidate = GapTicks.Add(to, -graph.Weight[e]);
                if (candidate > Lower[u])
                {
                    Lower[u] = candidate;
                    LowerEdge[u] = e;
                    if (Component[u] == c)
                    {
                        queue.Push(u);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Looks for a negative cycle among a component's edges alone, whatever the bounds: Bellman–Ford from zero
    /// potentials, stopping when some shortest path would need more edges than the component has nodes.
    /// </summary>
    private int[]? FindNegativeCycle(ReadOnlySpan<int> members, int c, NodeQueue queue, long[] potential, int[] count, int[] pred)
    {
        foreach (var v in members)
        {
            potential[v] = 0;
            count[v] = 0;
            pred[v] = -1;
            queue.Push(v);
        }

        while (queue.TryPop(out var u))
        {
            for (var e = graph.OutStart[u]; e < graph.OutStart[u + 1]; e++)
            {
                var v = graph.To[e];
                if (Component[v] != c)
                {
                    continue;
                }

                var candidate = (long)Int128.Clamp((Int128)potential[u] + graph.Weight[e], long.MinValue / 2, long.MaxValue / 2);
                if (candidate < potential[v])
                {
                    potential[v] = candidate;
                    pred[v] = e;
                    count[v] = count[u] + 1;
                    if (count[v] >= members.Length)
                    {
                        queue.Clear();
                        return CycleThrough(v, members.Length, pred);
                    }

                    queue.Push(v);
                }
            }
        }

        return null;
    }

    /// <summary>Walks back from a node whose shortest path is too long into the cycle on it, and returns the cycle's edges in order.</summary>
    private int[] CycleThrough(int node, int length, int[] pred)
    {
        for (var i = 0; i < length; i++)
        {
            node = graph.From[pred[node]];
        }

        var edges = new List<int>();
        var v = node;
        do
        {
            var e = pred[v];
            edges.Add(e);
            v = graph.From[e];
        }
        while (v != node);
        edges.Reverse();
        return [.. edges];
    }

    /// <summary>Tarjan's strongly connected components, without recursion: each node's component, and the nodes by component.</summary>
    private static (int[] Component, int[] Order, int[] Starts) Components(ConstraintGraph graph)
    {
        var n = graph.NodeCount;
        var index = new int[n];
        var low = new int[n];
        var component = new int[n];
        Array.Fill(index, -1);
        var stack = new int[n];
        var onStack = new bool[n];
        var callNode = new int[n];
        var callEdge = new int[n];
        var order = new int[n];
        var starts = new List<int> { 0 };
        int stackTop = 0, counter = 0, placed = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            var depth = 0;
            callNode[0] = root;
            callEdge[0] = graph.OutStart[root];
            index[root] = low[root] = counter++;
            stack[stackTop++] = root;
            onStack[root] = true;
            while (depth >= 0)
            {
                var u = callNode[depth];
                if (callEdge[depth] < graph.OutStart[u + 1])
                {
                    var v = graph.To[callEdge[depth]++];
                    if (index[v] < 0)
                    {
                        index[v] = low[v] = counter++;
                        stack[stackTop++] = v;
                        onStack[v] = true;
                        depth++;
                        callNode[depth] = v;
                        callEdge[depth] = graph.OutStart[v];
                    }
                    else if (onStack[v] && index[v] < low[u])
                    {
                        low[u] = index[v];
                    }

                    continue;
                }

                if (low[u] == index[u])
                {
                    var c = starts.Count - 1;
                    int w;
                    do
                    {
                        w = stack[--stackTop];
                        onStack[w] = false;
                        component[w] = c;
                        order[placed++] = w;
                    }
                    while (w != u);
                    starts.Add(placed);
                }

                depth--;
                if (depth >= 0 && low[u] < low[callNode[depth]])
                {
                    low[callNode[depth]] = low[u];
                }
            }
        }

        return (component, order, [.. starts]);
    }

    /// <summary>A FIFO queue of nodes in which each node is at most once, as the queue-based Bellman–Ford needs.</summary>
    private sealed class NodeQueue(int capacity)
    {
        private readonly int[] items = new int[capacity];
        private readonly bool[] queued = new bool[capacity];
        private int head;
        private int count;

        public void Push(int node)
        {
            if (queued[node])
            {
                return;
            }

            queued[node] = true;
            items[(head + count) % items.Length] = node;
            count++;
        }

        public bool TryPop(out int node)
        {
            if (count == 0)
            {
                node = -1;
                return false;
            }

            node = items[head];
            queued[node] = false;
            head = (head + 1) % items.Length;
            count--;
            return true;
        }

        public void Clear()
        {
            while (TryPop(out _))
            {
            }
        }
    }
}
