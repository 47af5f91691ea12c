using System;
using System.Collections.Generic;
using NodaTime;
using Timelines.Serialization;

namespace Timelines.Benchmarks.Serialization;

/// <summary>
/// A deterministic, realistic timeline for the JSON benchmarks, built with the library's own API from a seeded
/// <see cref="Random"/>: mixed precisions and qualifiers, intervals with open and unknown ends, date-times with
/// offsets, and events with actors, places, tags, sources and relations drawn from small pools, as in real data.
/// </summary>
/// <remarks>The text is ASCII, so that System.Text.Json's default encoder writes the same bytes as the library's.</remarks>
public static class TimelineDocument
{
    private static readonly string[] Words =
    [
        "talks", "drills", "border", "troops", "strike", "convoy", "summit", "sanctions", "protest", "election",
        "ceasefire", "offensive", "withdrawal", "agreement", "statement", "exercise", "shelling", "evacuation",
        "railway", "bridge", "airfield", "refinery", "harbour", "corridor", "observers", "delegation",
    ];

    private static readonly string[] Tags =
    [
        "military", "diplomacy", "economy", "energy", "humanitarian", "politics", "sanctions", "media", "law",
        "transport", "refugees", "cyber", "nuclear", "trade", "elections", "protests", "health", "weather",
        "infrastructure", "border", "navy", "air", "ground", "intelligence", "aid", "finance", "agriculture",
        "culture", "sport", "science",
    ];

    private static readonly (string Name, string Code)[] Countries =
    [
        ("Belarus", "BY"), ("Ukraine", "UA"), ("Russia", "RU"), ("Poland", "PL"), ("Lithuania", "LT"),
        ("Latvia", "LV"), ("Germany", "DE"), ("France", "FR"), ("United States", "US"), ("United Kingdom", "GB"),
        ("Turkey", "TR"), ("China", "CN"), ("Kazakhstan", "KZ"), ("Moldova", "MD"), ("Romania", "RO"),
    ];

    private static readonly string[] Roles = ["host", "aggressor", "mediator", "observer", "supplier", "target"];

    private static readonly string[] Publishers = ["Reuters", "AP", "BBC", "Meduza", "Nasha Niva", "Kyiv Independent", "TASS", "OSCE"];

    private static readonly string[] Statuses = ["completed", "completed", "completed", "ongoing", "announced", "planned", "alleged"];

    private static readonly string[] Kinds = ["part-of", "follows", "causes", "response-to"];

    /// <summary>Gets the number of events: 100,000, or 1,000 under <c>TIMELINES_BENCHMARK_SMOKE=1</c>.</summary>
    public static int EventCount =>
        Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_SMOKE") == "1" ? 1_000 : 100_000;

    /// <summary>Builds the timeline of <paramref name="count"/> events from <paramref name="seed"/>.</summary>
    public static Timeline Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        var builder = new TimelineBuilder("benchmark-timeline", "A generated timeline for the JSON benchmarks")
        {
            Description = "Events drawn from a seeded random generator with the shapes of real news timelines.",
            TimeZone = DateTimeZoneProviders.Tzdb["Europe/Minsk"],
            AsOf = new LocalDate(2024, 6, 30),
        };

        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var id = $"event-{i:D6}";
            var item = new TimelineEvent(id, Title(random), When(random));
            if (random.NextDouble() < 0.5)
            {
                item = item.WithSummary(Sentence(random, 12 + random.Next(20)));
            }

            if (random.NextDouble() < 0.6)
            {
                item = item.WithStatus(new EventStatus(Statuses[random.Next(Statuses.Length)]));
            }

            var tagCount = random.Next(5);
            var tags = new List<string>(tagCount);
            while (tags.Count < tagCount)
            {
                var tag = Tags[random.Next(Tags.Length)];
                if (!tags.Contains(tag))
                {
                    tags.Add(tag);
                }
            }

            item = item.WithTags(tags);
            for (var a = random.Next(4); a > 0; a--)
            {
                var (name, code) = Countries[random.Next(Countries.Length)];
                item = item.AddActors(new Actor(name, code, random.NextDouble() < 0.5 ? Roles[random.Next(Roles.Length)] : null));
            }

            for (var p = random.Next(3); p > 0; p--)
            {
                var (_, code) = Countries[random.Next(Countries.Length)];
                var hasPoint = random.NextDouble() < 0.8;
                item = item.AddPlaces(new Place(
                    Capitalised(Words[random.Next(Words.Length)]) + "sk",
                    code,
                    hasPoint ? Math.Round(40 + (random.NextDouble() * 20), 4) : null,
                    hasPoint ? Math.Round(20 + (random.NextDouble() * 20), 4) : null));
            }

            for (var s = random.Next(3); s > 0; s--)
            {
                var published = new LocalDate(2022, 1, 1).PlusDays(random.Next(900));
                item = item.AddSources(new Source(
                    Title(random),
                    new Uri($"https://news.example.org/{published.Year}/{random.Next(1_000_000)}"),
                    Publishers[random.Next(Publishers.Length)],
                    EdtfDate.ForDay(published),
                    random.NextDouble() < 0.5 ? published.PlusDays(random.Next(30)) : null));
            }

            if (ids.Count > 0)
            {
                for (var r = random.Next(3); r > 0; r--)
                {
                    var target = ids[Math.Max(0, ids.Count - 1 - random.Next(50))];
                    item = item.AddRelation(new EventRelationKind(Kinds[random.Next(Kinds.Length)]), target);
                }
            }

            ids.Add(id);
            builder.Add(item);
        }

        return builder.Build();
    }

    /// <summary>Gets the canonical UTF-8 document of <see cref="Create"/>.</summary>
    public static byte[] CreateUtf8(int count, int seed = 42) => TimelineJson.ToUtf8Bytes(Create(count, seed));

    private static EdtfValue When(Random random)
    {
        var roll = random.NextDouble();
        var start = Date(random);
        if (roll < 0.70)
        {
            return start;
        }

        if (roll < 0.88)
        {
            var last = start.LastDay.PlusDays(1 + random.Next(120));
            return EdtfValue.Interval(start, start.TimeOfDay.HasValue ? EdtfDate.ForDay(last) : Like(start, last, random));
        }

        return roll < 0.97 ? EdtfValue.Interval(start, EdtfEnd.Open) : EdtfValue.Interval(EdtfEnd.Unknown, start);
    }

    private static EdtfDate Date(Random random)
    {
        var day = new LocalDate(2020, 1, 1).PlusDays(random.Next(5 * 365));
        var qualifier = random.NextDouble() switch
        {
            < 0.08 => EdtfQualifier.Approximate,
            < 0.14 => EdtfQualifier.Uncertain,
            < 0.16 => EdtfQualifier.UncertainAndApproximate,
            _ => EdtfQualifier.None,
        };
        return random.NextDouble() switch
        {
            < 0.10 => EdtfDate.ForYear(day.Year, qualifier),
            < 0.13 => EdtfDate.ForSeason(day.Year, (EdtfSeason)(21 + random.Next(4)), qualifier),
            < 0.38 => EdtfDate.ForMonth(day.Year, day.Month, qualifier),
            < 0.85 => EdtfDate.ForDay(day, qualifier),
            < 0.93 => EdtfDate.ForDateTime(day.At(new LocalTime(random.Next(24), random.Next(60), 0)).WithOffset(Offset.FromHours(random.Next(-3, 4)))),
            _ => EdtfDate.ForDateTime(day.At(new LocalTime(random.Next(24), random.Next(60), random.Next(60))).WithOffset(Offset.Zero)),
        };
    }

    // An end of the same precision as the start, so that the interval reads naturally ("2022-02/2022-05").
    private static EdtfDate Like(EdtfDate start, LocalDate last, Random random) => start.Precision switch
    {
        EdtfPrecision.Year => EdtfDate.ForYear(last.Year + random.Next(3)),
        EdtfPrecision.Season => EdtfDate.ForYear(last.Year + 1),
        EdtfPrecision.Month => EdtfDate.ForMonth(last.Year, last.Month),
        _ => EdtfDate.ForDay(last),
    };

    private static string Title(Random random) => Capitalised(Sentence(random, 3 + random.Next(6)));

    private static string Sentence(Random random, int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            parts[i] = Words[random.Next(Words.Length)];
        }

        return string.Join(' ', parts);
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
