using System;

namespace Timelines;

/// <summary>What <see cref="TimelineBuilder.Validate(TimelineChecks)"/> and <see cref="TimelineBuilder.Build(TimelineChecks)"/> check, beyond the rules every timeline keeps.</summary>
[Flags]
public enum TimelineChecks
{
    /// <summary>Only the rules every timeline keeps (unique ids, relations to events that exist, ...), always checked.</summary>
    Rules = 0,

    /// <summary>
    /// Also that the relations and constraints can all hold with the events' dates: each contradiction the
    /// chronology finds (<see cref="Reasoning.Chronology.Contradictions"/>) is a problem. A timeline that fails only
    /// this check can still be built and loaded without it.
    /// </summary>
    Chronology = 1,
}
