using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using NpgsqlTypes;
using Timelines.Serialization;

namespace Timelines.PostgreSql.Storage;

/// <summary>
/// The columns of one stored event, derived from the event and the timeline's zone by the core's own public
/// members (<see cref="EdtfValue.ToInterval"/>, <see cref="EdtfValue.ToCertainInterval"/>, <see cref="EdtfValue.Bounds"/>)
/// and nothing else, so that the extents in SQL are the core's.
/// </summary>
internal sealed class EventRow
{
    /// <summary>The order key of an event whose start is open, unknown or at the edge of the instant range.</summary>
    public const long EdgeStartKey = long.MinValue;

    private EventRow(TimelineEvent item, DateTimeZone zone, long position)
    {
        var when = item.When;
        var possible = when.ToInterval(zone);
        var certain = when.ToCertainInterval(zone);
        var bounds = when.Bounds;

        Id = item.Id;
        Position = position;
        Title = StoredText.ForColumn(item.Title);
        Edtf = when.ToString();
        EarliestStart = bounds.EarliestStart.ToString();
        LatestStart = bounds.LatestStart.ToString();
        EarliestEnd = bounds.EarliestEnd.ToString();
        LatestEnd = bounds.LatestEnd.ToString();
        var lower = Lower(possible);
        StartKey = lower ?? EdgeStartKey;
        Possible = Range(lower, Upper(possible));
        Certain = certain is { } c ? Range(Lower(c), Upper(c)) : null;
        Ongoing = when.HasOpenEnd;
        Status = item.Status is { } status ? StoredText.ForColumn(status.Name) : null;
        Tags = Column(item.Tags, static t => t);
        Actors = Column(item.Actors, static a => a.Name);
        Places = Column(item.Places, static p => p.Name);
        // The events it depends on: the targets of its relations, then of its constraints on other events.
        RelatedTo = [.. Column(item.Relations, static r => r.TargetId), .. item.Constraints.Where(static c => c.TargetId is not null).Select(static c => StoredText.ForColumn(c.TargetId!))];
        ExactText = !StoredText.HasNul(item.Title) && !StoredText.HasNul(item.Status?.Name)
            && !item.Tags.Any(StoredText.HasNul) && !item.Actors.Any(a => StoredText.HasNul(a.Name))
            && !item.Places.Any(p => StoredText.HasNul(p.Name));
        Document = TimelineJson.ToJson(item);
    }

    public string Id { get; }

    public long Position { get; }

    public string Title { get; }

    public string Edtf { get; }

    public string EarliestStart { get; }

    public string LatestStart { get; }

    public string EarliestEnd { get; }

    public string LatestEnd { get; }

    public long StartKey { get; }

    public NpgsqlRange<long> Possible { get; }

    public NpgsqlRange<long>? Certain { get; }

    public bool Ongoing { get; }

    public string? Status { get; }

    public string[] Tags { get; }

    public string[] Actors { get; }

    public string[] Places { get; }

    public string[] RelatedTo { get; }

    public bool ExactText { get; }

    public string Document { get; }

    public static EventRow For(TimelineEvent item, DateTimeZone zone, long position) => new(item, zone, position);

    /// <summary>Gets the start in ticks, or null where it is open, unknown or clamped to the instant range (unbounded in SQL).</summary>
    public static long? Lower(Interval interval) =>
        interval.HasStart && interval.Start != Instant.MinValue ? interval.Start.ToUnixTimeTicks() : null;

    /// <summary>Gets the end in ticks, or null where it is open, unknown or clamped to the instant range (unbounded in SQL).</summary>
    public static long? Upper(Interval interval) =>
        interval.HasEnd && interval.End != Instant.MaxValue ? interval.End.ToUnixTimeTicks() : null;

    public static NpgsqlRange<long> Range(long? lower, long? upper) =>
        new(lower ?? 0, true, lower is null, upper ?? 0, false, upper is null);

    private static string[] Column<T>(ImmutableArray<T> items, Func<T, string> text)
    {
        var values = new string[items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = StoredText.ForColumn(text(items[i]));
        }

        return values;
    }
}
