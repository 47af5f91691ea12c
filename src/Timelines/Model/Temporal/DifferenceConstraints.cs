using System;

namespace Timelines;

/// <summary>
/// Decides whether some resolution of two four-point values satisfies every comparison of a condition at once: a
/// system of difference constraints over five time points (s, e, p, q and zero), solved exactly by shortest paths.
/// </summary>
/// <remarks>
/// <para>
/// Each constraint is x − y ≤ c on integer ticks (x &lt; y is x − y ≤ −1): an edge from y to x of weight c. The
/// system is satisfiable exactly when the graph has no negative cycle, and then it has an integer solution.
/// D[i, j] holds the shortest path from i to j, the largest x_j − x_i allows. The bounds alone
/// (ES ≤ s ≤ LS, EE ≤ e ≤ LE, s &lt; e, and the same for p and q) have a closure in closed form, since
/// <see cref="AxisBounds"/> are narrowed so that every point is attainable; each comparison then adds one edge,
/// which closes a negative cycle exactly when its weight plus the path back is negative, or else shortens paths
/// through it in O(25).
/// </para>
/// <para>
/// Differences between ticks near the ends of the axis (±∞ are 64-bit extremes) need 65 bits, so the matrix holds
/// <see cref="Int128"/>: exact, whatever the values.
/// </para>
/// </remarks>
internal static class DifferenceConstraints
{
    private const int Zero = 4;
    private const int Size = 5;

    /// <summary>Is there a resolution of <paramref name="a"/> and <paramref name="b"/> satisfying every comparison of <paramref name="condition"/>?</summary>
    public static bool IsSatisfiable(in AxisBounds a, in EndpointCondition condition, in AxisBounds b)
    {
        Span<long> low = [a.EarliestStart, a.EarliestEnd, b.EarliestStart, b.EarliestEnd];
        Span<long> high = [a.LatestStart, a.LatestEnd, b.LatestStart, b.LatestEnd];
        Span<Int128> d = stackalloc Int128[Size * Size];
        for (var i = 0; i < 4; i++)
        {
            d[(Zero * Size) + i] = high[i];
            d[(i * Size) + Zero] = -(Int128)low[i];
            for (var j = 0; j < 4; j++)
            {
                // Through zero: the most x_j − x_i can be, with each at its own bound.
                d[(i * Size) + j] = i == j ? 0 : (Int128)high[j] - low[i];
            }
        }

        // Within each value, its end is after its start.
        d[(EndpointCondition.E * Size) + EndpointCondition.S] = Int128.Min(-1, (Int128)high[0] - low[1]);
        d[(EndpointCondition.Q * Size) + EndpointCondition.P] = Int128.Min(-1, (Int128)high[2] - low[3]);

        for (var c = 0; c < condition.Count; c++)
        {
            var (x, y, strict) = condition[c];
            Int128 weight = strict ? -1 : 0;

            // The new edge y -> x says x_x − x_y ≤ weight; with the path x -> y it closes a cycle.
            if (weight + d[(x * Size) + y] < 0)
            {
                return false;
            }

            for (var i = 0; i < Size; i++)
            {
                var toY = d[(i * Size) + y];
                for (var j = 0; j < Size; j++)
                {
                    var through = toY + weight + d[(x * Size) + j];
                    ref var path = ref d[(i * Size) + j];
                    if (through < path)
                    {
                        path = through;
                    }
                }
            }
        }

        return true;
    }
}
