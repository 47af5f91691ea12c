using System;
using System.IO;
using System.Text;
using Timelines.Formats.ICalendar.Internal;
using Timelines.Formats.Reading;

namespace Timelines.Formats;

/// <summary>
/// Reads and writes timelines as iCalendar (RFC 5545, with Ical.Net): one VEVENT per event, for calendar
/// applications.
/// </summary>
/// <remarks>
/// <para>
/// Whole days are all-day events (<c>VALUE=DATE</c>, with the exclusive <c>DTEND</c> RFC 5545 requires); date-times
/// keep their zone (UTC for those with an offset, the timeline's zone for local ones, with its VTIMEZONE). A month,
/// year or season becomes an all-day span of what is known (<c>2022-02</c> is 1 to 28 February), its EDTF value is
/// kept in <c>X-EDTF</c>, and the summary says the date in words ("Drills (about March 2022)") so that the
/// qualifier shows in any calendar. An ongoing end is cut at the timeline's as-of day, or left out when there is
/// none. Reading back what the writer wrote restores the EDTF values, unless the event's dates were changed since.
/// </para>
/// <para>The mapping is in <c>docs/formats/icalendar.md</c>.</para>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
/// </remarks>
public static class TimelineICalendar
{
    /// <summary>The format's name in <see cref="TimelineFormatException.Format"/>.</summary>
    public const string FormatName = "icalendar";

    /// <summary>Writes a timeline as iCalendar (UTF-8, no byte order mark).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Ics">Where to write.</param>
    /// <param name="options">The clock for DTSTAMP; <see cref="TimelineICalendarOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="utf8Ics"/> is null.</exception>
    /// <exception cref="ArgumentException">An event lies before the year 1, which iCalendar cannot write.</exception>
    public static void Write(Timeline timeline, Stream utf8Ics, TimelineICalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Ics);
        using var writer = new StreamWriter(utf8Ics, new UTF8Encoding(false), leaveOpen: true);
        Write(timeline, writer, options);
    }

    /// <summary>Writes a timeline as iCalendar.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">The clock for DTSTAMP; <see cref="TimelineICalendarOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">An event lies before the year 1, which iCalendar cannot write.</exception>
    public static void Write(Timeline timeline, TextWriter writer, TimelineICalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        ICalendarWriter.Write(timeline, writer, options ?? TimelineICalendarOptions.Default);
    }

    /// <summary>Reads a timeline from iCalendar (UTF-8).</summary>
    /// <param name="utf8Ics">The iCalendar file.</param>
    /// <param name="options">The timeline's id, title and zone where the file gives none; <see cref="TimelineReaderOptions.Default"/> when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ics"/> is null.</exception>
    /// <exception cref="TimelineFormatException">The file is not iCalendar or an event cannot be read; every problem is listed with its line and property.</exception>
    public static Timeline Read(Stream utf8Ics, TimelineReaderOptions? options = null) =>
        ICalendarReader.Read(TextInput.ReadUtf8OrThrow(utf8Ics, FormatName), options ?? TimelineReaderOptions.Default);

    /// <summary>Reads a timeline from iCalendar text.</summary>
    /// <param name="reader">The iCalendar text.</param>
    /// <param name="options">The timeline's id, title and zone where the file gives none; <see cref="TimelineReaderOptions.Default"/> when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="TimelineFormatException">The file is not iCalendar or an event cannot be read; every problem is listed with its line and property.</exception>
    public static Timeline Read(TextReader reader, TimelineReaderOptions? options = null) =>
        ICalendarReader.Read(TextInput.Read(reader), options ?? TimelineReaderOptions.Default);
}
