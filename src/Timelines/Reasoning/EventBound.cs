namespace Timelines.Reasoning;

/// <summary>One of the four points of an event's time (docs/semantics.md, section 2).</summary>
public enum EventBound
{
    /// <summary>The earliest start.</summary>
    EarliestStart = 0,

    /// <summary>The latest start.</summary>
    LatestStart = 1,

    /// <summary>The earliest (exclusive) end.</summary>
    EarliestEnd = 2,

    /// <summary>The latest (exclusive) end.</summary>
    LatestEnd = 3,
}
