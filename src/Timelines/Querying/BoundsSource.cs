namespace Timelines.Querying;

/// <summary>Which four points of each event a query answers on.</summary>
public enum BoundsSource
{
    /// <summary>The bounds each event's own date gives (the default).</summary>
    Declared = 0,

    /// <summary>
    /// The bounds the timeline's relations and constraints narrow them to (<see cref="Timeline.Chronology"/>),
    /// docs/semantics.md, section 8.
    /// </summary>
    Derived = 1,
}
