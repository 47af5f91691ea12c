using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Timelines.Reasoning.Network;

namespace Timelines.Reasoning;

/// <summary>
/// What a timeline's relations and constraints imply for its events' dates: for every event, the tightest bounds
/// that its own date, the dates of the events it is linked to and the links together allow; why each bound is what
/// it is; and where they cannot all hold (docs/semantics.md, section 8).
/// </summary>
/// <remarks>
/// <para>
/// Inference never changes an event: its <see cref="TimelineEvent.When"/> stays what the source said, and the
/// derived bounds are kept here, beside it. They never widen the declared ones: each derived point lies within the
/// event's own four points. Dates are taken in the timeline's zone, with ongoing events lasting to its as-of day,
/// as its queries take them by default (<see cref="Querying.OpenEnds.UntilAsOf"/>).
/// </para>
/// <para>
/// Where the links and dates of a group of connected events contradict each other, no bound is derived for any
/// event of that group (each keeps its declared bounds) and the contradiction is reported, in words, with an
/// irreducible chain of the dates and links that conflict; other groups are inferred as usual.
/// </para>
/// <para>
/// Inference is O(n + links) for links without cycles (such as chains of "follows"), and O(k × links of the cycle)
/// inside each group of k points linked in a cycle; memory is linear.
/// </para>
/// <threadsafety>This type is immutable and thread-safe: any number of threads may read one chronology at once.</threadsafety>
/// </remarks>
public sealed class Chronology
{
    private const int CandidatesPerGroup = 32;

    private readonly ConstraintGraph graph;
    private readonly Propagation propagation;
    private readonly AxisBounds[] declared;
    private readonly bool[] contradicted;
    private readonly ChainText text;

    private Chronology(Timeline timeline, ConstraintGraph graph, Propagation propagation, AxisBounds[] declared, bool[] contradicted, ImmutableArray<ChronologyContradiction> contradictions)
    {
        Timeline = timeline;
        this.graph = graph;
        this.propagation = propagation;
        this.declared = declared;
        this.contradicted = contradicted;
        Contradictions = contradictions;
        text = new ChainText(timeline, graph);
    }

    /// <summary>Gets the timeline inferred.</summary>
    public Timeline Timeline { get; }

    /// <summary>Gets the contradictions, one for each group of connected events whose links and dates cannot all hold.</summary>
    public ImmutableArray<ChronologyContradiction> Contradictions { get; }

    /// <summary>Gets a value indicating whether every relation and constraint can hold with every date.</summary>
    public bool IsConsistent => Contradictions.IsEmpty;

    /// <summary>
    /// Infers the bounds of every event of a timeline. <see cref="Timeline.Chronology"/> does it once per snapshot
    /// and keeps the result.
    /// </summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The chronology.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static Chronology Infer(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var events = timeline.Events;
        var asOfEnd = timeline.AsOfEnd;
        var declared = new AxisBounds[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            declared[i] = events[i].When.Axis(timeline.TimeZone, asOfEnd);
        }

        return Infer(timeline, declared);
    }

    /// <summary>Infers from declared bounds given on the time line, one per event in order, in place of the events' dates.</summary>
    internal static Chronology Infer(Timeline timeline, AxisBounds[] declared)
    {
        var events = timeline.Events;
        var lower = new long[2 * events.Length];
        var upper = new long[2 * events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            var b = declared[i];
            lower[2 * i] = b.EarliestStart;
            upper[2 * i] = b.LatestStart;
            lower[(2 * i) + 1] = b.EarliestEnd;
            upper[(2 * i) + 1] = b.LatestEnd;
        }

        var graph = ConstraintGraph.Build(timeline);
        var propagation = Propagation.Run(graph, lower, upper);
        var contradicted = new bool[events.Length];
        var chronology = new Chronology(timeline, graph, propagation, declared, contradicted, ImmutableArray<ChronologyContradiction>.Empty);
        var contradictions = chronology.FindContradictions();
        return contradictions.IsEmpty
            ? chronology
            : new Chronology(timeline, graph, propagation, declared, contradicted, contradictions);
    }

    /// <summary>Gets an event's bounds as its own date gives them. O(1).</summary>
    /// <param name="eventId">The event's id.</param>
    /// <returns>The four points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No event has that id.</exception>
    public EventTimeBounds DeclaredBounds(string eventId) => EventTimeBounds.From(declared[IndexOf(eventId)]);

    /// <summary>Gets an event's bounds as derived: its own, narrowed by every relation and constraint. O(1).</summary>
    /// <param name="eventId">The event's id.</param>
    /// <returns>The four points; the declared ones for an event of a contradictory group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No event has that id.</exception>
    public EventTimeBounds DerivedBounds(string eventId) => EventTimeBounds.From(Derived(IndexOf(eventId)));

    /// <summary>Gets a value indicating whether an event belongs to a group of events whose links and dates contradict each other. O(1).</summary>
    /// <param name="eventId">The event's id.</param>
    /// <returns><see langword="true"/> if its bounds were left as declared because of a contradiction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No event has that id.</exception>
    public bool IsContradicted(string eventId) => contradicted[IndexOf(eventId)];

    /// <summary>
    /// Explains one derived bound of an event: the chain from the date that gave it, through each relation or
    /// constraint that carried it, to the event. O(length of the chain).
    /// </summary>
    /// <param name="eventId">The event's id.</param>
    /// <param name="bound">The bound.</param>
    /// <returns>The explanation; a single step, the event's own date, when nothing narrowed the bound.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No event has that id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is not a defined value.</exception>
    public ChronologyExplanation Explain(string eventId, EventBound bound)
    {
        var i = IndexOf(eventId);
        if (bound is < EventBound.EarliestStart or > EventBound.LatestEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(bound), bound, RuleMessages.NotAnEventBound);
        }

        var node = bound <= EventBound.LatestStart ? ConstraintGraph.StartNode(i) : ConstraintGraph.EndNode(i);
        var lower = bound is EventBound.EarliestStart or EventBound.EarliestEnd;
        var steps = contradicted[i] ? [text.Declared(node, lower, DeclaredValue(node, lower))] : Chain(node, lower);
        var value = contradicted[i] ? DeclaredValue(node, lower) : Value(node, lower);
        var summary = $"{text.Name(node)} {text.Bound(node, lower, value)}: {ChainText.Join(steps)}.";
        var d = EventTimeBounds.From(declared[i]);
        var derived = EventTimeBounds.From(Derived(i));
        return new ChronologyExplanation(eventId, bound, Pick(d, bound), Pick(derived, bound), steps, summary);
    }

    /// <summary>
    /// Lists every bound that the relations and constraints narrowed, event by event in the timeline's order, each
    /// with its explanation. Lazy: O(n) to walk, plus each explanation's chain.
    /// </summary>
    /// <returns>The explanations of the narrowed bounds.</returns>
    public IEnumerable<ChronologyExplanation> Narrowings()
    {
        for (var i = 0; i < declared.Length; i++)
        {
            if (contradicted[i])
            {
                continue;
            }

            var derived = Derived(i);
            for (var bound = EventBound.EarliestStart; bound <= EventBound.LatestEnd; bound++)
            {
                if (Point(derived, bound) != Point(declared[i], bound))
                {
                    yield return Explain(Timeline.Events[i].Id, bound);
                }
            }
        }
    }

    /// <summary>
    /// Gets the contradictions as problems of the timeline, as <see cref="TimelineBuilder.Validate(TimelineChecks)"/>
    /// reports them: each names the event and the relation or constraint where its chain starts.
    /// </summary>
    /// <returns>One problem per contradiction, in the order of <see cref="Contradictions"/>.</returns>
    public IReadOnlyList<TimelineProblem> Problems()
    {
        var problems = new List<TimelineProblem>(Contradictions.Length);
        foreach (var contradiction in Contradictions)
        {
            var first = contradiction.Steps[0];
            foreach (var step in contradiction.Steps)
            {
                if (!step.IsDate)
                {
                    first = step;
                    break;
                }
            }

            problems.Add(new TimelineProblem(first.EventId, first.Field, RuleMessages.Contradiction(contradiction.Message)));
        }

        return problems;
    }

    /// <summary>Gets the derived bounds of the event at a position, on the time line.</summary>
    internal AxisBounds Derived(int index)
    {
        if (contradicted[index])
        {
            return declared[index];
        }

        int s = 2 * index, e = s + 1;
        return new AxisBounds(propagation.Lower[s], propagation.Upper[s], propagation.Lower[e], propagation.Upper[e]);
    }

    /// <summary>Gets the derived bounds of every event, on the time line, in the timeline's order.</summary>
    internal AxisBounds[] DerivedAll()
    {
        var all = new AxisBounds[declared.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = Derived(i);
        }

        return all;
    }

    private static long Point(AxisBounds b, EventBound bound) => bound switch
    {
        EventBound.EarliestStart => b.EarliestStart,
        EventBound.LatestStart => b.LatestStart,
        EventBound.EarliestEnd => b.EarliestEnd,
        _ => b.LatestEnd,
    };

    private static NodaTime.Instant? Pick(EventTimeBounds b, EventBound bound) => bound switch
    {
        EventBound.EarliestStart => b.EarliestStart,
        EventBound.LatestStart => b.LatestStart,
        EventBound.EarliestEnd => b.EarliestEnd,
        _ => b.LatestEnd,
    };

    private int IndexOf(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        var i = Timeline.IndexOf(eventId);
        return i >= 0 ? i : throw new KeyNotFoundException(RuleMessages.NoEventWithId(Timeline.Id, eventId));
    }

    private long DeclaredValue(int node, bool lower)
    {
        var b = declared[node >> 1];
        return (node & 1, lower) switch
        {
            (0, true) => b.EarliestStart,
            (0, false) => b.LatestStart,
            (_, true) => b.EarliestEnd,
            _ => b.LatestEnd,
        };
    }

    private long Value(int node, bool lower) => lower ? propagation.Lower[node] : propagation.Upper[node];

    /// <summary>The path of edges that gave a node its bound: from the node whose declared bound it is, to the node.</summary>
    private List<int> Path(int node, bool lower, out int origin)
    {
        var edges = new List<int>();
        var v = node;
        var pred = lower ? propagation.LowerEdge : propagation.UpperEdge;
        for (var guard = 0; pred[v] >= 0 && guard <= graph.NodeCount; guard++)
        {
            var e = pred[v];
            edges.Add(e);
            v = lower ? graph.To[e] : graph.From[e];
        }

        origin = v;
        edges.Reverse();
        return edges;
    }

    /// <summary>The steps of a bound: the declared bound it came from, then each edge with what it implied.</summary>
    private ImmutableArray<ChronologyStep> Chain(int node, bool lower)
    {
        var edges = Path(node, lower, out var origin);
        return Steps(edges, origin, lower);
    }

    private ImmutableArray<ChronologyStep> Steps(List<int> edges, int origin, bool lower)
    {
        var steps = ImmutableArray.CreateBuilder<ChronologyStep>(edges.Count + 1);
        steps.Add(text.Declared(origin, lower, DeclaredValue(origin, lower)));
        foreach (var e in edges)
        {
            var tightened = lower ? graph.From[e] : graph.To[e];
            steps.Add(text.Edge(e, $"{text.Name(tightened)} {text.Bound(tightened, lower, Value(tightened, lower))}"));
        }

        return steps.MoveToImmutable();
    }

    private ImmutableArray<ChronologyContradiction> FindContradictions()
    {
        // Groups of connected events: a contradiction anywhere in one leaves all its events as declared.
        var group = Groups();
        var broken = new Dictionary<int, ChronologyContradiction?>();
        foreach (var cycle in propagation.Cycles)
        {
            var g = group[graph.From[cycle[0]]];
            if (!broken.ContainsKey(g))
            {
                broken[g] = CycleContradiction(cycle);
            }
        }

        var candidates = new Dictionary<int, (int Node, int Length)>();
        var tried = new Dictionary<int, int>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (propagation.Lower[v] <= propagation.Upper[v])
            {
                continue;
            }

            var g = group[v];
            if (broken.ContainsKey(g) || (tried.TryGetValue(g, out var count) && count >= CandidatesPerGroup))
            {
                continue;
            }

            tried[g] = count + 1;
            var length = Path(v, lower: true, out _).Count + Path(v, lower: false, out _).Count;
            if (!candidates.TryGetValue(g, out var best) || length < best.Length)
            {
                candidates[g] = (v, length);
            }
        }

        foreach (var (g, candidate) in candidates)
        {
            broken[g] = BoundContradiction(candidate.Node);
        }

        if (broken.Count == 0)
        {
            return ImmutableArray<ChronologyContradiction>.Empty;
        }

        for (var i = 0; i < contradicted.Length; i++)
        {
            contradicted[i] = broken.ContainsKey(group[2 * i]);
        }

        var result = ImmutableArray.CreateBuilder<ChronologyContradiction>(broken.Count);
        foreach (var g in SortedKeys(broken))
        {
            result.Add(broken[g]!);
        }

        return result.MoveToImmutable();
    }

    private static List<int> SortedKeys(Dictionary<int, ChronologyContradiction?> broken)
    {
        var keys = new List<int>(broken.Keys);
        keys.Sort();
        return keys;
    }

    /// <summary>Union–find over the nodes: each node's group, numbered by the first event in it.</summary>
    private int[] Groups()
    {
        var parent = new int[graph.NodeCount];
        for (var v = 0; v < parent.Length; v++)
        {
            parent[v] = v;
        }

        for (var e = 0; e < graph.EdgeCount; e++)
        {
            int a = Find(parent, graph.From[e]), b = Find(parent, graph.To[e]);
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        for (var v = 0; v < parent.Length; v++)
        {
            parent[v] = Find(parent, v);
        }

        return parent;
    }

    private static int Find(int[] parent, int v)
    {
        while (parent[v] != v)
        {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }

        return v;
    }

    private ChronologyContradiction CycleContradiction(int[] cycle)
    {
        var steps = ImmutableArray.CreateBuilder<ChronologyStep>(cycle.Length);
        foreach (var e in cycle)
        {
            steps.Add(text.Edge(e, then: null));
        }

        var built = steps.MoveToImmutable();
        return new ChronologyContradiction(Ids(built), built, $"These relations and constraints cannot all hold, whatever the dates: {ChainText.Join(built)}.");
    }

    /// <summary>
    /// The contradiction at a node whose earliest value passes its latest: the chain that raised the one and the
    /// chain that lowered the other, cut at the first node both share, so that neither holds a loop.
    /// </summary>
    private ChronologyContradiction BoundContradiction(int node)
    {
        var up = Path(node, lower: false, out var upOrigin);
        var down = Path(node, lower: true, out var downOrigin);

        // The nodes of the upper chain, from its origin to the node; and of the lower chain, from the node to its origin.
        var upNodes = new List<int> { upOrigin };
        foreach (var e in up)
        {
            upNodes.Add(graph.To[e]);
        }

        var downNodes = new Dictionary<int, int> { [node] = down.Count };
        for (var k = 0; k < down.Count; k++)
        {
            // down is in order from the origin to the node: edge k tightens From[k] from To[k].
            downNodes[graph.To[down[k]]] = k;
        }

        for (var i = 0; i < upNodes.Count; i++)
        {
            if (downNodes.TryGetValue(upNodes[i], out var k))
            {
                up = up.GetRange(0, i);
                down = down.GetRange(0, k);
                break;
            }
        }

        var lowerSteps = Steps(down, downOrigin, lower: true);
        var upperSteps = Steps(up, upOrigin, lower: false);
        var all = lowerSteps.AddRange(upperSteps);
        return new ChronologyContradiction(Ids(all), all, $"{ChainText.Join(lowerSteps)}; but {ChainText.Join(upperSteps)}.");
    }

    private static ImmutableArray<string> Ids(ImmutableArray<ChronologyStep> steps)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (var step in steps)
        {
            if (seen.Add(step.EventId))
            {
                ids.Add(step.EventId);
            }

            if (step.Relation is { } relation && seen.Add(relation.TargetId))
            {
                ids.Add(relation.TargetId);
            }

            if (step.Constraint?.TargetId is { } target && seen.Add(target))
            {
                ids.Add(target);
            }
        }

        return ids.ToImmutable();
    }
}
