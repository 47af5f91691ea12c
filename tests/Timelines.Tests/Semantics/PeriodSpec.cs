using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Timelines.Tests.Semantics;

/// <summary>How a query period is given (docs/semantics.md section 5, "Periods").</summary>
internal enum PeriodKind
{
    /// <summary><c>QueryPeriod.FromInterval</c>, or an <see cref="NodaTime.Interval"/>.</summary>
    Interval,

    /// <summary><c>QueryPeriod.FromInstant</c>, or an <see cref="NodaTime.Instant"/>.</summary>
    Instant,

    /// <summary><c>QueryPeriod.FromDates</c> or <c>FromDate</c>, or a <see cref="DateInterval"/>.</summary>
    Dates,

    /// <summary><c>QueryPeriod.Covering</c>: the whole span of an EDTF value.</summary>
    Covering,

    /// <summary><c>QueryPeriod.FromEdtf</c>, or an <see cref="EdtfValue"/>: its own four points.</summary>
    Edtf,

    /// <summary><c>QueryPeriod.FromEvent</c>, or a <see cref="TimelineEvent"/>: its four points, the event left out.</summary>
    Event,
}

/// <summary>
/// A query period as the tests give it, kept apart from the library's <c>QueryPeriod</c> so that the oracle reads
/// only this description; <see cref="LibraryCalls"/> turns it into the library's value.
/// </summary>
/// <param name="Kind">How the period is given.</param>
/// <param name="Start">An interval's start (null: none), or the instant.</param>
/// <param name="End">An interval's end (null: none).</param>
/// <param name="Dates">The days.</param>
/// <param name="Value">The EDTF value.</param>
/// <param name="Event">The event.</param>
/// <param name="Zone">The zone the period names, or null for the timeline's.</param>
/// <param name="Implicit">Whether to pass it through the implicit conversion rather than the factory.</param>
internal sealed record PeriodSpec(
    PeriodKind Kind,
    Instant? Start = null,
    Instant? End = null,
    DateInterval? Dates = null,
    EdtfValue? Value = null,
    TimelineEvent? Event = null,
    DateTimeZone? Zone = null,
    bool Implicit = false)
{
    public static PeriodSpec ForInterval(Instant? start, Instant? end, bool isImplicit = false) => new(PeriodKind.Interval, start, end, Implicit: isImplicit);

    public static PeriodSpec ForInstant(Instant instant, bool isImplicit = false) => new(PeriodKind.Instant, instant, Implicit: isImplicit);

    public static PeriodSpec ForDates(DateInterval dates, DateTimeZone? zone = null, bool isImplicit = false) => new(PeriodKind.Dates, Dates: dates, Zone: zone, Implicit: isImplicit && zone is null);

    public static PeriodSpec ForCovering(EdtfValue value, DateTimeZone? zone = null) => new(PeriodKind.Covering, Value: value, Zone: zone);

    public static PeriodSpec ForEdtf(EdtfValue value, DateTimeZone? zone = null, bool isImplicit = false) => new(PeriodKind.Edtf, Value: value, Zone: zone, Implicit: isImplicit && zone is null);

    public static PeriodSpec ForEvent(TimelineEvent item, bool isImplicit = false) => new(PeriodKind.Event, Event: item, Implicit: isImplicit);

    /// <summary>Gets the id of the event the results leave out, if the period is an event.</summary>
    public string? ExcludedId => Kind == PeriodKind.Event ? Event!.Id : null;

    public override string ToString()
    {
        var zone = Zone is null ? string.Empty : $" in {Zone.Id}";
        var how = Implicit ? " (implicit)" : string.Empty;
        return Kind switch
        {
            PeriodKind.Interval => $"interval {Show(Start, "(no start)")}/{Show(End, "(no end)")}{how}",
            PeriodKind.Instant => $"instant {Show(Start, string.Empty)}{how}",
            PeriodKind.Dates => $"dates {Day(Dates!.Start)}..{Day(Dates.End)}{zone}{how}",
            PeriodKind.Covering => $"Covering({Value}){zone}",
            PeriodKind.Edtf => $"EDTF {Value}{zone}{how}",
            _ => $"event {Event!.Id} '{Event.When}'{how}",
        };
    }

    private static string Show(Instant? instant, string none) => instant is { } value ? InstantPattern.ExtendedIso.Format(value) : none;

    private static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
