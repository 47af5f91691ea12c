using System;
using Ical.Net.DataTypes;
using NodaTime;
using Timelines.Formats.Writing;

namespace Timelines.Formats.ICalendar.Internal;

/// <summary>
/// The DTSTART and DTEND written for an EDTF value, for the writer and for the reader's check that an event still
/// has the dates its X-EDTF value was written with (a calendar application may have moved it since).
/// </summary>
/// <remarks>
/// Date-times (both ends, or a single one) are written as date-times: those with an offset in UTC, local ones in the
/// timeline's zone. Everything else is an all-day span of the days the value may cover, with the exclusive DTEND
/// of RFC 5545; an ongoing end is cut at the as-of day, and left out when there is none.
/// </remarks>
internal static class ICalendarDates
{
    public static (CalDateTime Start, CalDateTime? End) Of(EdtfValue when, DateTimeZone zone, LocalDate? asOf)
    {
        if (IsTimed(when))
        {
            return (DateTime(when.Start.Date, zone), when.IsInterval ? DateTime(when.End.Date, zone) : null);
        }

        var (first, last) = KnownDays.Of(when, zone, asOf);
        return (AllDay(first), last is { } day ? AllDay(day.PlusDays(1)) : null);
    }

    /// <summary>Whether every end is a date-time, so the event is timed rather than all-day.</summary>
    public static bool IsTimed(EdtfValue when) =>
        when.Start.Kind == EdtfEndKind.Date && when.Start.Date.Precision == EdtfPrecision.Second
        && when.End.Kind == EdtfEndKind.Date && when.End.Date.Precision == EdtfPrecision.Second;

    /// <summary>Whether DTSTART and DTEND say the value fully (days or date-times, no qualifier), so that the summary need not say it in words.</summary>
    public static bool IsPlain(EdtfValue when) =>
        IsPlainEnd(when.Start) && IsPlainEnd(when.End)
        && (IsTimed(when) || (when.Start.Date.Precision == EdtfPrecision.Day && when.End.Date.Precision == EdtfPrecision.Day));

    private static bool IsPlainEnd(EdtfEnd end) =>
        end.Kind == EdtfEndKind.Date && end.Date.Qualifier == EdtfQualifier.None && !end.Date.HasUnspecifiedDigits;

    /// <summary>Whether two date-times as read say the same: the same kind, fields and zone.</summary>
    public static bool Same(CalDateTime? a, CalDateTime? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.HasTime == b.HasTime && a.Value == b.Value && a.IsUtc == b.IsUtc
              && string.Equals(a.IsUtc ? null : a.TzId, b.IsUtc ? null : b.TzId, StringComparison.OrdinalIgnoreCase);

    private static CalDateTime DateTime(EdtfDate date, DateTimeZone zone)
    {
        if (date.OffsetDateTime is { } offsetDateTime)
        {
            var utc = offsetDateTime.ToInstant().InUtc();
            return new CalDateTime(CheckYear(utc.Year), utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, CalDateTime.UtcTzId);
        }

        var local = date.LocalDateTime!.Value;
        return new CalDateTime(CheckYear(local.Year), local.Month, local.Day, local.Hour, local.Minute, local.Second, zone == DateTimeZone.Utc ? CalDateTime.UtcTzId : zone.Id);
    }

    private static CalDateTime AllDay(LocalDate day) => new(CheckYear(day.Year), day.Month, day.Day);

    private static int CheckYear(int year) => year >= 1
        ? year
        : throw new ArgumentOutOfRangeException(nameof(year), year, "iCalendar dates have four digits from the year 0001 (and .NET's start in the year 1).");
}
