namespace Timelines;

/// <summary>One of the two points of an event's time: when it starts, or when it ends (exclusive).</summary>
public enum EventPoint
{
    /// <summary>The start.</summary>
    Start = 0,

    /// <summary>The end: the first moment the event is over.</summary>
    End = 1,
}
