namespace Timelines.Html;

/// <summary>How a page first groups events into lanes; the reader can switch between them on the page.</summary>
public enum TimelineHtmlLanes
{
    /// <summary>A lane per first tag of each event (events without a tag share a lane).</summary>
    ByFirstTag = 0,

    /// <summary>A lane per name of each event's first actor (events without an actor share a lane).</summary>
    ByFirstActor = 1,

    /// <summary>Every event in one lane.</summary>
    None = 2,
}
