using NodaTime;
using NodaTime.Text;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The time line of docs/semantics.md section 1, computed with NodaTime alone: ticks from the Unix epoch, the four
/// values at its ends, days in a zone, and date-times placed in a zone.
/// </summary>
/// <remarks>
/// Ticks are computed from a local date-time and the offset NodaTime gives for it, never through
/// <see cref="Instant"/>: the start of -9998-01-01 in a zone east of UTC, and the end of 9999-12-31 in any zone but
/// one far east, lie a few hours outside NodaTime's instant range, yet the semantics place them on the time line.
/// </remarks>
internal static class TickAxis
{
    /// <summary>An open start, <c>−∞</c>.</summary>
    public const long OpenStart = long.MinValue;

    /// <summary>The earliest start of an unknown start, <c>−∞ + 1</c>.</summary>
    public const long UnknownStart = long.MinValue + 1;

    /// <summary>The latest end of an unknown end, <c>+∞ − 1</c>.</summary>
    public const long UnknownEnd = long.MaxValue - 1;

    /// <summary>An open end that never ends, <c>+∞</c>.</summary>
    public const long OpenEnd = long.MaxValue;

    private static readonly LocalDate Epoch = new(1970, 1, 1);

    /// <summary>The start of a day in a zone: midnight, or the first moment after it where a change skips midnight.</summary>
    /// <remarks>
    /// A day that a zone skips entirely (Pacific/Apia skipped 30 December 2011) has no moment of its own; it is
    /// taken to start where the next day starts, so that it is empty. The semantics do not say (a question in the
    /// report); the generators never make such a day the first or last granule of a date or a period.
    /// </remarks>
    public static long StartOfDay(LocalDate date, DateTimeZone zone)
    {
        try
        {
            var start = zone.AtStartOfDay(date);
            return LocalTicks(start.LocalDateTime) - start.Offset.Ticks;
        }
        catch (SkippedTimeException)
        {
            return StartOfDay(date.PlusDays(1), zone);
        }
    }

    /// <summary>The end of a day in a zone: the start of the next day (for 9999-12-31, the first moment of 10000-01-01).</summary>
    public static long EndOfDay(LocalDate date, DateTimeZone zone)
    {
        if (date != LocalDate.MaxIsoValue)
        {
            return StartOfDay(date.PlusDays(1), zone);
        }

        // 10000-01-01 is no LocalDate: its midnight is the local tick after the last day, at the offset in force
        // at the start of that last day (no zone changes its offset on 31 December 9999).
        var start = zone.AtStartOfDay(date);
        return LocalTicks(date.AtMidnight()) + NodaConstants.TicksPerDay - start.Offset.Ticks;
    }

    /// <summary>The tick of a local date-time in a zone: an ambiguous time takes the earlier instant, a skipped one the first instant after the gap.</summary>
    public static long Place(LocalDateTime local, DateTimeZone zone)
    {
        var mapping = zone.MapLocal(local);
        if (mapping.Count > 0)
        {
            var zoned = mapping.First();
            return LocalTicks(zoned.LocalDateTime) - zoned.Offset.Ticks;
        }

        // In a gap: the first instant of the zone interval after it.
        return mapping.LateInterval.Start.ToUnixTimeTicks();
    }

    /// <summary>The tick of a date-time with an offset: the same in every zone.</summary>
    public static long Place(LocalDateTime local, Offset offset) => LocalTicks(local) - offset.Ticks;

    /// <summary>The tick of an instant.</summary>
    public static long Of(Instant instant) => instant.ToUnixTimeTicks();

    /// <summary>The ticks of a local date-time counted from the local epoch, as if it were UTC.</summary>
    public static long LocalTicks(LocalDateTime local) =>
        (Period.DaysBetween(Epoch, local.Date) * NodaConstants.TicksPerDay) + local.TimeOfDay.TickOfDay;

    /// <summary>Text for a tick in reports: the four ends by name, the rest as UTC instants (beyond NodaTime's range, as ticks).</summary>
    public static string Show(long tick) => tick switch
    {
        OpenStart => "−∞",
        UnknownStart => "−∞+1",
        UnknownEnd => "+∞−1",
        OpenEnd => "+∞",
        _ when tick >= Instant.MinValue.ToUnixTimeTicks() && tick <= Instant.MaxValue.ToUnixTimeTicks() =>
            InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(tick)),
        _ => $"tick {tick}",
    };
}
