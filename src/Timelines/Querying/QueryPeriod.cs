using System;
using NodaTime;

namespace Timelines.Querying;

/// <summary>
/// A period a query asks about, kept as it was given: a NodaTime <see cref="NodaTime.Interval"/>, a
/// <see cref="DateInterval"/> or a single day, an EDTF value such as <c>2022-03</c>, or an instant.
/// </summary>
/// <remarks>
/// <para>
/// Days (from a <see cref="DateInterval"/>, a <see cref="LocalDate"/> or an EDTF value) begin and end in
/// <see cref="Zone"/>, or in the timeline's zone when it is <see langword="null"/>. An EDTF period is the whole
/// period it could cover (<c>2022-03</c> is March, <c>2022-02/2022-03</c> February and March), so a period is
/// always exact; only an event's time (<see cref="FromEventTime"/>) keeps its uncertainty.
/// </para>
/// <para>The period is kept as given so that a storage backend can translate it.</para>
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

    /// <summary>Gets the EDTF value, when <see cref="Kind"/> is <see cref="QueryPeriodKind.Edtf"/> or <see cref="QueryPeriodKind.EventTime"/>.</summary>
    public EdtfValue? Edtf => value as EdtfValue;

    /// <summary>Gets the instant, when <see cref="Kind"/> is <see cref="QueryPeriodKind.Instant"/>.</summary>
    public Instant? Instant => Kind == QueryPeriodKind.Instant ? interval.Start : null;

    /// <summary>Creates a period from an interval. O(1).</summary>
    /// <param name="interval">The interval; it may lack a start or an end, but must not be empty.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is empty (its start equals its end).</exception>
    public static QueryPeriod FromInterval(Interval interval)
    {
        if (interval.HasStart && interval.HasEnd && interval.Start == interval.End)
        {
            throw new ArgumentException("The interval is empty; give a period that covers at least one tick, or use an instant.", nameof(interval));
        }

        return new QueryPeriod(QueryPeriodKind.Interval, interval, null, null);
    }

    /// <summary>Creates a period from whole days, both ends included. O(1).</summary>
    /// <param name="dates">The days.</param>
    /// <param name="zone">The zone the days begin and end in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public static QueryPeriod FromDates(DateInterval dates, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return new QueryPeriod(QueryPeriodKind.Dates, default, dates, zone);
    }

    /// <summary>Creates a period of one whole day. O(1).</summary>
    /// <param name="date">The day.</param>
    /// <param name="zone">The zone the day begins and ends in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The period.</returns>
    public static QueryPeriod FromDate(LocalDate date, DateTimeZone? zone = null) => FromDates(new DateInterval(date, date), zone);

    /// <summary>Creates a period from an EDTF value, such as <c>2022-03</c>. O(1).</summary>
    /// <param name="value">The value.</param>
    /// <param name="zone">The zone its days begin and end in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static QueryPeriod FromEdtf(EdtfValue value, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new QueryPeriod(QueryPeriodKind.Edtf, default, value, zone);
    }

    /// <summary>Creates a period from an event's time, keeping its uncertainty (<c>2022-03</c> is some time in March). O(1).</summary>
    /// <param name="value">The event's time.</param>
    /// <param name="zone">The zone its days begin and end in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static QueryPeriod FromEventTime(EdtfValue value, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new QueryPeriod(QueryPeriodKind.EventTime, default, value, zone);
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

    /// <summary>Converts an EDTF value to a period in the timeline's zone.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator QueryPeriod(EdtfValue value) => FromEdtf(value);

    /// <summary>Converts an instant to a period.</summary>
    /// <param name="instant">The instant.</param>
    public static implicit operator QueryPeriod(Instant instant) => FromInstant(instant);

    /// <summary>Returns the period as given, for diagnostics.</summary>
    /// <returns>Text such as <c>2022-03</c>.</returns>
    public override string ToString() => Kind switch
    {
        QueryPeriodKind.Interval => interval.ToString(),
        QueryPeriodKind.Instant => interval.Start.ToString(),
        _ => value?.ToString() ?? string.Empty,
    };

    /// <summary>Gets the bounds on the time line, with days in <paramref name="zone"/> unless the period names its own.</summary>
    internal AxisBounds Axis(DateTimeZone zone)
    {
        switch (Kind)
        {
            case QueryPeriodKind.Interval:
                var start = interval.HasStart ? interval.Start.ToUnixTimeTicks() : AxisBounds.OpenStart;
                var end = interval.HasEnd ? interval.End.ToUnixTimeTicks() : AxisBounds.OpenEnd;

                // Only a default value can be empty here; treat it as the instant it starts at.
                end = Math.Max(end, start + 1);
                return new AxisBounds(start, start, end, end);
            case QueryPeriodKind.Instant:
                var tick = interval.Start.ToUnixTimeTicks();
                return new AxisBounds(tick, tick, tick + 1, tick + 1);
            case QueryPeriodKind.Dates:
                var dates = (DateInterval)value!;
                var first = EdtfValue.ForDate(EdtfDate.ForDay(dates.Start)).Axis(Zone ?? zone);
                var last = dates.End == dates.Start ? first : EdtfValue.ForDate(EdtfDate.ForDay(dates.End)).Axis(Zone ?? zone);
                return new AxisBounds(first.EarliestStart, first.EarliestStart, last.LatestEnd, last.LatestEnd);
            case QueryPeriodKind.Edtf:
                var extent = ((EdtfValue)value!).Axis(Zone ?? zone);
                return new AxisBounds(extent.EarliestStart, extent.EarliestStart, extent.LatestEnd, extent.LatestEnd);
            default:
                return ((EdtfValue)value!).Axis(Zone ?? zone);
        }
    }
}
