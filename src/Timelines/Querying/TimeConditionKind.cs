namespace Timelines.Querying;

/// <summary>The kind of a <see cref="TimeCondition"/>: which question about time a query asks.</summary>
public enum TimeConditionKind
{
    /// <summary>No time condition: every event matches.</summary>
    None = 0,

    /// <summary>The event's time overlaps the period (also used for stabbing queries at a moment or on a day).</summary>
    Overlapping = 1,

    /// <summary>The event lies within the period, ends included.</summary>
    Within = 2,

    /// <summary>The event contains the period, ends included.</summary>
    Containing = 3,

    /// <summary>The event ends at or before the period starts.</summary>
    Before = 4,

    /// <summary>The event starts at or after the period ends.</summary>
    After = 5,

    /// <summary>The event starts within the period (at or after its start, before its end).</summary>
    StartingIn = 6,

    /// <summary>The event is in an Allen relation (<see cref="TimeCondition.Relation"/>) with the period.</summary>
    Related = 7,

    /// <summary>The first <see cref="TimeCondition.Count"/> results of <see cref="After"/> the period, in the results' order.</summary>
    Next = 8,

    /// <summary>The last <see cref="TimeCondition.Count"/> results of <see cref="Before"/> the period, in the results' order.</summary>
    Previous = 9,
}
