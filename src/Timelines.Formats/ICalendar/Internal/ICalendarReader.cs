using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using NodaTime.Text;
using Timelines.Formats.Reading;
using Timelines.Text;

namespace Timelines.Formats.ICalendar.Internal;

/// <summary>
/// Reads an iCalendar file into a timeline: Ical.Net parses the values, <see cref="ComponentScan"/> says where
/// each event and property is. An event written by <see cref="ICalendarWriter"/> gets back its EDTF value from
/// X-EDTF, as long as its DTSTART and DTEND are still the ones written with it.
/// </summary>
internal static class ICalendarReader
{
    public static Timeline Read(string text, TimelineReaderOptions options)
    {
        var errors = new ErrorCollector(TimelineICalendar.FormatName, options);
        var physical = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var scan = ComponentScan.Scan(physical, errors);
        if (scan is null)
        {
            throw errors.Exception();
        }

        var vevents = scan.Children.Where(c => c.Name == "VEVENT").ToList();
        var parsed = Parse(text, physical, scan, vevents, errors);

        DateTimeZone? fileZone = null;
        if (Text(scan, ICalendarNames.CalendarZone) is { } zoneId)
        {
            fileZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId.Trim());
            if (fileZone is null)
            {
                errors.Add(Locate(scan, ICalendarNames.CalendarZone, "VCALENDAR"), $"'{zoneId}' is not a time zone of the tz database (such as Europe/Minsk).");
            }
        }

        LocalDate? asOf = null;
        if (Text(scan, ICalendarNames.AsOf) is { } asOfText)
        {
            var result = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd").Parse(asOfText.Trim());
            if (result.Success)
            {
                asOf = result.Value;
            }
            else
            {
                errors.Add(Locate(scan, ICalendarNames.AsOf, "VCALENDAR"), $"'{asOfText}' is not a date (YYYYMMDD).");
            }
        }

        var assembler = new TimelineAssembler();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var timelineId = TimelineAssembler.IdOf(options, Text(scan, ICalendarNames.CalendarId));
        var zone = fileZone ?? options.TimeZone ?? DateTimeZone.Utc;
        for (var i = 0; i < vevents.Count && !errors.IsFull; i++)
        {
            if (parsed[i] is { } vevent)
            {
                var at = vevents[i];
                var field = string.Create(CultureInfo.InvariantCulture, $"VEVENT[{i}]");
                if (RefusedText.Build(() => ReadEvent(at, field, vevent, timelineId, zone, asOf, taken, errors), core => Locate(at, Property(core), field), errors) is { } item)
                {
                    assembler.Add(item, core => Locate(at, Property(core), field));
                }
            }
        }

        var header = new FileHeader(
            timelineId,
            Text(scan, ICalendarNames.CalendarName),
            Text(scan, ICalendarNames.CalendarDescription),
            zone,
            asOf,
            Locate(scan, ICalendarNames.CalendarName, "VCALENDAR"));
        return assembler.Build(header, options, errors);
    }

    /// <summary>
    /// The events as Ical.Net reads them, one per VEVENT. When Ical.Net cannot read the whole file, each event is
    /// read alone (with the file's time zones) so that the error is reported at the event it is in.
    /// </summary>
    private static List<CalendarEvent?> Parse(string text, string[] physical, ComponentScan scan, List<ComponentScan> vevents, ErrorCollector errors)
    {
        try
        {
            var calendar = Ical.Net.Calendar.Load(text);
            if (calendar is not null && calendar.Events.Count == vevents.Count)
            {
                return [.. calendar.Events];
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Ical.Net says what, not where: find the event by reading each alone below.
        }

        var zones = new StringBuilder();
        foreach (var zone in scan.Children.Where(c => c.Name == "VTIMEZONE"))
        {
            zones.Append(Slice(physical, zone));
        }

        var events = new List<CalendarEvent?>();
        for (var i = 0; i < vevents.Count; i++)
        {
            var alone = Alone(zones.ToString(), Slice(physical, vevents[i]));
            try
            {
                events.Add(Ical.Net.Calendar.Load(alone)?.Events.FirstOrDefault());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"VEVENT[{i}]");
                var at = Culprit(physical, zones.ToString(), vevents[i]) is { } property
                    ? new SourceLocation(property.Line, 0, $"{field}.{property.Name}")
                    : new SourceLocation(vevents[i].BeginLine, 0, field);
                errors.Add(at, FormatMessages.NotICalendar($"Ical.Net cannot read it: {e.Message}"));
                events.Add(null);
            }
        }

        return events;
    }

    /// <summary>The property without which Ical.Net can read an event it cannot read whole, if there is one such.</summary>
    private static ContentLine? Culprit(string[] physical, string zones, ComponentScan vevent)
    {
        foreach (var property in vevent.Properties)
        {
            try
            {
                Ical.Net.Calendar.Load(Alone(zones, Slice(physical, vevent, property)));
                return property;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Not this one.
            }
        }

        return null;
    }

    private static string Alone(string zones, string vevent) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + ICalendarNames.ProductId + "\r\n" + zones + vevent + "END:VCALENDAR\r\n";

    private static TimelineEvent? ReadEvent(
        ComponentScan at,
        string field,
        CalendarEvent vevent,
        string timelineId,
        DateTimeZone zone,
        LocalDate? asOf,
        HashSet<string> taken,
        ErrorCollector errors)
    {
        var fromDates = FromDates(at, field, vevent, errors);
        var title = vevent.Summary ?? string.Empty;
        if (title.Trim().Length == 0)
        {
            errors.Add(Locate(at, "SUMMARY", field), FormatMessages.NoTitle);
        }

        var when = fromDates;
        if (at.Property(ICalendarNames.Edtf) is { } edtfLine && fromDates is not null)
        {
            var edtf = Timelines.Text.EdtfPattern.Lenient.Parse(Unescape(edtfLine.Value).Trim());
            if (!edtf.Success)
            {
                errors.Add(edtfLine.Line, 0, $"{field}.{ICalendarNames.Edtf}", edtf.Exception.Message);
                return null;
            }

            // The EDTF value counts only while the dates are those it was written with.
            if (Written(edtf.Value, zone, asOf) is var (start, end) && ICalendarDates.Same(start, vevent.DtStart) && ICalendarDates.Same(end, vevent.DtEnd))
            {
                when = edtf.Value;
                var suffix = $" ({EdtfDisplayFormatter.Format(when, when.HasOpenEnd ? asOf : null)})";
                if (!ICalendarDates.IsPlain(when) && title.EndsWith(suffix, StringComparison.Ordinal))
                {
                    title = title[..^suffix.Length];
                }
            }
        }

        if (when is null || title.Trim().Length == 0)
        {
            return null;
        }

        var uid = vevent.Uid?.Trim() ?? string.Empty;
        var suffixId = "@" + timelineId;
        var id = uid.Length == 0 ? IdSlug.Unique(title, "event", taken)
            : uid.EndsWith(suffixId, StringComparison.Ordinal) && uid.Length > suffixId.Length ? uid[..^suffixId.Length]
            : uid;
        var item = new TimelineEvent(id, title, when);
        if (vevent.Description is { Length: > 0 } description)
        {
            item = item.WithSummary(description);
        }

        item = item.WithTags(vevent.Categories.Where(c => c.Length > 0));
        item = item.WithPlaces(Places(vevent));
        if (vevent.Url is { IsAbsoluteUri: true } url)
        {
            item = item.AddSources(new Source(url: url));
        }

        if (at.Property(ICalendarNames.Status) is { } status && Unescape(status.Value).Trim() is { Length: > 0 } name)
        {
            item = item.WithStatus(new EventStatus(name));
        }
        else if (string.Equals(vevent.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase))
        {
            item = item.WithStatus(EventStatus.Cancelled);
        }

        return item;
    }

    private static (CalDateTime Start, CalDateTime? End)? Written(EdtfValue when, DateTimeZone zone, LocalDate? asOf)
    {
        try
        {
            return ICalendarDates.Of(when, zone, asOf);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The value DTSTART and DTEND (or DURATION) say by themselves; null (with the problem reported) when they say none.</summary>
    private static EdtfValue? FromDates(ComponentScan at, string field, CalendarEvent vevent, ErrorCollector errors)
    {
        if (vevent.DtStart is not { } start)
        {
            errors.Add(Locate(at, "DTSTART", field), at.Property("DTSTART") is { } line
                ? $"'{line.Value}' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)."
                : "The event has no DTSTART; every event needs one.");
            return null;
        }

        var end = vevent.DtEnd;
        if (end is null && at.Property("DTEND") is { } badEnd)
        {
            errors.Add(Locate(at, "DTEND", field), $"'{badEnd.Value}' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS).");
            return null;
        }

        if (end is null && vevent.Duration is { } duration)
        {
            end = start.Add(duration);
        }

        if (end is not null && end.HasTime != start.HasTime)
        {
            errors.Add(Locate(at, "DTEND", field), "DTEND must be a date when DTSTART is a date, and a date-time when it is a date-time (RFC 5545).");
            return null;
        }

        if (!start.HasTime)
        {
            var first = LocalDate.FromDateOnly(start.Date);
            if (end is null)
            {
                return EdtfDate.ForDay(first);
            }

            var afterLast = LocalDate.FromDateOnly(end.Date);
            if (afterLast <= first)
            {
                errors.Add(Locate(at, "DTEND", field), "DTEND must be after DTSTART: for an all-day event it is the day after the last.");
                return null;
            }

            var last = afterLast.PlusDays(-1);
            return last == first ? EdtfDate.ForDay(first) : EdtfValue.Interval(EdtfDate.ForDay(first), EdtfDate.ForDay(last));
        }

        if (DateTime(start, at, "DTSTART", field, errors) is not { } from)
        {
            return null;
        }

        if (end is null)
        {
            return from;
        }

        if (DateTime(end, at, "DTEND", field, errors) is not { } to)
        {
            return null;
        }

        if (!EdtfValue.TryParse(from + "/" + to, out var value))
        {
            errors.Add(Locate(at, "DTEND", field), "DTEND must not be before DTSTART.");
            return null;
        }

        return value;
    }

    /// <summary>A date-time as EDTF, or null (reported) when its TZID is a zone Ical.Net does not know.</summary>
    private static EdtfDate? DateTime(CalDateTime time, ComponentScan at, string property, string field, ErrorCollector errors)
    {
        try
        {
            return DateTime(time);
        }
        catch (ArgumentException)
        {
            errors.Add(Locate(at, property, field), $"'{time.TzId}' is not a time zone Ical.Net knows: give a tz database id (such as Europe/Minsk) in TZID.");
            return null;
        }
    }

    /// <summary>A date-time as EDTF: UTC with Z, a zoned one with its offset there and then, a floating one as local.</summary>
    private static EdtfDate DateTime(CalDateTime time)
    {
        var local = LocalDateTime.FromDateTime(time.Value);
        if (time.IsFloating)
        {
            return EdtfDate.ForDateTime(local);
        }

        if (time.IsUtc)
        {
            return EdtfDate.ForDateTime(local.WithOffset(Offset.Zero));
        }

        var offset = Offset.FromTicks((time.Value - time.AsUtc).Ticks);
        return EdtfDate.ForDateTime(local.WithOffset(offset));
    }

    private static List<Place> Places(CalendarEvent vevent)
    {
        var places = new List<Place>();
        if (vevent.Location is { Length: > 0 } location)
        {
            places.AddRange(location.Split("; ").Where(n => n.Trim().Length > 0).Select(name => new Place(name)));
        }

        if (vevent.GeographicLocation is { } geo)
        {
            var name = places.Count > 0 ? places[0].Name : string.Create(CultureInfo.InvariantCulture, $"{geo.Latitude}, {geo.Longitude}");
            var first = new Place(name, null, geo.Latitude, geo.Longitude);
            if (places.Count > 0)
            {
                places[0] = first;
            }
            else
            {
                places.Add(first);
            }
        }

        return places;
    }

    /// <summary>The property a core field (as <see cref="TimelineProblem.Field"/> names it) was read from.</summary>
    private static string Property(string coreField) => coreField.Split('[', '.')[0] switch
    {
        "id" => "UID",
        "title" => "SUMMARY",
        "when" => "DTSTART",
        "summary" => "DESCRIPTION",
        "tags" => "CATEGORIES",
        "places" when coreField.EndsWith("tude", StringComparison.Ordinal) => "GEO",
        "places" => "LOCATION",
        "sources" => "URL",
        "status" => ICalendarNames.Status,
        _ => "BEGIN",
    };

    private static SourceLocation Locate(ComponentScan component, string property, string field) =>
        component.Property(property) is { } line
            ? new SourceLocation(line.Line, 0, $"{field}.{property}")
            : new SourceLocation(component.BeginLine, 0, property == "BEGIN" ? field : $"{field}.{property}");

    private static string? Text(ComponentScan component, string property) =>
        component.Property(property) is { } line ? Unescape(line.Value) : null;

    /// <summary>An RFC 5545 TEXT value: <c>\n</c>, <c>\,</c>, <c>\;</c> and <c>\\</c> unescaped.</summary>
    private static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>A component's text as written, without one of its properties when one is given.</summary>
    private static string Slice(string[] physical, ComponentScan component, ContentLine? without = null)
    {
        var text = new StringBuilder();
        for (var i = component.FirstPhysical; i <= component.LastPhysical; i++)
        {
            if (without is null || i < without.FirstPhysical || i > without.LastPhysical)
            {
                text.Append(physical[i]).Append("\r\n");
            }
        }

        return text.ToString();
    }
}
