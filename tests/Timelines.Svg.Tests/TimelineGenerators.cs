using System;
using System.Linq;
using CsCheck;
using NodaTime;

namespace Timelines.Svg.Tests;

/// <summary>
/// CsCheck generators of timelines for the picture's properties: a few dozen events in a few recent years, at
/// every precision from a year to a second, with open and unknown ends, titles of awkward characters, and
/// clusters that force labels into many rows.
/// </summary>
internal static class TimelineGenerators
{
    private static readonly Instant Origin = Instant.FromUtc(2021, 1, 1, 0, 0);

    private static readonly Gen<EdtfQualifier> Qualifier = Gen.OneOf(
        EdtfQualifier.None, EdtfQualifier.Uncertain, EdtfQualifier.Approximate);

    public static readonly Gen<EdtfDate> Date = Gen.Frequency(
        (1, (IGen<EdtfDate>)(from y in Gen.Int[2020, 2023] from q in Qualifier select EdtfDate.ForYear(y, q))),
        (2, from y in Gen.Int[2020, 2023] from m in Gen.Int[1, 12] from q in Qualifier select EdtfDate.ForMonth(y, m, q)),
        (3, from d in Gen.Int[0, 1000] from q in Qualifier select EdtfDate.ForDay(new LocalDate(2020, 6, 1).PlusDays(d), q)),
        (1, from s in Gen.Int[0, 3_000_000] select EdtfDate.ForInstant(Origin + Duration.FromSeconds(s * 29L))));

    public static readonly Gen<EdtfValue> Value = Gen.Frequency(
        (3, (IGen<EdtfValue>)Date.Select(EdtfValue.ForDate)),
        (3, from a in Date from b in Date select Ordered(a, b)),
        (1, Date.Select(d => EdtfValue.Interval(d, EdtfEnd.Open))),
        (1, Date.Select(d => EdtfValue.Interval(d, EdtfEnd.Unknown))),
        (1, Date.Select(d => EdtfValue.Interval(EdtfEnd.Open, d))),
        (1, Date.Select(d => EdtfValue.Interval(EdtfEnd.Unknown, d))));

    /// <summary>Titles from fragments that stress escaping and width estimates: markup, wide letters, CJK, emoji.</summary>
    public static readonly Gen<string> Title =
        Gen.OneOf("Talks", "WWW MMM", "a < b & c > d", "\"quoted\" 'text'", "i.l.j", "北京会谈", "🚀 launch", "Ünïcödé", " x ", "—", "A\uFFFFB", "long title with many words in it")
            .Array[1, 5]
            .Select(parts => string.Concat(parts).Trim() is { Length: > 0 } t ? t : "untitled");

    public static readonly Gen<string[]> Tags = Gen.OneOf("politics", "military", "sanctions", "a&b").Array[0, 2];

    public static readonly Gen<DateTimeZone> Zone = Gen.OneOf("UTC", "Europe/Minsk", "America/New_York", "Asia/Kathmandu")
        .Select(id => DateTimeZoneProviders.Tzdb[id]);

    public static readonly Gen<Timeline> Timeline =
        from events in Gen.Select(Value, Title, Tags).Array[0, 40]
        from zone in Zone
        from asOf in Gen.Int[-1, 1400]
        select Build(events, zone, asOf);

    public static readonly Gen<TimelineSvgOptions> Options =
        from width in Gen.Int[TimelineSvgOptions.MinWidth, 2400]
        from fontSize in Gen.Int[8, 20]
        from grouping in Gen.OneOf(TimelineSvgGrouping.ByFirstTag, TimelineSvgGrouping.ByFirstActor, TimelineSvgGrouping.None)
        from maxLine in Gen.Int[TimelineSvgOptions.MinLabelLineLength, 80]
        select new TimelineSvgOptions { Width = width, FontSize = fontSize, Grouping = grouping, MaxLabelLineLength = maxLine };

    private static Timeline Build((EdtfValue When, string Title, string[] Tags)[] events, DateTimeZone zone, int asOf)
    {
        var items = events.Select((e, i) => new TimelineEvent(i % 5 == 0 ? $"e{i} <&_x\"{i}" : $"e{i}", e.Title, e.When).WithTags(e.Tags.Distinct(StringComparer.Ordinal)));
        return new TimelineBuilder("random", "Random timeline")
        {
            TimeZone = zone,
            AsOf = asOf < 0 ? null : new LocalDate(2020, 6, 1).PlusDays(asOf),
        }.AddRange(items).Build();
    }

    private static EdtfValue Ordered(EdtfDate a, EdtfDate b)
    {
        var first = a.FirstDay <= b.FirstDay ? a : b;
        var second = ReferenceEquals(first, a) ? b : a;
        return EdtfValue.TryParse($"{first}/{second}", out var value) ? value : EdtfValue.ForDate(first);
    }
}
