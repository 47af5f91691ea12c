using System;
using NodaTime;
using Timelines.Querying.Internal;

namespace Timelines.Querying;

/// <summary>
/// A period a query asks about, kept as it was given: a NodaTime <see cref="NodaTime.Interval"/>, a
/// <see cref="DateInterval"/> or a single day, an instant, an EDTF value such as <c>2022-03</c>, the whole span such
/// a value covers, or an event.
/// </summary>
/// <remarks>
/// <para>
/// Intervals, instants and days are exact. An EDTF value (<see cref="FromEdtf"/>) or an event
/// (<see cref="FromEvent"/>) keeps its uncertainty: <c>2022-03</c> is some period within March, with four points of
/// its own, and an open end honours the query's <see cref="OpenEnds"/>; <see cref="Covering"/> is instead all of
/// March, exact. docs/semantics.md, section 5, defines each.
/// </para>
/// <para>
/// Days (from a <see cref="DateInterval"/>, a <see cref="LocalDate"/>, an EDTF value or an event) begin and end in
/// <see cref="Zone"/>, or in the timeline's zone when it is <see langword="null"/>. The period is kept as given so
/// that a storage backend can translate it.
/// </para>
/// <threadsafety>This type is an immutable value type: any number of threads may read one value at once.</threadsafety>
/// </remarks>
public readonly struct QueryPeriod
{
    private readonly Interval interval;
    private readonly object? value;

    private QueryPeriod(QueryPeriodKind kind, Interval interval, object? value, DateTimeZone? zone)
    {
        Kind = kind;
        this.interval = interval;
        this.value = value;
        Zone = zone;
    }

    /// <summary>Gets how the period was given.</summary>
    public QueryPeriodKind Kind { get; }

    /// <summary>Gets the zone its days begin and end in, or <see langword="null"/> for the timeline's zone.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets the interval, when <see cref="Kind"/> is <see cref="QueryPeriodKind.Interval"/>.</summary>
    public Interval? Interval => Kind == QueryPeriodKind.Interval ? interval : null;

    /// <summary>Gets the days, when <see cref="Kind"/> is <see cref="QueryPeriodKind.Dates"/>.</summary>
    public DateInterval? Dates => value as DateInterval;

    /// <summary>
    /// Gets the EDTF value, when <see cref="Kind"/> is <see cref="QueryPeriodKind.Edtf"/> or
    /// <see cref="QueryPeriodKind.Covering"/>, or the event's time when it is <see cref="QueryPeriodKind.Event"/>.
    /// </summary>
    public EdtfValue? Edtf => value as EdtfValue ?? (value as TimelineEvent)?.When;

    /// <summary>Gets the event, when <see cref="Kind"/> is <see cref="QueryPeriodKind.Event"/>.</summary>
    public TimelineEvent? Event => value as TimelineEvent;

    /// <summary>Gets the instant, when <see cref="Kind"/> is <see cref="QueryPeriodKind.Instant"/>.</summary>
    public Instant? Instant => Kind == QueryPeriodKind.Instant ? interval.Start : null;

    /// <summary>Creates a period from an interval: exact. O(1).</summary>
    /// <param name="interval">The interval; it may lack a start or an end, but must not be empty.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is empty (its start equals its end).</exception>
    public static QueryPeriod FromInterval(Interval interval)
    {
        if (interval.HasStart && interval.HasEnd && interval.Start == interval.End)
        {
            throw new ArgumentException(QueryMessages.EmptyInterval, nameof(interval));
        }

        return new QueryPeriod(QueryPeriodKind.Interval, interval, null, null);
    }

    /// <summary>Creates a period from whole days, both ends included: exact. O(1).</summary>
    /// <param name="dates">The days.</param>
    /// <param name="zone">The zone the days begin and end in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public static QueryPeriod FromDates(DateInterval dates, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return new QueryPeriod(QueryPeriodKind.Dates, default, dates, zone);
    }

    /// <summary>Creates a period of one whole day: exact. O(1).</summary>
    /// <param name="date">The day.</param>
    /// <param name="zone">The zone the day begins and ends in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The period.</returns>
    public static QueryPeriod FromDate(LocalDate date, DateTimeZone? zone = null) => FromDates(new DateInterval(date, date), zone);

    /// <summary>
    /// Creates a period from an EDTF value with its uncertainty kept, four points of its own as an event's:
    /// <c>2022-03</c> is some period within March. To ask about all of March, use <see cref="Covering"/>. O(1).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="zone">The zone its days begin and end in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static QueryPeriod FromEdtf(EdtfValue value, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new QueryPeriod(QueryPeriodKind.Edtf, default, value, zone);
    }

    /// <summary>
    /// Creates an exact period of the whole span an EDTF value could cover, from its earliest start to its latest
    /// end: <c>Covering(EdtfValue.Parse("2022-03"))</c> is all of March. An open end honours the query's
    /// <see cref="OpenEnds"/>; an unknown end stays unknown. O(1).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="zone">The zone its days begin and end in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static QueryPeriod Covering(EdtfValue value, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new QueryPeriod(QueryPeriodKind.Covering, default, value, zone);
    }

    /// <summary>
    /// Creates a period from an event's time, its uncertainty kept as <see cref="FromEdtf"/> keeps it; queries leave
    /// the event itself (any event of the timeline with its id) out of their results. O(1).
    /// </summary>
    /// <param name="item">The event; it need not belong to the timeline.</param>
    /// <returns>The period, in the timeline's zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static QueryPeriod FromEvent(TimelineEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new QueryPeriod(QueryPeriodKind.Event, default, item, null);
    }

    /// <summary>Creates a period of one instant (the tick at which it starts). O(1).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The period.</returns>
    public static QueryPeriod FromInstant(Instant instant) =>
        new(QueryPeriodKind.Instant, new Interval(instant, null), null, null);

    /// <summary>Converts an interval to a period.</summary>
    /// <param name="interval">The interval.</param>
    public static implicit operator QueryPeriod(Interval interval) => FromInterval(interval);

    /// <summary>Converts days to a period in the timeline's zone.</summary>
    /// <param name="dates">The days.</param>
    public static implicit operator QueryPeriod(DateInterval dates) => FromDates(dates);

    /// <summary>Converts an EDTF value to a period in the timeline's zone, its uncertainty kept (<see cref="FromEdtf"/>).</summary>
    /// <param name="value">The value.</param>
    public static implicit operator QueryPeriod(EdtfValue value) => FromEdtf(value);

    /// <summary>Converts an event to a period (<see cref="FromEvent"/>).</summary>
    /// <param name="item">The event.</param>
    public static implicit operator QueryPeriod(TimelineEvent item) => FromEvent(item);

    /// <summary>Converts an instant to a period.</summary>
    /// <param name="instant">The instant.</param>
    public static implicit operator QueryPeriod(Instant instant) => FromInstant(instant);

    /// <summary>Returns the period as given, for diagnostics.</summary>
    /// <returns>Text such as <c>2022-03</c>.</returns>
    public override string ToString() => Kind switch
    {
        QueryPeriodKind.Interval => interval.ToString(),
        QueryPeriodKind.Instant => interval.Start.ToString(),
        QueryPeriodKind.Covering => $"covering {value}",
        QueryPeriodKind.Event => $"event {((TimelineEvent)value!).Id} ({Edtf})",
        _ => value?.ToString() ?? string.Empty,
    };

    /// <summary>
    /// Gets the four points on the time line, with days in <paramref name="zone"/> unless the period names its own,
    /// and an open end lasting to <paramref name="asOfEnd"/>, or never when it is <see langword="null"/>.
    /// </summary>
    internal AxisBounds Axis(DateTimeZone zone, long? asOfEnd)
    {
        switch (Kind)
        {
            case QueryPeriodKind.Interval:
                var start = interval.HasStart ? interval.Start.ToUnixTimeTicks() : AxisBounds.OpenStart;
                var end = interval.HasEnd ? interval.End.ToUnixTimeTicks() : AxisBounds.OpenEnd;

                // Only a default value can be empty here; treat it as the instant it starts at.
                return AxisBounds.Exact(start, Math.Max(end, start + 1));
            case QueryPeriodKind.Instant:
                var tick = interval.Start.ToUnixTimeTicks();
                return AxisBounds.Exact(tick, tick + 1);
            case QueryPeriodKind.Dates:
                var dates = (DateInterval)value!;
                return AxisBounds.Exact(AxisBounds.StartOfDay(dates.Start, Zone ?? zone), AxisBounds.EndOfDay(dates.End, Zone ?? zone));
            case QueryPeriodKind.Covering:
                var covering = (EdtfValue)value!;
                var whole = covering.Axis(Zone ?? zone, asOfEnd);
                return new AxisBounds(
                    whole.EarliestStart,
                    whole.EarliestStart,
                    covering.End.Kind == EdtfEndKind.Unknown ? whole.EarliestEnd : whole.LatestEnd,
                    whole.LatestEnd);
            default:
                return Edtf!.Axis(Zone ?? zone, asOfEnd);
        }
    }
}
