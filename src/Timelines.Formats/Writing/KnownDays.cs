using NodaTime;

namespace Timelines.Formats.Writing;

/// <summary>
/// The days a value may cover, for formats that can only say "from this day to that day": from the earliest day
/// it may have started to the latest day it may have ended, in a zone. A side that is open or unknown takes the
/// other side's span; an ongoing end is the as-of day.
/// </summary>
internal static class KnownDays
{
    public static (LocalDate First, LocalDate? Last) Of(EdtfValue when, DateTimeZone zone, LocalDate? asOf)
    {
        var bounds = when.Bounds;
        var knownStart = Day(bounds.EarliestStart, zone);
        var knownEnd = Day(bounds.LatestEnd, zone);
        var first = knownStart ?? Day(bounds.EarliestEnd, zone) ?? knownEnd!.Value;
        LocalDate? last = bounds.LatestEnd.Kind switch
        {
            EdtfBoundKind.Open => asOf is { } day && day >= first ? day : null,
            EdtfBoundKind.Unknown => Day(bounds.LatestStart, zone) ?? first,
            _ => knownEnd,
        };
        return (first, last);
    }

    public static LocalDate? Day(EdtfBound bound, DateTimeZone zone) => bound.Kind switch
    {
        EdtfBoundKind.Date => bound.Date,
        EdtfBoundKind.LocalDateTime => bound.LocalDateTime.Date,
        EdtfBoundKind.Instant => bound.Instant.InZone(zone).Date,
        _ => null,
    };
}
