using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;

namespace Timelines.Tests.Serialization;

/// <summary>Hand-made and random timelines for the serialization tests.</summary>
internal static class TimelineSamples
{
    public static string SamplesFolder => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples");

    public static string InvalidFolder => Path.Combine(TestContext.CurrentContext.TestDirectory, "Serialization", "invalid");

    public static IEnumerable<string> SampleFiles => Directory.EnumerateFiles(
        Path.Combine(AppContext.BaseDirectory, "samples"), "*.json").Order(StringComparer.Ordinal);

    public static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static Timeline HandMade()
    {
        var drills = new TimelineEvent("drills", "Joint drills \"Union Resolve\" – 2022", EdtfValue.Parse("2022-02-10/2022-02-20"))
            .WithSummary("Line one\nline two, with ünïcödé and emoji 🎉")
            .WithStatus(EventStatus.Completed)
            .WithTags(["military", "exercise"])
            .AddActors(new Actor("Belarus", "BY", "host"), new Actor("Russia"))
            .AddPlaces(new Place("Khoyniki", "BY", 51.89, 29.96), new Place("Somewhere"))
            .AddSources(new Source("Report", new Uri("https://example.org/a?b=c&d=e"), "Example", EdtfValue.Parse("2022-02"), new LocalDate(2022, 3, 1)))
            .WithExtension("x-confidence", Json("0.9"))
            .WithExtension("x-nested", Json("""{"b":[1,2,{"c":null}],"a":"z"}"""));
        var invasion = new TimelineEvent("invasion", "Invasion from Belarus", EdtfValue.Parse("2022-02-24T04:00:00+02:00/.."))
            .WithStatus(EventStatus.Ongoing)
            .AddRelation(EventRelationKind.Follows, "drills")
            .AddRelation(new EventRelationKind("contradicts"), "talks");
        var talks = new TimelineEvent("talks", "Talks", EdtfValue.Parse("2022-02~"))
            .WithStatus(new EventStatus("disputed"))
            .AddSources(new Source(url: new Uri("https://example.org/talks")));
        var unknown = new TimelineEvent("unknown-start", "Began at an unknown time", EdtfValue.Parse("/2022-03-01"));
        var builder = new TimelineBuilder("belarus-2022", "Belarus 2022")
        {
            Description = "A description",
            TimeZone = DateTimeZoneProviders.Tzdb["Europe/Minsk"],
            AsOf = new LocalDate(2022, 3, 1),
        };
        builder.Extensions["x-editor"] = Json("""{"name":"Desk B"}""");
        return builder.Add(drills, invasion, talks, unknown).Build();
    }

    /// <summary>Random valid timelines: unique ids, relations to earlier events, coordinates in range.</summary>
    public static Gen<Timeline> Timelines { get; } = CreateTimelines();

    private static Gen<Timeline> CreateTimelines()
    {
        // Text the model may hold: no control characters (TextRules), which U+007F to U+009F are.
        var text = Gen.String[Gen.Char['\u0020', '\u07FF'].Where(c => !char.IsControl(c)), 0, 12];
        var name = text.Select(s => "n" + s);
        var optional = Gen.Frequency((1, Gen.Const((string?)null)), (2, text.Select(s => (string?)s)));
        var country = GenValues.OneOf<string?>(null, "BY", "RU", "UA");
        var edtf = Gen.OneOf(
            Gen.Select(Gen.Int[-2000, 2100], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => $"{(y < 0 ? "-" : string.Empty)}{Math.Abs(y):0000}-{m:00}-{d:00}"),
            Gen.Select(Gen.Int[1000, 2100], Gen.Int[1, 12], (y, m) => $"{y:0000}-{m:00}"),
            Gen.Int[1000, 2100].Select(y => $"{y:0000}"),
            GenValues.OneOf("2022-02/..", "/2022", "1984?", "2004-06~", "2004-06-11%", "199X", "2022-02-24T04:00:00Z", "2022-02-24T04:00:00+02:00/..", "1985-04/1986", "2001-21")).Select(EdtfValue.Parse);
        var actor = Gen.Select(name, country, optional, (n, c, r) => new Actor(n, c, r));
        var place = Gen.Select(name, country, Gen.Bool, Gen.Double[-90, 90], Gen.Double[-180, 180], (n, c, has, lat, lon) =>
            has ? new Place(n, c, lat, lon) : new Place(n, c));
        var source = Gen.Select(name, Gen.Bool, optional, Gen.Bool, (t, hasUrl, p, dated) => new Source(
            t,
            hasUrl ? new Uri("https://example.org/" + Uri.EscapeDataString(t)) : null,
            p,
            dated ? EdtfValue.Parse("2020-05") : null,
            dated ? new LocalDate(2021, 1, 2) : null));
        var extension = GenValues.OneOf("1", "-2.5e3", "\"text\"", "true", "null", "[1,\"a\",{}]", """{"k":{"deep":[false]}}""").Select(Json);
        var status = GenValues.OneOf<EventStatus?>(null, EventStatus.Ongoing, EventStatus.Alleged, new EventStatus("mine"));
        var kind = GenValues.OneOf(EventRelationKind.PartOf, EventRelationKind.Causes, new EventRelationKind("contradicts"));

        var eventParts = Gen.Select(
            Gen.Select(name, edtf, optional, status),
            Gen.Select(name.Array[0, 3], actor.Array[0, 2], place.Array[0, 2], source.Array[0, 2]),
            Gen.Select(kind.Array[0, 2], Gen.Int[0, 1000].Array[0, 2], extension.Array[0, 2]));

        return Gen.Select(eventParts.Array[0, 8], name, optional, Gen.Bool, (parts, title, description, zoned) =>
        {
            var builder = new TimelineBuilder("timeline", title)
            {
                Description = description,
                TimeZone = zoned ? DateTimeZoneProviders.Tzdb["Europe/Minsk"] : DateTimeZone.Utc,
                AsOf = zoned ? new LocalDate(2022, 3, 1) : null,
            };
            for (var i = 0; i < parts.Length; i++)
            {
                var ((eventTitle, when, summary, eventStatus), (tags, actors, places, sources), (kinds, targets, extensions)) = parts[i];
                var item = new TimelineEvent($"e{i}", eventTitle, when)
                    .WithSummary(summary)
                    .WithStatus(eventStatus)
                    .WithTags(tags.Distinct(StringComparer.Ordinal))
                    .WithActors(actors)
                    .WithPlaces(places)
                    .WithSources(sources);
                for (var k = 0; k < Math.Min(kinds.Length, targets.Length) && i > 0; k++)
                {
                    item = item.AddRelation(kinds[k], $"e{targets[k] % i}");

                    // Every third target is also the target of a constraint, with gaps of either sign or none.
                    if (targets[k] % 3 == 0)
                    {
                        var gap = targets[k] % 11;
                        item = item.AddConstraint(new EventConstraint(
                            (EventPoint)(gap % 2),
                            $"e{targets[k] % i}",
                            (EventPoint)(targets[k] / 3 % 2),
                            gap % 4 == 1 ? null : Period.FromDays(gap - 5),
                            gap % 4 == 1 ? Period.FromMonths(gap) : null));
                    }
                }

                if (i % 4 == 3)
                {
                    item = item.AddConstraint(EventConstraint.Duration(Period.FromHours(i), i % 8 == 7 ? Period.FromWeeks(i) : null));
                }

                for (var k = 0; k < extensions.Length; k++)
                {
                    item = item.WithExtension($"x-{k}", extensions[k]);
                }

                builder.Add(item);
            }

            return builder.Build();
        });
    }
}
