using System;
using Timelines.Formats.TimelineJs3.Internal;

namespace Timelines.Formats;

/// <summary>How a timeline is written for TimelineJS3, as JSON (<see cref="TimelineJs3Json"/>) or as its spreadsheet template (<see cref="TimelineJs3Sheet"/>).</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe when its functions are.</threadsafety></remarks>
public sealed class TimelineJs3Options
{
    private readonly Func<TimelineEvent, string?> group = SlideWriter.FirstTag;

    /// <summary>Gets the options used when none are given: slides grouped by first tag, no eras.</summary>
    public static TimelineJs3Options Default { get; } = new();

    /// <summary>
    /// Gets the function that gives each event's TimelineJS3 group (the row of the time navigation it sits on), or
    /// <see langword="null"/> for none; the event's first tag by default. For the first actor:
    /// <c>e =&gt; e.Actors.FirstOrDefault()?.Name</c>; for a chosen tag: <c>e =&gt; e.Tags.Contains("military") ? "military" : "other"</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public Func<TimelineEvent, string?> Group
    {
        get => group;
        init => group = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Gets the function that chooses the events also drawn as eras (bands behind the time navigation, labelled with
    /// the event's title), or <see langword="null"/> for no eras. An era spans the event's possible extent in days,
    /// to the as-of day for an ongoing event; events with no end to draw to get none. Each event keeps its slide.
    /// </summary>
    public Func<TimelineEvent, bool>? Era { get; init; }
}
