using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Timelines.Formats.ICalendar.Internal;

/// <summary>Writes a timeline as one VCALENDAR with a VEVENT per event, through Ical.Net.</summary>
internal static class ICalendarWriter
{
    public static void Write(Timeline timeline, TextWriter output, TimelineICalendarOptions options)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ICalendarNames.ProductId };
        calendar.AddProperty(ICalendarNames.CalendarName, timeline.Title);
        calendar.AddProperty(ICalendarNames.CalendarId, timeline.Id);
        calendar.AddProperty(ICalendarNames.CalendarZone, timeline.TimeZone.Id);
        if (timeline.Description is { } description)
        {
            calendar.AddProperty(ICalendarNames.CalendarDescription, description);
        }

        if (timeline.AsOf is { } asOf)
        {
            calendar.AddProperty(ICalendarNames.AsOf, Day(asOf));
        }

        var stamp = Stamp(timeline, options);
        var earliestLocal = (LocalDate?)null;
        foreach (var item in timeline.Events)
        {
            calendar.Events.Add(Event(timeline, item, stamp, ref earliestLocal));
        }

        if (earliestLocal is { } from && timeline.TimeZone != DateTimeZone.Utc)
        {
            // A VTIMEZONE with the zone's rules back to the earliest local date-time, so that readers place it right.
            calendar.AddTimeZone(timeline.TimeZone.Id, from.PlusDays(-1).ToDateTimeUnspecified(), includeHistoricalData: true);
        }

        output.Write(new CalendarSerializer().SerializeToString(calendar));
    }

    private static CalendarEvent Event(Timeline timeline, TimelineEvent item, CalDateTime stamp, ref LocalDate? earliestLocal)
    {
        var when = item.When;
        var vevent = new CalendarEvent
        {
            Uid = item.Id + "@" + timeline.Id,
            DtStamp = stamp,
            Summary = IsPlain(when) ? item.Title : $"{item.Title} ({EdtfDisplayFormatter.Format(when, when.IsOngoing ? timeline.AsOf : null)})",
        };

        try
        {
            (vevent.DtStart, vevent.DtEnd) = ICalendarDates.Of(when, timeline.TimeZone, timeline.AsOf);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException($"The event '{item.Id}' ({when}) cannot be written as iCalendar: {e.Message}", nameof(timeline), e);
        }

        if (ICalendarDates.IsTimed(when) && when.Start.Date.Offset is null && timeline.TimeZone != DateTimeZone.Utc)
        {
            var day = when.Start.Date.FirstDay;
            earliestLocal = earliestLocal is { } earliest && earliest < day ? earliest : day;
        }

        vevent.AddProperty(ICalendarNames.Edtf, when.ToString());
        if (item.Summary is { } summary)
        {
            vevent.Description = summary;
        }

        foreach (var tag in item.Tags)
        {
            vevent.Categories.Add(tag);
        }

        if (!item.Places.IsEmpty)
        {
            vevent.Location = string.Join("; ", item.Places.Select(p => p.Name));
            if (item.Places[0] is { Latitude: { } latitude, Longitude: { } longitude })
            {
                vevent.GeographicLocation = new GeographicLocation(latitude, longitude);
            }
        }

        if (item.Sources.FirstOrDefault(s => s.Url is not null) is { } source)
        {
            vevent.Url = source.Url;
        }

        if (item.Status is { } status)
        {
            vevent.AddProperty(ICalendarNames.Status, status.Name);
            if (Status(status) is { } standard)
            {
                vevent.Status = standard;
            }
        }

        return vevent;
    }

    /// <summary>The RFC 5545 STATUS closest to a timeline status, or null where none fits.</summary>
    private static string? Status(EventStatus status) => status.Name switch
    {
        "completed" or "ongoing" => "CONFIRMED",
        "planned" or "announced" or "alleged" => "TENTATIVE",
        "cancelled" => "CANCELLED",
        _ => null,
    };

    /// <summary>Whether DTSTART and DTEND say the value fully, so that the summary need not say it in words.</summary>
    private static bool IsPlain(EdtfValue when) =>
        IsPlainEnd(when.Start) && IsPlainEnd(when.End)
        && (ICalendarDates.IsTimed(when) || (when.Start.Date.Precision == EdtfPrecision.Day && when.End.Date.Precision == EdtfPrecision.Day));

    private static bool IsPlainEnd(EdtfEnd end) =>
        end.Kind == EdtfEndKind.Date && end.Date.Qualifier == EdtfQualifier.None && !end.Date.HasUnspecifiedDigits;

    private static CalDateTime Stamp(Timeline timeline, TimelineICalendarOptions options)
    {
        var instant = options.Clock?.GetCurrentInstant()
            ?? timeline.AsOf?.AtStartOfDayInZone(timeline.TimeZone).ToInstant()
            ?? NodaConstants.UnixEpoch;
        var utc = instant.InUtc();
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, CalDateTime.UtcTzId);
    }

    private static string Day(LocalDate day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
