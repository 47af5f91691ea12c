using System;
using NodaTime;

namespace Timelines.Formats;

/// <summary>
/// What a reader needs that the file may not say: the timeline's id, title and time zone, and how many errors to
/// collect before giving up.
/// </summary>
/// <remarks>
/// A value set here is used where the file says nothing; where a format does record it (an iCalendar file's
/// <c>X-WR-CALNAME</c>, a TimelineJS3 title slide), the file wins, except for <see cref="Id"/>, which always wins
/// when set. Each format's page in <c>docs/formats/</c> says which fields it reads from where.
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TimelineReaderOptions
{
    private readonly int maxErrors = 100;

    /// <summary>Gets the options used when none are given: id from the file or <c>timeline</c>, title from the file or the id, UTC, 100 errors.</summary>
    public static TimelineReaderOptions Default { get; } = new();

    /// <summary>Gets the id of the timeline read, or <see langword="null"/> to take it from the file where it has one, else <c>timeline</c>.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the title to use when the file has none, or <see langword="null"/> to use the id.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the zone in which the timeline's days begin and end when the file names none; UTC when <see langword="null"/>.</summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>Gets how many errors to collect before reading stops; 100 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxErrors
    {
        get => maxErrors;
        init => maxErrors = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one error must be collected.");
    }
}
