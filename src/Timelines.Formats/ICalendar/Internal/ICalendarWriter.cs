using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Timelines.Text;

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
        var localDays = (First: (LocalDate?)null, Last: (LocalDate?)null);
        foreach (var item in timeline.Events)
        {
            calendar.Events.Add(Event(timeline, item, stamp, ref localDays));
        }

        if (localDays is { First: { } first, Last: { } last })
        {
            // The zone's rules over the days of its local date-times, so that readers place them right.
            calendar.TimeZones.Add(ZoneDefinition.For(timeline.TimeZone, first, last));
        }

        output.Write(new CalendarSerializer().SerializeToString(calendar));
    }

    private static CalendarEvent Event(Timeline timeline, TimelineEvent item, CalDateTime stamp, ref (LocalDate? First, LocalDate? Last) localDays)
    {
        var when = item.When;
        var vevent = new CalendarEvent
        {
            Uid = item.Id + "@" + timeline.Id,
            DtStamp = stamp,
            Summary = ICalendarDates.IsPlain(when) ? item.Title : $"{item.Title} ({EdtfDisplayFormatter.Format(when, when.HasOpenEnd ? timeline.AsOf : null)})",
        };

        try
        {
            (vevent.DtStart, vevent.DtEnd) = ICalendarDates.Of(when, timeline.TimeZone, timeline.AsOf);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException($"The event '{item.Id}' ({when}) cannot be written as iCalendar: {e.Message}", nameof(timeline), e);
        }

        if (ICalendarDates.IsTimed(when) && timeline.TimeZone != DateTimeZone.Utc)
        {
            foreach (var end in new[] { when.Start.Date, when.End.Date }.Where(d => d.Offset is null))
            {
                var day = end.FirstDay;
                localDays.First = localDays.First is { } first && first < day ? first : day;
                localDays.Last = localDays.Last is { } last && last > day ? last : day;
            }
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
