using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Timelines.Benchmarks;

/// <summary>
/// Intervals in abstract time units (one unit is one second when they become events, counted from
/// <see cref="Origin"/>), generated deterministically from a seed, as the benchmark issue defines them.
/// </summary>
public sealed class Workload
{
    private static readonly Instant W1Origin = Instant.FromUtc(1900, 1, 1, 0, 0);
    private static readonly LocalDate W3First = new(1800, 1, 1);
    private static readonly LocalDate W3AsOf = new(2021, 1, 1);
    private static readonly int W3Days = Period.Between(W3First, W3AsOf, PeriodUnits.Days).Days;

    private readonly Func<int, EdtfValue> valueAt;

    private Workload(string name, long[] starts, long[] ends, long span, Instant origin, LocalDate? asOf, Func<int, EdtfValue> valueAt)
    {
        Name = name;
        Starts = starts;
        Ends = ends;
        Span = span;
        Origin = origin;
        AsOf = asOf;
        this.valueAt = valueAt;
    }

    public string Name { get; }

    /// <summary>Gets the starts, in generation order (not sorted).</summary>
    public long[] Starts { get; }

    /// <summary>Gets the exclusive ends; an ongoing event's is the end of the as-of day.</summary>
    public long[] Ends { get; }

    /// <summary>Gets the length of the time line the starts are spread over.</summary>
    public long Span { get; }

    /// <summary>Gets the instant unit 0 stands for.</summary>
    public Instant Origin { get; }

    /// <summary>Gets the as-of day of the timeline, which ends ongoing events.</summary>
    public LocalDate? AsOf { get; }

    public int Count => Starts.Length;

    /// <summary>Gets the EDTF value of the event generated <paramref name="i"/>th.</summary>
    public EdtfValue ValueAt(int i) => valueAt(i);

    /// <summary>
    /// W1: starts uniform over n × 250 units, lengths lognormal with median 600 units and σ = 1, which gives about
    /// eight hits for a query drawn the same way.
    /// </summary>
    public static Workload W1(int n, int seed = 1) => Generate("W1", n, seed, longFraction: 0);

    /// <summary>W2: W1 with 0.1% long events, each up to 5% of the whole span.</summary>
    public static Workload W2(int n, int seed = 1) => Generate("W2", n, seed, longFraction: 0.001);

    /// <summary>
    /// W3: a historical mix over 1800 to 2020 (as of 2021-01-01). Events come in bursts of about 200 around a
    /// day, spread over a month or so; 60% are days, 25% months and 15% years; half are single dates, 45%
    /// intervals of a lognormal number of days (median 10, σ = 1.5) and 5% ongoing, started in the last five years;
    /// 12% carry a qualifier (uncertain, approximate or both).
    /// </summary>
    public static Workload W3(int n, int seed = 1)
    {
        var random = new Random(seed);
        var bursts = new int[Math.Max(1, n / 200)];
        for (var b = 0; b < bursts.Length; b++)
        {
            bursts[b] = random.Next(W3Days);
        }

        var values = new EdtfValue[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = HistoricalValue(random, bursts[random.Next(bursts.Length)]);
        }

        var origin = W3First.AtMidnight().InUtc().ToInstant();
        var asOfEnd = W3AsOf.PlusDays(1).AtMidnight().InUtc().ToInstant();
        var starts = new long[n];
        var ends = new long[n];
        for (var i = 0; i < n; i++)
        {
            var extent = values[i].ToInterval(DateTimeZone.Utc);
            starts[i] = (extent.Start - origin).BclCompatibleTicks / NodaConstants.TicksPerSecond;
            ends[i] = ((extent.HasEnd ? extent.End : asOfEnd) - origin).BclCompatibleTicks / NodaConstants.TicksPerSecond;
        }

        return new Workload("W3", starts, ends, (long)W3Days * 86_400, origin, W3AsOf, i => values[i]);
    }

    /// <summary>
    /// W4: every event imprecise, so that every candidate of a query needs the exact test of uncertain bounds.
    /// Starts uniform over about 6.5 n days from the year -8000 (about nine possible hits for a W4 query); 40%
    /// months, 15% seasons, 10% years, 25% intervals from a month to a later month (lognormal, median 2 months) and
    /// 10% from a day to a later month; 10% carry a qualifier. All in UTC, no as-of day.
    /// </summary>
    public static Workload W4(int n, int seed = 1)
    {
        var random = new Random(seed);
        var first = new LocalDate(-8000, 1, 1);
        var spanDays = (int)Math.Min(6.5 * n, 6_500_000) + 60;
        var values = new EdtfValue[n];
        for (var i = 0; i < n; i++)
        {
            var day = first.PlusDays(random.Next(spanDays));
            var qualifier = random.Next(10) == 0 ? EdtfQualifier.Uncertain : EdtfQualifier.None;
            var shape = random.NextDouble();
            values[i] = shape switch
            {
                < 0.40 => EdtfDate.ForMonth(day.Year, day.Month, qualifier),
                < 0.55 => EdtfDate.ForSeason(day.Year, (EdtfSeason)(21 + random.Next(4)), qualifier),
                < 0.65 => EdtfDate.ForYear(day.Year, qualifier),
                < 0.90 => MonthsFrom(day, LogNormal(random, 2, 1), qualifier),
                _ => EdtfValue.Interval(EdtfDate.ForDay(day, qualifier), Month(day.PlusMonths(LogNormal(random, 2, 1)))),
            };
        }

        var origin = first.AtMidnight().InUtc().ToInstant();
        var starts = new long[n];
        var ends = new long[n];
        for (var i = 0; i < n; i++)
        {
            var extent = values[i].ToInterval(DateTimeZone.Utc);
            starts[i] = (extent.Start - origin).BclCompatibleTicks / NodaConstants.TicksPerSecond;
            ends[i] = (extent.End - origin).BclCompatibleTicks / NodaConstants.TicksPerSecond;
        }

        return new Workload("W4", starts, ends, (long)spanDays * 86_400, origin, null, i => values[i]);

        static EdtfValue MonthsFrom(LocalDate day, int months, EdtfQualifier qualifier) =>
            EdtfValue.Interval(EdtfDate.ForMonth(day.Year, day.Month, qualifier), Month(day.PlusMonths(months)));

        static EdtfDate Month(LocalDate day) => EdtfDate.ForMonth(day.Year, day.Month);
    }

    /// <summary>Makes a workload by name: W1, W2, W3 or W4.</summary>
    public static Workload Create(string name, int n) => name switch
    {
        "W1" => W1(n),
        "W2" => W2(n),
        "W3" => W3(n),
        "W4" => W4(n),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Use W1, W2, W3 or W4."),
    };

    /// <summary>Draws queries the way W1 draws events (W3 and W4: a week, lognormal, σ = 1).</summary>
    public (long Start, long End)[] Queries(int count, int seed = 2)
    {
        var random = new Random(seed);
        var queries = new (long, long)[count];
        for (var i = 0; i < count; i++)
        {
            var start = (long)(random.NextDouble() * Span);
            var length = Name is "W3" or "W4" ? 86_400 * Math.Max(1, LogNormal(random, 7, 1)) : LogNormalLength(random);
            queries[i] = (start, start + length);
        }

        return queries;
    }

    /// <summary>Turns a span of units into the period it stands for.</summary>
    public Interval ToInterval(long start, long end) => new(ToInstant(start), ToInstant(end));

    /// <summary>Gets the instant a unit stands for.</summary>
    public Instant ToInstant(long unit) => Origin + Duration.FromSeconds(unit);

    /// <summary>
    /// Makes the timeline of these events (ids <c>e0</c>, <c>e1</c>…, zone UTC), in generation order or sorted by
    /// start; its index is not built yet.
    /// </summary>
    public Timeline ToTimeline(bool inStartOrder = false)
    {
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (inStartOrder)
        {
            Array.Sort((long[])Starts.Clone(), order);
        }

        var events = new List<TimelineEvent>(Count);
        foreach (var i in order)
        {
            events.Add(new TimelineEvent("e" + i.ToString(CultureInfo.InvariantCulture), Name, valueAt(i)));
        }

        return new TimelineBuilder(Name, Name) { AsOf = AsOf }.AddRange(events).Build();
    }

    private static Workload Generate(string name, int n, int seed, double longFraction)
    {
        var random = new Random(seed);
        var span = (long)n * 250;
        var starts = new long[n];
        var ends = new long[n];
        for (var i = 0; i < n; i++)
        {
            var start = (long)(random.NextDouble() * span);
            var length = random.NextDouble() < longFraction
                ? 1 + (long)(random.NextDouble() * span * 0.05)
                : LogNormalLength(random);
            starts[i] = start;
            ends[i] = start + length;
        }

        // Second-precision date-times: the event covers [start, end) when its last second is end - 1.
        return new Workload(name, starts, ends, span, W1Origin, null, i => EdtfValue.Interval(
            EdtfDate.ForInstant(W1Origin + Duration.FromSeconds(starts[i])),
            EdtfDate.ForInstant(W1Origin + Duration.FromSeconds(ends[i] - 1))));
    }

    private static EdtfValue HistoricalValue(Random random, int burstDay)
    {
        var shape = random.NextDouble();
        var day = Math.Clamp(burstDay + (int)(Normal(random) * 30), 0, W3Days - 1);
        if (shape < 0.05)
        {
            // Ongoing events are recent.
            day = W3Days - 1 - random.Next(5 * 365);
        }

        var first = W3First.PlusDays(day);
        var precision = random.NextDouble();
        var start = At(first, precision, Qualifier(random));
        if (shape < 0.05)
        {
            return EdtfValue.Interval(start, EdtfEnd.Open);
        }

        if (shape < 0.55)
        {
            return EdtfValue.ForDate(start);
        }

        var last = first.PlusDays(LogNormal(random, 10, 1.5));
        if (last >= W3AsOf)
        {
            last = W3AsOf.PlusDays(-1);
        }

        var end = At(last, precision, Qualifier(random));
        return start.Equals(end) ? EdtfValue.ForDate(start) : EdtfValue.Interval(start, end);
    }

    private static EdtfDate At(LocalDate day, double precision, EdtfQualifier qualifier) => precision switch
    {
        < 0.60 => EdtfDate.ForDay(day, qualifier),
        < 0.85 => EdtfDate.ForMonth(day.Year, day.Month, qualifier),
        _ => EdtfDate.ForYear(day.Year, qualifier),
    };

    private static EdtfQualifier Qualifier(Random random) => random.Next(100) switch
    {
        < 5 => EdtfQualifier.Uncertain,
        < 10 => EdtfQualifier.Approximate,
        < 12 => EdtfQualifier.Uncertain | EdtfQualifier.Approximate,
        _ => EdtfQualifier.None,
    };

    private static long LogNormalLength(Random random) => LogNormal(random, 600, 1);

    private static int LogNormal(Random random, double median, double sigma) =>
        (int)Math.Max(1, Math.Round(Math.Exp(Math.Log(median) + (sigma * Normal(random)))));

    private static double Normal(Random random)
    {
        // Box–Muller for a standard normal.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
