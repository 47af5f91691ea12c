namespace Timelines.Querying;

/// <summary>
/// How sure a query must be that an event satisfies its time condition, given that event dates may be imprecise
/// (a month, an uncertain year, an unknown end).
/// </summary>
public enum Certainty
{
    /// <summary>
    /// The event matches when some way it could have happened satisfies the condition (the answer is
    /// <see cref="TruthValue.Yes"/> or <see cref="TruthValue.Maybe"/>). For overlap this means the event's
    /// possible extent, from its earliest start to its latest end, overlaps the period.
    /// </summary>
    Possibly = 0,

    /// <summary>
    /// The event matches only when every way it could have happened satisfies the condition (the answer is
    /// <see cref="TruthValue.Yes"/>). For overlap this means the event certainly started before the period ends
    /// (its latest start is earlier) and certainly ended after the period starts (its earliest end is later).
    /// </summary>
    Certainly = 1,
}
