using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Semantics;

/// <summary>
/// Random timelines, values, periods and queries for the semantics property tests. Dates crowd into a few months
/// of 2022 so that events meet, touch, nest and narrow one another, with every precision, level 1 <c>X</c> digits
/// (single dates only: level 1 has none inside an interval), qualifiers, open and unknown ends, date-times with an
/// offset and local ones (some in DST gaps and overlaps), six zones, as-of days before, inside and after the
/// events, and the edges of the calendar (-9998 and 9999).
/// </summary>
internal static class SemanticsGenerators
{
    public static readonly DateTimeZone Minsk = DateTimeZoneProviders.Tzdb["Europe/Minsk"];
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone Apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
    public static readonly DateTimeZone Kathmandu = DateTimeZoneProviders.Tzdb["Asia/Kathmandu"];
    public static readonly DateTimeZone SaoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];

    public static readonly string[] TagPool = ["a", "b"];

    private static readonly DateTimeZone[] Zones = [DateTimeZone.Utc, Minsk, NewYork, Apia, Kathmandu, SaoPaulo];

    // Days where a zone changes: New York's DST in 2022, São Paulo's (it skipped midnight) in 2018-2019, and Apia
    // skipping 30 December 2011 (the day itself is left out: the semantics give it no moment, see TickAxis).
    private static readonly LocalDate[] ChangeDays =
    [
        new(2022, 3, 13), new(2022, 11, 6), new(2018, 11, 4), new(2019, 2, 16), new(2019, 2, 17), new(2011, 12, 29), new(2011, 12, 31),
    ];

    private static readonly LocalDateTime[] ChangeTimes =
    [
        new(2022, 3, 13, 2, 30, 0), new(2022, 3, 13, 3, 0, 0), new(2022, 11, 6, 1, 30, 0), new(2018, 11, 4, 0, 30, 0),
        new(2018, 11, 4, 1, 0, 0), new(2019, 2, 16, 23, 30, 0), new(2011, 12, 29, 23, 59, 59), new(2011, 12, 31, 0, 0, 0),
    ];

    private static readonly int[] DayPool = [1, 8, 10, 12, 24, 28];

    public static DateTimeZone Zone(Random random) => Zones[random.Next(Zones.Length)];

    public static Timeline Timeline(Random random, int maxEvents = 20)
    {
        var builder = new TimelineBuilder("t", "Random") { TimeZone = Zone(random), AsOf = AsOf(random) };
        var count = random.Next(12) == 0 ? 0 : 1 + random.Next(maxEvents);
        var values = new List<EdtfValue>();
        for (var i = 0; i < count; i++)
        {
            var when = values.Count > 0 && random.Next(8) == 0 ? values[random.Next(values.Count)] : Value(random);
            values.Add(when);

            // Ids in an order unrelated to the events', so that ties in ES and LE are broken by id.
            var id = string.Create(CultureInfo.InvariantCulture, $"e{random.Next(100):D2}-{i}");
            var item = new TimelineEvent(id, "Event " + id, when);
            foreach (var tag in TagPool)
            {
                if (random.Next(3) == 0)
                {
                    item = item.AddTags(tag);
                }
            }

            builder.Add(item);
        }

        return builder.Build();
    }

    /// <summary>An as-of day: none, before, inside or after the events, or at an edge of the calendar.</summary>
    public static LocalDate? AsOf(Random random) => random.Next(10) switch
    {
        0 or 1 => null,
        2 => new LocalDate(2019 + random.Next(2), 1 + random.Next(12), 1 + random.Next(28)),
        3 => new LocalDate(2024 + random.Next(3), 1 + random.Next(12), 1 + random.Next(28)),
        4 => random.Next(2) == 0 ? LocalDate.MaxIsoValue : new LocalDate(-9998, 1, 1 + random.Next(3)),
        5 => ChangeDays[random.Next(ChangeDays.Length)],
        _ => Day(random, 2022),
    };

    public static EdtfValue Value(Random random)
    {
        switch (random.Next(20))
        {
            case 0 or 1:
                return Unspecified(random);
            case < 9:
                return EdtfValue.ForDate(Date(random));
        }

        for (var attempt = 0; ; attempt++)
        {
            var (start, end) = random.Next(5) == 0 ? Nested(random) : (End(random, isStart: true), End(random, isStart: false));
            if (start.Kind != EdtfEndKind.Date && end.Kind != EdtfEndKind.Date)
            {
                continue;
            }

            var value = TryInterval(start, end) ?? (start.Kind == EdtfEndKind.Date && end.Kind == EdtfEndKind.Date ? TryInterval(end, start) : null);
            if (value is not null && HasResolutionsInEveryZone(value))
            {
                return value;
            }

            if (attempt > 20)
            {
                return EdtfValue.ForDate(Date(random));
            }
        }
    }

    /// <summary>A level 1 date with unspecified digits: <c>202X</c>, <c>20XX</c>, <c>2022-XX</c>, <c>2022-03-XX</c>, <c>2022-XX-XX</c>.</summary>
    public static EdtfValue Unspecified(Random random)
    {
        var year = random.Next(6) == 0 ? 2010 + random.Next(3) : 2022;
        var text = random.Next(5) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{year / 10}X"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{year / 100}XX"),
            2 => string.Create(CultureInfo.InvariantCulture, $"{year}-XX"),
            3 => string.Create(CultureInfo.InvariantCulture, $"{year}-{1 + random.Next(12):D2}-XX"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{year}-XX-XX"),
        };
        return EdtfValue.Parse(text + (random.Next(4) == 0 ? "?" : string.Empty));
    }

    public static EdtfDate Date(Random random)
    {
        var year = Year(random);
        var qualifier = random.Next(8) switch
        {
            0 => EdtfQualifier.Uncertain,
            1 => EdtfQualifier.Approximate,
            2 => EdtfQualifier.Uncertain | EdtfQualifier.Approximate,
            _ => EdtfQualifier.None,
        };
        switch (random.Next(20))
        {
            case 0 or 1:
                return EdtfDate.ForYear(year, qualifier);
            case 2 or 3 when year < 9999:
                return EdtfDate.ForSeason(year, (EdtfSeason)(21 + random.Next(4)), qualifier);
            case < 8:
                return EdtfDate.ForMonth(year, Month(random, year), qualifier);
            case < 11:
                var local = random.Next(3) == 0 ? ChangeTimes[random.Next(ChangeTimes.Length)] : Day(random, year).At(Time(random));
                if (random.Next(2) == 0)
                {
                    return EdtfDate.ForDateTime(local);
                }

                var offset = year is -9998 or 9999 ? Offset.Zero : Offset.FromHoursAndMinutes(random.Next(-5, 6), random.Next(4) == 0 ? 45 : 0);
                return EdtfDate.ForDateTime(local.WithOffset(offset));
            default:
                return EdtfDate.ForDay(random.Next(6) == 0 ? ChangeDays[random.Next(ChangeDays.Length)] : Day(random, year), qualifier);
        }
    }

    /// <summary>An instant where answers change: starts of days in the zones, the instants of date-times, a tick or a second either side.</summary>
    public static Instant Instant(Random random, DateTimeZone zone)
    {
        var nudge = random.Next(6) switch
        {
            0 => Duration.FromTicks(-1),
            1 => Duration.FromTicks(1),
            2 => Duration.FromSeconds(1),
            3 => Duration.FromHours(random.Next(-12, 13)),
            _ => Duration.Zero,
        };
        switch (random.Next(12))
        {
            case 0:
                return NodaTime.Instant.MinValue + (nudge > Duration.Zero ? nudge : Duration.Zero);
            case 1:
                return NodaTime.Instant.MaxValue - (nudge > Duration.Zero ? nudge : Duration.Zero);
            case < 4:
                var date = Date(random);
                if (date.TimeOfDay is { } time)
                {
                    var local = date.FirstDay.At(time);
                    return Clamp(date.Offset is { } offset ? TickAxis.Place(local, offset) : TickAxis.Place(local, zone), nudge);
                }

                return Clamp(TickAxis.StartOfDay(date.FirstDay, random.Next(4) == 0 ? Zone(random) : zone), nudge);
            default:
                return Clamp(TickAxis.StartOfDay(Day(random, Year(random)), random.Next(4) == 0 ? Zone(random) : zone), nudge);
        }
    }

    public static PeriodSpec Period(Random random, Timeline timeline, bool events = true)
    {
        var zone = random.Next(4) == 0 ? Zone(random) : null;
        var isImplicit = random.Next(3) == 0;
        switch (random.Next(events ? 7 : 6))
        {
            case 0:
                var a = Instant(random, timeline.TimeZone);
                var b = Instant(random, timeline.TimeZone);
                if (a == b)
                {
                    b = a == NodaTime.Instant.MaxValue ? b : a + Duration.FromTicks(1);
                    a = a == b ? a - Duration.FromTicks(1) : a;
                }

                var (start, end) = a < b ? (a, b) : (b, a);
                return PeriodSpec.ForInterval(random.Next(6) == 0 ? null : start, random.Next(6) == 0 ? null : end, isImplicit);
            case 1:
                return PeriodSpec.ForInstant(Instant(random, timeline.TimeZone), isImplicit);
            case 2:
                var first = random.Next(8) == 0 ? ChangeDays[random.Next(ChangeDays.Length)] : Day(random, Year(random));
                var last = random.Next(2) == 0 || first.Year == 9999 ? first : first.PlusDays(random.Next(60));
                return PeriodSpec.ForDates(new DateInterval(first, last), zone, isImplicit);
            case 3:
                return PeriodSpec.ForCovering(Value(random), zone);
            case 4 or 5:
                return PeriodSpec.ForEdtf(Value(random), zone, isImplicit);
            default:
                return timeline.Count == 0 || random.Next(8) == 0
                    ? PeriodSpec.ForEvent(new TimelineEvent("outside", "Not of the timeline", Value(random)), isImplicit)
                    : PeriodSpec.ForEvent(timeline.Events[random.Next(timeline.Count)], isImplicit);
        }
    }

    /// <summary>A period of whole days in the timeline's zone: days, a value of dates, or an event of dates.</summary>
    public static PeriodSpec DaysPeriod(Random random, Timeline timeline)
    {
        while (true)
        {
            var period = Period(random, timeline);
            var value = period.Value ?? period.Event?.When;
            if (period.Zone is null && period.Kind is not (PeriodKind.Interval or PeriodKind.Instant) && (value is null || !HasDateTime(value)))
            {
                return period;
            }
        }
    }

    /// <summary>The timeline without its events that have a date-time: a timeline of dates (section 6).</summary>
    public static Timeline WithoutDateTimes(Timeline timeline)
    {
        foreach (var item in timeline.Events)
        {
            if (HasDateTime(item.When))
            {
                timeline = timeline.WithoutEvent(item.Id);
            }
        }

        return timeline;
    }

    public static QuerySpec Query(Random random, Timeline timeline, QueryKind kind, AllenRelation? relation = null)
    {
        var period = kind switch
        {
            QueryKind.None => null,
            QueryKind.At => PeriodSpec.ForInstant(Instant(random, timeline.TimeZone)),
            QueryKind.On => PeriodSpec.ForDates(Day(random, Year(random)) is var day ? new DateInterval(day, day) : null!, random.Next(3) == 0 ? Zone(random) : null),
            _ => Period(random, timeline),
        };
        return new QuerySpec(
            kind,
            period,
            random.Next(2) == 0 ? Certainty.Possibly : Certainty.Certainly,
            random.Next(2) == 0 ? OpenEnds.UntilAsOf : OpenEnds.Forever,
            relation ?? (AllenRelation)random.Next(13),
            Count: random.Next(6),
            Tag: random.Next(6) == 0 ? TagPool[random.Next(TagPool.Length)] : null,
            Skip: random.Next(8) == 0 ? random.Next(3) : 0,
            Take: random.Next(6) == 0 ? random.Next(5) : null);
    }

    /// <summary>A day, crowded into a few days of early 2022 when the year is 2022.</summary>
    public static LocalDate Day(Random random, int year)
    {
        var month = Month(random, year);
        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        var day = random.Next(3) switch
        {
            0 => DayPool[random.Next(DayPool.Length)],
            1 => days,
            _ => 1 + random.Next(days),
        };
        var result = new LocalDate(year, month, Math.Min(day, days));
        return result == new LocalDate(2011, 12, 30) ? result.PlusDays(1) : result;
    }

    private static int Year(Random random) => random.Next(20) switch
    {
        0 => -9998,
        1 => 9999,
        2 => 2011,
        3 => 2018 + random.Next(2),
        4 => random.Next(-9998, 10000),
        < 8 => 2021 + random.Next(3),
        _ => 2022,
    };

    private static int Month(Random random, int year) => year == 2022 && random.Next(3) > 0 ? 2 + random.Next(3) : 1 + random.Next(12);

    private static LocalTime Time(Random random) => random.Next(3) == 0
        ? new LocalTime(random.Next(24), random.Next(60), random.Next(60))
        : new LocalTime(random.Next(4) * 6, 0, 0);

    private static EdtfEnd End(Random random, bool isStart) => random.Next(10) switch
    {
        0 => EdtfEnd.Open,
        1 => EdtfEnd.Unknown,
        2 when !isStart => EdtfEnd.Open,
        3 when !isStart => EdtfEnd.Unknown,
        _ => Date(random),
    };

    /// <summary>A date and a coarser one that holds it, either way round: the intervals the narrowing works on.</summary>
    private static (EdtfEnd Start, EdtfEnd End) Nested(Random random)
    {
        var inner = Date(random);
        var day = inner.FirstDay;
        EdtfDate outer = random.Next(3) switch
        {
            0 => EdtfDate.ForYear(day.Year),
            1 when day.Year < 9999 && day.Month is >= 3 and <= 11 => EdtfDate.ForSeason(day.Year, (EdtfSeason)(21 + ((day.Month - 3) / 3))),
            _ => EdtfDate.ForMonth(day.Year, day.Month),
        };
        return random.Next(2) == 0 ? (inner, outer) : (outer, inner);
    }

    /// <summary>
    /// Whether the semantics give the value resolutions in every zone. Two local date-times around a DST gap can
    /// come out the wrong way round once placed (São Paulo's 00:30 moves to 01:30, after 01:00): the semantics do not
    /// say what such an interval means (a question in the report), so the generators leave it out.
    /// </summary>
    private static bool HasResolutionsInEveryZone(EdtfValue value)
    {
        try
        {
            foreach (var zone in Zones)
            {
                _ = SemanticsOracle.Points(value, zone, ongoingUntil: null);
            }

            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool HasDateTime(EdtfValue value) =>
        (value.Start.Kind == EdtfEndKind.Date && value.Start.Date.TimeOfDay.HasValue) || (value.End.Kind == EdtfEndKind.Date && value.End.Date.TimeOfDay.HasValue);

    private static EdtfValue? TryInterval(EdtfEnd start, EdtfEnd end)
    {
        try
        {
            return EdtfValue.Interval(start, end);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Instants near the edges of the calendar may fall outside NodaTime's range: they are moved inside it.
    private static Instant Clamp(long tick, Duration nudge)
    {
        var ticks = (Int128)tick + nudge.BclCompatibleTicks;
        var min = NodaTime.Instant.MinValue.ToUnixTimeTicks();
        var max = NodaTime.Instant.MaxValue.ToUnixTimeTicks();
        return NodaTime.Instant.FromUnixTimeTicks((long)Int128.Clamp(ticks, min, max));
    }
}
