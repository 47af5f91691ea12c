namespace Timelines.Querying;

/// <summary>How a query treats events that are still going on (an open end, such as <c>2022-02-24/..</c>).</summary>
/// <remarks>
/// Unknown ends (<c>2022-02-24/</c>) are a different thing: the event did end, at a time nobody recorded. A query
/// treats an unknown end as possibly any time after the start (the possible extent is open-ended) and certainly
/// covering only the start's first day or second (the certain extent ends at the earliest end, as in
/// <see cref="EdtfBounds.EarliestEnd"/>), whatever this option says.
/// </remarks>
public enum OpenEnds
{
    /// <summary>
    /// An ongoing event lasts until the end of the timeline's <see cref="Timeline.AsOf"/> day in the timeline's
    /// zone, the last day anyone checked that it was still going on (and at least one tick past its start). When
    /// the timeline has no as-of day, this is the same as <see cref="Forever"/>. This is the default.
    /// </summary>
    UntilAsOf = 0,

    /// <summary>An ongoing event lasts forever: it overlaps every period after its start.</summary>
    Forever = 1,
}
