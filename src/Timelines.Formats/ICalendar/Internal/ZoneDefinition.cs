using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;

namespace Timelines.Formats.ICalendar.Internal;

/// <summary>
/// The VTIMEZONE of a zone over the days a file uses, made from the tz database's own transitions: one STANDARD or
/// DAYLIGHT observance per zone interval, each with its start and offsets.
/// </summary>
/// <remarks>
/// Ical.Net can make a VTIMEZONE itself, but it looks up the zone's intervals from a given day to the wall clock's
/// now, so its output changes with the day it is run and fails for days in the future. This one depends only on
/// the zone and the days.
/// </remarks>
internal static class ZoneDefinition
{
    public static VTimeZone For(DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var definition = new VTimeZone(zone.Id);
        var from = first.PlusDays(-1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var to = last.PlusDays(2).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            var before = interval.HasStart && interval.Start != Instant.MinValue
                ? zone.GetZoneInterval(interval.Start - NodaTime.Duration.Epsilon).WallOffset
                : interval.WallOffset;
            // The observance starts at the local time of the transition, in the offset in force before it (RFC 5545).
            var start = interval.HasStart && interval.Start != Instant.MinValue
                ? interval.Start.WithOffset(before).LocalDateTime
                : new LocalDateTime(1601, 1, 1, 0, 0);
            var observance = new VTimeZoneInfo(interval.Savings == Offset.Zero ? Components.Standard : Components.Daylight)
            {
                TimeZoneName = interval.Name,
                OffsetFrom = new UtcOffset(before.ToTimeSpan()),
                OffsetTo = new UtcOffset(interval.WallOffset.ToTimeSpan()),
                DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, start.Second, null),
            };
            definition.TimeZoneInfos.Add(observance);
        }

        return definition;
    }
}
