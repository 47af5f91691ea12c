using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Timelines.Svg.Layout;

/// <summary>
/// Chooses the ticks of the time axis: years (every 1, 2, 5, 10... years, as many as their labels allow), months
/// when a month is wide enough to see, and days when a day is wide enough to label. A label is left out where it
/// would run into the previous label of its row or past the plot.
/// </summary>
internal static class AxisTicks
{
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

    public static List<AxisTick> Choose(TimeScale scale, DateTimeZone zone, ChartMetrics metrics)
    {
        var ticks = new List<AxisTick>();
        var start = Math.Max(scale.Start, CalendarTicks.SafeMin);
        var end = Math.Min(scale.End, CalendarTicks.SafeMax);
        if (end <= start)
        {
            return ticks;
        }

        var fontSize = metrics.FontSize;
        var pixelsPerDay = scale.PixelsPerDay;
        var pixelsPerYear = pixelsPerDay * 365.25;
        var yearLabelRoom = TextMetrics.Width("00000", fontSize) + fontSize;
        var step = Array.Find(YearSteps, s => s * pixelsPerYear >= yearLabelRoom);
        if (step == 0)
        {
            step = YearSteps[^1];
        }

        var years = new List<AxisTick>();
        var firstYear = CalendarTicks.DateOf(start, zone).Year;
        var lastYear = CalendarTicks.DateOf(end, zone).Year;
        for (var year = RoundUp(firstYear, step); year <= lastYear; year += step)
        {
            var at = CalendarTicks.StartOfDay(new LocalDate(year, 1, 1), zone);
            if (at >= start && at <= end)
            {
                years.Add(new AxisTick(AxisLevel.Year, scale.X(at), Year(year), true));
            }
        }

        // Name the year the plot starts in only when every year has a tick; "-334" before "-200" would puzzle.
        AddLabels(ticks, years, step == 1 ? Year(firstYear) : null, AxisLevel.Year, scale, fontSize);

        var pixelsPerMonth = pixelsPerDay * 30.44;
        if (step == 1 && pixelsPerMonth >= 4)
        {
            var labelled = pixelsPerMonth >= TextMetrics.Width("May", fontSize) + fontSize;
            var months = new List<AxisTick>();
            for (var at = CalendarTicks.StartOfNextMonth(start, zone); at <= end; at = NextMonth(at, zone))
            {
                var date = CalendarTicks.DateOf(at, zone);
                months.Add(new AxisTick(AxisLevel.Month, scale.X(at), labelled ? Month(date) : null, date.Month != 1));
            }

            AddLabels(ticks, months, labelled ? Month(CalendarTicks.DateOf(start, zone)) : null, AxisLevel.Month, scale, fontSize);
        }

        if (pixelsPerDay >= 2.2 * fontSize)
        {
            var days = new List<AxisTick>();
            for (var at = CalendarTicks.StartOfNextDay(start, zone); at <= end; at = NextDay(at, zone))
            {
                var date = CalendarTicks.DateOf(at, zone);
                days.Add(new AxisTick(AxisLevel.Day, scale.X(at), date.Day.ToString(CultureInfo.InvariantCulture), date.Day != 1));
            }

            AddLabels(ticks, days, CalendarTicks.DateOf(start, zone).Day.ToString(CultureInfo.InvariantCulture), AxisLevel.Day, scale, fontSize);
        }

        return ticks;
    }

    /// <summary>
    /// Adds the ticks of one row, naming the period the plot starts in at its left edge when no tick is there, and
    /// dropping each label that would overlap the one before it or run past the plot.
    /// </summary>
    private static void AddLabels(List<AxisTick> into, List<AxisTick> row, string? leftLabel, AxisLevel level, TimeScale scale, double fontSize)
    {
        var padding = 0.3 * fontSize;
        var gap = 0.6 * fontSize;
        var lastEnd = double.NegativeInfinity;
        if (leftLabel is not null && (row.Count == 0 || row[0].X > scale.Left + padding + TextMetrics.Width(leftLabel, fontSize) + gap))
        {
            into.Add(new AxisTick(level, scale.Left, leftLabel, false));
            lastEnd = scale.Left + padding + TextMetrics.Width(leftLabel, fontSize);
        }

        foreach (var tick in row)
        {
            if (tick.Label is null)
            {
                into.Add(tick);
                continue;
            }

            var labelStart = tick.X + padding;
            var labelEnd = labelStart + TextMetrics.Width(tick.Label, fontSize);
            var fits = labelStart >= lastEnd + gap && labelEnd <= scale.Right;
            into.Add(fits ? tick : tick with { Label = null });
            if (fits)
            {
                lastEnd = labelEnd;
            }
        }
    }

    private static int RoundUp(int year, int step)
    {
        var remainder = ((year % step) + step) % step;
        return remainder == 0 ? year : year + step - remainder;
    }

    private static long NextMonth(long ticks, DateTimeZone zone) =>
        CalendarTicks.StartOfDay(CalendarTicks.DateOf(ticks, zone).PlusMonths(1), zone);

    private static long NextDay(long ticks, DateTimeZone zone) =>
        CalendarTicks.StartOfDay(CalendarTicks.DateOf(ticks, zone).PlusDays(1), zone);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Month(LocalDate date) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(date.Month);
}
