using System.Collections.Immutable;

namespace Timelines.Reasoning;

/// <summary>
/// A set of dates, relations and constraints of a timeline that cannot all hold: a chain of them that no resolution
/// of the events satisfies, and from which no step can be dropped without the rest being satisfiable.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class ChronologyContradiction
{
    internal ChronologyContradiction(ImmutableArray<string> eventIds, ImmutableArray<ChronologyStep> steps, string message)
    {
        EventIds = eventIds;
        Steps = steps;
        Message = message;
    }

    /// <summary>Gets the ids of the events in the chain, each once, in the order the chain meets them.</summary>
    public ImmutableArray<string> EventIds { get; }

    /// <summary>Gets the chain of dates, relations and constraints that conflict.</summary>
    public ImmutableArray<ChronologyStep> Steps { get; }

    /// <summary>
    /// Gets the contradiction in words, such as <c>'A' ends no earlier than 2022-03-10; 'B' follows 'A', so 'B'
    /// starts no earlier than 2022-03-10; but 'B' ends by 2022-03-01.</c>
    /// </summary>
    public string Message { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The contradiction in words.</returns>
    public override string ToString() => Message;
}
