namespace Timelines.Formats.ICalendar.Internal;

/// <summary>The iCalendar properties the writer adds beyond RFC 5545's, as the reader looks them up.</summary>
internal static class ICalendarNames
{
    /// <summary>The event's EDTF value, as written in the timeline (<c>2022-02~/2022-03~</c>).</summary>
    public const string Edtf = "X-EDTF";

    /// <summary>The event's status by its timeline name (<c>alleged</c>), which STATUS cannot say.</summary>
    public const string Status = "X-TIMELINES-STATUS";

    /// <summary>The timeline's as-of day (<c>20250501</c>).</summary>
    public const string AsOf = "X-TIMELINES-AS-OF";

    public const string CalendarName = "X-WR-CALNAME";
    public const string CalendarDescription = "X-WR-CALDESC";
    public const string CalendarZone = "X-WR-TIMEZONE";
    public const string CalendarId = "X-WR-RELCALID";

    public const string ProductId = "-//Timelines//Timelines.Formats//EN";
}
