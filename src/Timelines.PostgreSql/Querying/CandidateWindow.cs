using System;
using System.Collections.Generic;
using NodaTime;
using Timelines.Querying;

namespace Timelines.PostgreSql.Querying;

/// <summary>
/// The rows SQL fetches as candidates for a query: a superset of its answer, read in the order of the start key.
/// </summary>
/// <remarks>
/// <para>
/// The window does not encode the query's exact truth tests (those are the core's, and are being refined). It
/// uses only what any reading of "possibly" must respect: a resolution of the event lies within its possible
/// extent [earliest start, latest end), one of the period within the period's, and an event ends after it starts.
/// Every condition that relates an event to a period by overlap, containment, a shared end or a start inside it
/// then implies that the two possible extents overlap or touch; "after" implies the event's extent reaches past the
/// period's earliest start; "before" that the event's earliest start is before the period's latest end. Certainly
/// implies possibly, so the same window serves both. A margin of one second on each side (every EDTF bound is a
/// whole second) keeps the window a superset whether touching counts or not.
/// </para>
/// <para>
/// An overlap window is read as two segments, so that each is one index scan in start order: the events that start
/// before the window and still reach into it (GiST on the possible extent), then those that start inside it
/// (B-tree on the start key). Previous reads backwards.
/// </para>
/// </remarks>
internal sealed class CandidateWindow
{
    private const long Margin = NodaConstants.TicksPerSecond;

    private CandidateWindow(IReadOnlyList<WindowSegment> segments, bool descending)
    {
        Segments = segments;
        Descending = descending;
    }

    /// <summary>Gets the segments, in the order to read them; their start keys do not overlap.</summary>
    public IReadOnlyList<WindowSegment> Segments { get; }

    /// <summary>Gets a value indicating whether the rows are read from the latest start key down.</summary>
    public bool Descending { get; }

    public static CandidateWindow For(in TimelineQuery query)
    {
        var time = query.Time;
        if (time.Kind == TimeConditionKind.None)
        {
            return new CandidateWindow([new WindowSegment(null, null, null)], descending: false);
        }

        var (start, end) = PeriodExtent.Of(time.Period, query.Timeline.TimeZone);
        long? low = start is { } a ? a - Margin : null;
        long? high = end is { } b ? b + Margin : null;
        return time.Kind switch
        {
            TimeConditionKind.Overlapping or TimeConditionKind.Within or TimeConditionKind.Containing or TimeConditionKind.StartingIn
                => Overlapping(low, high),
            TimeConditionKind.Related => time.Relation switch
            {
                AllenRelation.Before => StartingBefore(high, descending: false),
                AllenRelation.After => Overlapping(low, null),
                _ => Overlapping(low, high),
            },
            TimeConditionKind.After or TimeConditionKind.Next => Overlapping(low, null),
            TimeConditionKind.Before => StartingBefore(high, descending: false),
            TimeConditionKind.Previous => StartingBefore(high, descending: true),
            _ => throw new NotSupportedException($"The time condition '{time}' is of a kind ({time.Kind}) this version of Timelines.PostgreSql does not know; it cannot narrow candidates for it soundly."),
        };
    }

    private static CandidateWindow Overlapping(long? low, long? high)
    {
        var inside = new WindowSegment(low, high, null);
        return low is null
            ? new CandidateWindow([inside], descending: false)
            : new CandidateWindow([new WindowSegment(null, low, (low, high)), inside], descending: false);
    }

    private static CandidateWindow StartingBefore(long? high, bool descending) =>
        new([new WindowSegment(null, high, null)], descending);
}

/// <summary>
/// One index scan of a window: start key at least <paramref name="StartAtLeast"/> and below
/// <paramref name="StartBefore"/>, possible extent overlapping <paramref name="Overlaps"/>; null parts are no condition.
/// </summary>
internal readonly record struct WindowSegment(long? StartAtLeast, long? StartBefore, (long? Low, long? High)? Overlaps);
