using System;
using NodaTime;

namespace Timelines.Html;

/// <summary>
/// How <see cref="TimelineHtml"/> writes a page: its title, the time zone in which days are drawn, and how
/// events are first grouped into lanes. Every property has a default, so <c>new TimelineHtmlOptions()</c> writes
/// the whole timeline.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class TimelineHtmlOptions
{
    private readonly TimelineHtmlLanes lanes = TimelineHtmlLanes.ByFirstTag;

    /// <summary>Gets the options with every default: the timeline's title and zone, lanes by first tag.</summary>
    public static TimelineHtmlOptions Default { get; } = new();

    /// <summary>Gets the page's title, or <see langword="null"/> (the default) for the timeline's title.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Gets the zone in which days begin and end and in which the page's axis is drawn, whatever the reader's own
    /// zone, or <see langword="null"/> (the default) for the timeline's own zone.
    /// </summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>Gets how events are first grouped into lanes; <see cref="TimelineHtmlLanes.ByFirstTag"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the enumeration's.</exception>
    public TimelineHtmlLanes Lanes
    {
        get => lanes;
        init => lanes = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Lanes), value, "TimelineHtmlOptions.Lanes must be ByFirstTag, ByFirstActor or None.");
    }
}
