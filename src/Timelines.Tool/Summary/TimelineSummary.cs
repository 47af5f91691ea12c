using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Timelines.Tool.Summary;

/// <summary>
/// What <c>timeline info</c> tells about a set of events, gathered one event at a time (so that a JSON Lines file
/// is described as a stream): counts, the span, the precision and qualifiers of every date, open and unknown
/// ends, statuses, and tags, actors and places with their counts.
/// </summary>
internal sealed class TimelineSummary
{
    private Instant? earliest;
    private Instant? latest;

    /// <summary>Initializes an empty summary.</summary>
    /// <param name="title">The timeline's title.</param>
    /// <param name="id">The timeline's id, or <see langword="null"/> when the file has none (JSON Lines).</param>
    /// <param name="zone">The zone days begin and end in.</param>
    /// <param name="asOf">The as-of day, or <see langword="null"/>.</param>
    public TimelineSummary(string title, string? id, DateTimeZone zone, LocalDate? asOf)
    {
        Title = title;
        Id = id;
        Zone = zone;
        AsOf = asOf;
    }

    public string Title { get; }

    public string? Id { get; }

    public DateTimeZone Zone { get; }

    public LocalDate? AsOf { get; }

    public long Events { get; private set; }

    public long SingleDates { get; private set; }

    public long Intervals { get; private set; }

    public long OpenStarts { get; private set; }

    public long OpenEnds { get; private set; }

    public long UnknownStarts { get; private set; }

    public long UnknownEnds { get; private set; }

    /// <summary>Gets the number of dates (each end of an interval counted) per precision.</summary>
    public SortedDictionary<EdtfPrecision, long> Precisions { get; } = [];

    /// <summary>Gets the number of dates (each end of an interval counted) per qualifier, <see cref="EdtfQualifier.None"/> left out.</summary>
    public SortedDictionary<EdtfQualifier, long> Qualifiers { get; } = [];

    /// <summary>Gets the number of dates with unspecified digits (<c>X</c>).</summary>
    public long UnspecifiedDigits { get; private set; }

    public Dictionary<string, long> Statuses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Tags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Actors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Places { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the first day any event may have started on, in <see cref="Zone"/>, or <see langword="null"/> when none has a known start.</summary>
    public LocalDate? FirstDay => earliest?.InZone(Zone).Date;

    /// <summary>Gets the last day any event may have ended on, in <see cref="Zone"/>, or <see langword="null"/> when none has a known end.</summary>
    public LocalDate? LastDay => latest is { } end ? (end - Duration.Epsilon).InZone(Zone).Date : null;

    /// <summary>Creates the summary of a whole timeline.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The summary.</returns>
    public static TimelineSummary Of(Timeline timeline)
    {
        var summary = new TimelineSummary(timeline.Title, timeline.Id, timeline.TimeZone, timeline.AsOf);
        foreach (var item in timeline.Events)
        {
            summary.Add(item);
        }

        return summary;
    }

    /// <summary>Adds one event.</summary>
    /// <param name="item">The event.</param>
    public void Add(TimelineEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Events++;
        var when = item.When;
        if (when.IsInterval)
        {
            Intervals++;
            AddEnd(when.Start, open: () => OpenStarts++, unknown: () => UnknownStarts++);
            AddEnd(when.End, open: () => OpenEnds++, unknown: () => UnknownEnds++);
        }
        else
        {
            SingleDates++;
            AddDate(when.Date!);
        }

        // The possible extent: where it has a start or an end, they widen the span.
        var extent = when.ToInterval(Zone);
        if (extent.HasStart && (earliest is null || extent.Start < earliest))
        {
            earliest = extent.Start;
        }

        if (extent.HasEnd && (latest is null || extent.End > latest))
        {
            latest = extent.End;
        }

        if (item.Status is { } status)
        {
            Increment(Statuses, status.Name);
        }

        foreach (var tag in item.Tags)
        {
            Increment(Tags, tag);
        }

        foreach (var name in item.Actors.Select(a => a.Name).Distinct(StringComparer.Ordinal))
        {
            Increment(Actors, name);
        }

        foreach (var name in item.Places.Select(p => p.Name).Distinct(StringComparer.Ordinal))
        {
            Increment(Places, name);
        }
    }

    /// <summary>Gets the entries of a count table, most first, then by name (ordinal); all when <paramref name="top"/> is 0.</summary>
    public static IEnumerable<KeyValuePair<string, long>> Ranked(Dictionary<string, long> counts, int top)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var ranked = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);
        return top > 0 ? ranked.Take(top) : ranked;
    }

    private static void Increment(Dictionary<string, long> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private void AddEnd(EdtfEnd end, Action open, Action unknown)
    {
        switch (end.Kind)
        {
            case EdtfEndKind.Open:
                open();
                break;
            case EdtfEndKind.Unknown:
                unknown();
                break;
            default:
                AddDate(end.Date);
                break;
        }
    }

    private void AddDate(EdtfDate date)
    {
        Precisions[date.Precision] = Precisions.GetValueOrDefault(date.Precision) + 1;
        if (date.Qualifier != EdtfQualifier.None)
        {
            Qualifiers[date.Qualifier] = Qualifiers.GetValueOrDefault(date.Qualifier) + 1;
        }

        if (date.HasUnspecifiedDigits)
        {
            UnspecifiedDigits++;
        }
    }
}
