using System;
using System.Collections.Generic;
using System.Text;
using NodaTime;
using Timelines.Text;

namespace Timelines;

/// <summary>
/// When something happened, in EDTF (ISO 8601-2 levels 0 and 1): a single date such as <c>2022-02</c>, or an
/// interval such as <c>2022-02/..</c> whose ends are dates, open (<c>..</c>) or unknown (empty).
/// </summary>
/// <remarks>
/// <para>
/// The value keeps the precision its source gave. Its <see cref="Bounds"/> say when it could have started and
/// ended; <see cref="ToInterval"/> and <see cref="ToCertainInterval"/> give the possible and the certain extent on
/// the global time line, with days taken in a time zone; <see cref="Is"/> answers Allen's relations with
/// <see cref="TruthValue.Yes"/>, <see cref="TruthValue.No"/> or <see cref="TruthValue.Maybe"/>.
/// </para>
/// <para>
/// Time zones: a day is the span between two midnights (or starts of day, where a DST change skips midnight) in
/// the zone given, UTC by default. Date-times with an offset ignore the zone; local date-times are placed in it.
/// Comparing two values of day precision or coarser gives the same answer in every zone.
/// </para>
/// <para>
/// This EDTF implementation is hand-written: no .NET library parses EDTF into bounds and relations.
/// </para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class EdtfValue : IEquatable<EdtfValue>
{
    // Two references and three bytes (40 bytes in all): a timeline holds one value per event, so the value keeps
    // only what it was made of. Its bounds, calendar and UTC, are computed when asked for (a few arithmetic steps
    // for a date in UTC); the index keeps the UTC bounds of every event in its own columns (issue 16).
    private readonly EdtfDate? startDate;
    private readonly EdtfDate? endDate;
    private readonly byte startKind;
    private readonly byte endKind;
    private readonly bool isInterval;

    private EdtfValue(EdtfEnd start, EdtfEnd end, bool isInterval)
    {
        startKind = (byte)start.Kind;
        startDate = start.Kind == EdtfEndKind.Date ? start.Date : null;
        endKind = (byte)end.Kind;
        endDate = end.Kind == EdtfEndKind.Date ? end.Date : null;
        this.isInterval = isInterval;
    }

    /// <summary>Gets a value indicating whether this is an interval (<c>A/B</c>) rather than a single date.</summary>
    public bool IsInterval => isInterval;

    /// <summary>Gets the start: the date itself for a single date, or the interval's first end.</summary>
    public EdtfEnd Start => ToEnd((EdtfEndKind)startKind, startDate);

    /// <summary>Gets the end: the date itself for a single date, or the interval's second end.</summary>
    public EdtfEnd End => ToEnd((EdtfEndKind)endKind, endDate);

    /// <summary>
    /// Gets the single date of a value that is not an interval, or <see langword="null"/> for an interval.
    /// </summary>
    public EdtfDate? Date => isInterval ? null : startDate;

    /// <summary>Gets the four calendar points that bound this value; see <see cref="EdtfBounds"/>.</summary>
    public EdtfBounds Bounds => ComputeBounds(Start, End);

    /// <summary>Gets a value indicating whether the value is still going on (its end is open, <c>..</c>).</summary>
    public bool HasOpenEnd => (EdtfEndKind)endKind == EdtfEndKind.Open;

    /// <summary>Creates a value for a single date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static EdtfValue ForDate(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return new EdtfValue(date, date, isInterval: false);
    }

    /// <summary>Creates an interval, such as <c>EdtfValue.Interval(EdtfDate.ForMonth(2022, 2), EdtfEnd.Open)</c> for <c>2022-02/..</c>.</summary>
    /// <param name="start">The start: a date, <see cref="EdtfEnd.Open"/> or <see cref="EdtfEnd.Unknown"/>.</param>
    /// <param name="end">The end: a date, <see cref="EdtfEnd.Open"/> or <see cref="EdtfEnd.Unknown"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">
    /// Neither end is a date, a date has unspecified digits (EDTF level 2 in an interval), or the end certainly lies
    /// before the start.
    /// </exception>
    public static EdtfValue Interval(EdtfEnd start, EdtfEnd end)
    {
        var problem = CheckInterval(start, end);
        return problem is null ? new EdtfValue(start, end, isInterval: true) : throw new ArgumentException(problem, nameof(end));
    }

    /// <summary>Parses EDTF text, accepting the pre-2019 syntax as well; see <see cref="EdtfPattern.Lenient"/>.</summary>
    /// <param name="text">The text, such as <c>2022-02</c>, <c>1984?/2004-06~</c> or <c>2022-02/..</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="EdtfParseException">The text is not valid EDTF; the message says what is wrong and at which character.</exception>
    public static EdtfValue Parse(string text) => EdtfPattern.Lenient.Parse(text).GetValueOrThrow();

    /// <summary>Tries to parse EDTF text, accepting the pre-2019 syntax as well, without throwing on bad text.</summary>
    /// <param name="text">The text to parse; <see langword="null"/> fails.</param>
    /// <param name="value">The value when parsing succeeds; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the text was valid EDTF.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EdtfValue? value)
    {
        if (text is not null && EdtfPattern.Lenient.Parse(text) is { Success: true } result)
        {
            value = result.Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Converts a date to a single-date value.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static implicit operator EdtfValue(EdtfDate date) => ForDate(date);

    /// <summary>
    /// Gets the possible extent: the half-open interval from the earliest start to the latest end, with days
    /// taken in <paramref name="zone"/>. An open or unknown end gives an interval without that end.
    /// </summary>
    /// <param name="zone">
    /// The zone for days and local date-times, such as the timeline's (<see cref="Timeline.TimeZone"/>). It may be
    /// <see langword="null"/> only for a value whose every date is a date-time with an offset.
    /// </param>
    /// <returns>Every moment the event could have covered (docs/semantics.md, section 3).</returns>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the value has a local date or date-time.</exception>
    public Interval ToInterval(DateTimeZone? zone = null) => Axis(ZoneFor(zone)).PossibleExtent;

    /// <summary>
    /// Gets the certain extent: the moments covered however the value is resolved, from the latest start to the
    /// earliest end; <see langword="null"/> when there is none (as for <c>2022-02</c>, which may be any day of the month).
    /// </summary>
    /// <param name="zone">
    /// The zone for days and local date-times, such as the timeline's. It may be <see langword="null"/> only for a
    /// value whose every date is a date-time with an offset.
    /// </param>
    /// <returns>The certain extent, or <see langword="null"/>.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the value has a local date or date-time.</exception>
    public Interval? ToCertainInterval(DateTimeZone? zone = null) => Axis(ZoneFor(zone)).CertainExtent;

    /// <summary>
    /// Answers whether this value stands in an Allen relation to another: "this <paramref name="relation"/> other",
    /// Yes for every resolution of both, No for none, Maybe otherwise (docs/semantics.md, section 5). An open end
    /// lasts forever; between events of a timeline, ask <see cref="Timeline.Is"/>, which uses its zone and as-of day.
    /// </summary>
    /// <param name="relation">The relation, such as <see cref="AllenRelation.Before"/>.</param>
    /// <param name="other">The other value.</param>
    /// <param name="zone">
    /// The zone for days and local date-times. It may be <see langword="null"/> only when the zone makes no difference,
    /// and the answer is then UTC's: when every date of both values is a plain date (no time of day; the same in every
    /// zone but one that skips a whole day), or every one has an offset.
    /// </param>
    /// <returns>Yes, No or Maybe; see <see cref="TruthValue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not one of Allen's thirteen relations.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the answer depends on the zone.</exception>
    public TruthValue Is(AllenRelation relation, EdtfValue other, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        var resolved = ZoneFor(zone, other);
        return AllenAlgebra.Evaluate(Axis(resolved), relation, other.Axis(resolved));
    }

    /// <summary>Answers all thirteen Allen relations between this value and another at once, as <see cref="Is"/> does each.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="zone">The zone for days and local date-times; see <see cref="Is"/> for when it may be <see langword="null"/>.</param>
    /// <returns>The answer for each relation, in the order of <see cref="AllenRelation"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the answers depend on the zone.</exception>
    public IReadOnlyDictionary<AllenRelation, TruthValue> RelationsTo(EdtfValue other, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        var resolved = ZoneFor(zone, other);
        return AllenAlgebra.RelationsBetween(Axis(resolved), other.Axis(resolved));
    }

    /// <summary>Answers whether this value and another share at least one moment.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="zone">The zone for days and local date-times; see <see cref="Is"/> for when it may be <see langword="null"/>.</param>
    /// <returns>Yes if they overlap however both are resolved, Maybe if they might, No if they cannot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the answer depends on the zone.</exception>
    public TruthValue Overlaps(EdtfValue other, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        var resolved = ZoneFor(zone, other);
        return AllenAlgebra.Intersects(Axis(resolved), other.Axis(resolved));
    }

    /// <summary>Answers whether this value contains another, ends included: the other starts no earlier and ends no later.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="zone">The zone for days and local date-times; see <see cref="Is"/> for when it may be <see langword="null"/>.</param>
    /// <returns>Yes, No or Maybe.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the answer depends on the zone.</exception>
    public TruthValue Contains(EdtfValue other, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        var resolved = ZoneFor(zone, other);
        return AllenAlgebra.Encloses(Axis(resolved), other.Axis(resolved));
    }

    /// <summary>Returns <see langword="true"/> if this value and another could share a moment.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="zone">The zone for days and local date-times; see <see cref="Is"/> for when it may be <see langword="null"/>.</param>
    /// <returns>Whether <see cref="Overlaps"/> is not No.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the answer depends on the zone.</exception>
    public bool PossiblyOverlaps(EdtfValue other, DateTimeZone? zone = null) => Overlaps(other, zone) != TruthValue.No;

    /// <summary>Returns <see langword="true"/> if this value and another share a moment however both are resolved.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="zone">The zone for days and local date-times; see <see cref="Is"/> for when it may be <see langword="null"/>.</param>
    /// <returns>Whether <see cref="Overlaps"/> is Yes.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the answer depends on the zone.</exception>
    public bool CertainlyOverlaps(EdtfValue other, DateTimeZone? zone = null) => Overlaps(other, zone) == TruthValue.Yes;

    /// <summary>Returns <see langword="true"/> if this value could contain another.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="zone">The zone for days and local date-times; see <see cref="Is"/> for when it may be <see langword="null"/>.</param>
    /// <returns>Whether <see cref="Contains"/> is not No.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the answer depends on the zone.</exception>
    public bool PossiblyContains(EdtfValue other, DateTimeZone? zone = null) => Contains(other, zone) != TruthValue.No;

    /// <summary>Returns <see langword="true"/> if this value contains another however both are resolved.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="zone">The zone for days and local date-times; see <see cref="Is"/> for when it may be <see langword="null"/>.</param>
    /// <returns>Whether <see cref="Contains"/> is Yes.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="zone"/> is null and the answer depends on the zone.</exception>
    public bool CertainlyContains(EdtfValue other, DateTimeZone? zone = null) => Contains(other, zone) == TruthValue.Yes;

    /// <summary>Formats the value in the EDTF 2019 syntax. Parsing the result gives an equal value.</summary>
    /// <returns>The EDTF text, such as <c>2022-02/..</c>.</returns>
    public override string ToString()
    {
        // One home for the syntax: the UTF-8 formatter the JSON writer uses (EDTF text is ASCII).
        Span<byte> text = stackalloc byte[EdtfUtf8Formatter.MaxLength];
        return Encoding.ASCII.GetString(text[..EdtfUtf8Formatter.Format(this, text)]);
    }

    /// <inheritdoc />
    public bool Equals(EdtfValue? other) =>
        other is not null && IsInterval == other.IsInterval && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EdtfValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsInterval, Start, End);

    /// <summary>Compares two values for equality: same dates, same qualifiers, same kinds of ends.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are equal.</returns>
    public static bool operator ==(EdtfValue? left, EdtfValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values differ.</returns>
    public static bool operator !=(EdtfValue? left, EdtfValue? right) => !(left == right);

    /// <summary>Creates an interval whose ends the parser has read, or says why they do not make one.</summary>
    internal static EdtfValue? TryCreateInterval(EdtfEnd start, EdtfEnd end, out string? problem)
    {
        problem = CheckInterval(start, end);
        return problem is null ? new EdtfValue(start, end, isInterval: true) : null;
    }

    /// <summary>Gets this value made of equal dates in place of its own (a reader shares them); nothing is checked.</summary>
    internal EdtfValue WithDates(EdtfDate? start, EdtfDate? end) =>
        new(ToEnd((EdtfEndKind)startKind, start), ToEnd((EdtfEndKind)endKind, end), isInterval);

    /// <summary>Gets the four points on the time line, with days in <paramref name="zone"/>, an open end never ending.</summary>
    internal AxisBounds Axis(DateTimeZone zone) => AxisBounds.For(this, zone);

    /// <summary>
    /// Gets the four points on the time line, with days in <paramref name="zone"/> and an open end lasting to
    /// <paramref name="asOfEnd"/> (the end of an as-of day), or never when it is <see langword="null"/>.
    /// </summary>
    internal AxisBounds Axis(DateTimeZone zone, long? asOfEnd) =>
        asOfEnd is null || !HasOpenEnd ? Axis(zone) : AxisBounds.For(this, zone, asOfEnd);

    /// <summary>Gets the zone to compute this value in alone: the one given, or UTC when every date has an offset.</summary>
    private DateTimeZone ZoneFor(DateTimeZone? zone)
    {
        if (zone is not null)
        {
            return zone;
        }

        return KindsOfDates() is DateKinds.WithOffset
            ? DateTimeZone.Utc
            : throw new InvalidOperationException(RuleMessages.NeedsTimeZone(this));
    }

    /// <summary>Gets the zone to compare this value and another in: the one given, or UTC when any zone gives the same answer.</summary>
    private DateTimeZone ZoneFor(DateTimeZone? zone, EdtfValue other)
    {
        if (zone is not null)
        {
            return zone;
        }

        // Plain days compare alike in every zone (a zone moves every day boundary in the same order), and so do
        // instants; a local date-time, or a day against an instant, does not.
        var kinds = KindsOfDates() | other.KindsOfDates();
        return kinds is DateKinds.Plain or DateKinds.WithOffset
            ? DateTimeZone.Utc
            : throw new InvalidOperationException(RuleMessages.RelationNeedsTimeZone(this, other));
    }

    private DateKinds KindsOfDates() => KindOf(Start) | KindOf(End);

    private static DateKinds KindOf(EdtfEnd end) => end.Kind != EdtfEndKind.Date
        ? DateKinds.None
        : end.Date.TimeOfDay is null ? DateKinds.Plain
        : end.Date.Offset is null ? DateKinds.Local
        : DateKinds.WithOffset;

    private static string? CheckInterval(EdtfEnd start, EdtfEnd end)
    {
        if (start.Kind != EdtfEndKind.Date && end.Kind != EdtfEndKind.Date)
        {
            return RuleMessages.IntervalWithoutDate;
        }

        if ((start.Kind == EdtfEndKind.Date && start.Date.HasUnspecifiedDigits) || (end.Kind == EdtfEndKind.Date && end.Date.HasUnspecifiedDigits))
        {
            return RuleMessages.IntervalWithUnspecifiedDigits;
        }

        if (start.Kind != EdtfEndKind.Date || end.Kind != EdtfEndKind.Date)
        {
            return null;
        }

        // Compare on one time line, local values as if in UTC. A local value against one with an offset compares
        // only in a time zone; such an interval must be ordered in every zone NodaTime can represent (offsets up
        // to 18 hours either way), or it would turn inside out in some of them.
        var earliestStart = AxisBounds.ForDate(start.Date, DateTimeZone.Utc).FirstStart;
        var latestEnd = AxisBounds.ForDate(end.Date, DateTimeZone.Utc).LastEnd;
        if (start.Date.Offset.HasValue == end.Date.Offset.HasValue)
        {
            return latestEnd <= earliestStart ? RuleMessages.EndBeforeStart(end.Date, start.Date) : null;
        }

        return latestEnd <= earliestStart + (18 * NodaConstants.TicksPerHour)
            ? RuleMessages.EndBeforeStartInSomeZones(end.Date, start.Date)
            : null;
    }

    [Flags]
    private enum DateKinds
    {
        None = 0,
        Plain = 1,
        Local = 2,
        WithOffset = 4,
    }

    private static EdtfEnd ToEnd(EdtfEndKind kind, EdtfDate? date) => kind switch
    {
        EdtfEndKind.Date => EdtfEnd.At(date!),
        EdtfEndKind.Open => EdtfEnd.Open,
        _ => EdtfEnd.Unknown,
    };

    private static EdtfBounds ComputeBounds(EdtfEnd start, EdtfEnd end)
    {
        EdtfBound earliestStart, latestStart, earliestEnd, latestEnd;
        switch (start.Kind)
        {
            case EdtfEndKind.Date:
                (earliestStart, latestStart) = (First(start.Date), Last(start.Date));
                break;
            case EdtfEndKind.Open:
                (earliestStart, latestStart) = (EdtfBound.Open, EdtfBound.Open);
                break;
            default:
                (earliestStart, latestStart) = (EdtfBound.Unknown, Last(end.Date));
                break;
        }

        switch (end.Kind)
        {
            case EdtfEndKind.Date:
                (earliestEnd, latestEnd) = (First(end.Date), Last(end.Date));
                break;
            case EdtfEndKind.Open:
                (earliestEnd, latestEnd) = (EdtfBound.Open, EdtfBound.Open);
                break;
            default:
                (earliestEnd, latestEnd) = (First(start.Date), EdtfBound.Unknown);
                break;
        }

        // An event cannot end before it starts: where both ends are on the same kind of scale, each narrows the other;
        // a day against a local date-time narrows to the date-time's day. Against an instant, the days depend on a
        // zone, so only the time line narrows them (docs/semantics.md, section 2).
        if (latestStart.Kind == latestEnd.Kind && Later(latestStart, latestEnd))
        {
            latestStart = latestEnd;
        }
        else if (latestStart.Kind == EdtfBoundKind.Date && latestEnd.Kind == EdtfBoundKind.LocalDateTime && latestStart.Date > latestEnd.LocalDateTime.Date)
        {
            latestStart = EdtfBound.ForDate(latestEnd.LocalDateTime.Date);
        }

        if (earliestEnd.Kind == earliestStart.Kind && Later(earliestStart, earliestEnd))
        {
            earliestEnd = earliestStart;
        }
        else if (earliestEnd.Kind == EdtfBoundKind.Date && earliestStart.Kind == EdtfBoundKind.LocalDateTime && earliestEnd.Date < earliestStart.LocalDateTime.Date)
        {
            earliestEnd = EdtfBound.ForDate(earliestStart.LocalDateTime.Date);
        }

        return new EdtfBounds(earliestStart, latestStart, earliestEnd, latestEnd);

        static bool Later(EdtfBound x, EdtfBound y) => x.Kind switch
        {
            EdtfBoundKind.Date => x.Date > y.Date,
            EdtfBoundKind.LocalDateTime => x.LocalDateTime > y.LocalDateTime,
            EdtfBoundKind.Instant => x.Instant > y.Instant,
            _ => false,
        };
    }

    private static EdtfBound First(EdtfDate date) => Point(date, date.FirstDay);

    private static EdtfBound Last(EdtfDate date) => Point(date, date.LastDay);

    private static EdtfBound Point(EdtfDate date, LocalDate day)
    {
        if (date.TimeOfDay is not { } time)
        {
            return EdtfBound.ForDate(day);
        }

        var local = day.At(time);
        return date.Offset is { } offset
            ? EdtfBound.ForInstant(local.WithOffset(offset).ToInstant())
            : EdtfBound.ForLocalDateTime(local);
    }
}
