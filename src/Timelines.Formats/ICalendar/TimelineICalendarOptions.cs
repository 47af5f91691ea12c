using NodaTime;

namespace Timelines.Formats;

/// <summary>How a timeline is written as iCalendar (<see cref="TimelineICalendar"/>).</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class TimelineICalendarOptions
{
    /// <summary>Gets the options used when none are given: the stamp is the start of the timeline's as-of day.</summary>
    public static TimelineICalendarOptions Default { get; } = new();

    /// <summary>
    /// Gets the clock whose time is written as each event's <c>DTSTAMP</c> (when the file was made, which RFC 5545
    /// requires), or <see langword="null"/> to use the start of the timeline's as-of day (or 1970-01-01 when it has
    /// none), so that the same timeline always gives the same file. The writer never reads the wall clock itself.
    /// </summary>
    public IClock? Clock { get; init; }
}
