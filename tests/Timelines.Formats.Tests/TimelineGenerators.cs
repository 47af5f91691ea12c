using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;

namespace Timelines.Formats.Tests;

/// <summary>
/// CsCheck generators of valid timelines with every field an event has: EDTF values of every level 0 and 1 form
/// (years, seasons, months, days, date-times with and without offsets, qualifiers, unspecified digits, open and
/// unknown ends), awkward text, actors, places, sources, relations and extensions.
/// </summary>
internal static class TimelineGenerators
{
    private static readonly Gen<EdtfQualifier> Qualifier = Gen.OneOf(
        EdtfQualifier.None, EdtfQualifier.None, EdtfQualifier.Uncertain, EdtfQualifier.Approximate, EdtfQualifier.UncertainAndApproximate);

    /// <summary>Years from 1 (iCalendar's first) or from -500 (the others).</summary>
    private static Gen<int> Year(int min) => Gen.Int[min, 2100];

    private static Gen<EdtfDate> DateFrom(int minYear, bool unspecified) => Gen.Frequency(
        (2, (IGen<EdtfDate>)(from y in Year(minYear) from q in Qualifier select EdtfDate.ForYear(y, q))),
        (1, from y in Year(minYear) from s in Gen.Int[21, 24] from q in Qualifier select EdtfDate.ForSeason(y, (EdtfSeason)s, q)),
        (3, from y in Year(minYear) from m in Gen.Int[1, 12] from q in Qualifier select EdtfDate.ForMonth(y, m, q)),
        (3, from y in Year(minYear) from d in Gen.Int[0, 364] from q in Qualifier select EdtfDate.ForDay(new LocalDate(y, 1, 1).PlusDays(d), q)),
        (1, from y in Year(Math.Max(minYear, 1)) from s in Gen.Int[0, 365 * 86400 - 1] select EdtfDate.ForDateTime(new LocalDate(y, 1, 1).AtMidnight().PlusSeconds(s))),
        (1, from y in Year(Math.Max(minYear, 2)) from s in Gen.Int[0, 365 * 86400 - 1] from o in Gen.Int[-12 * 4, 14 * 4]
            select EdtfDate.ForDateTime(new LocalDate(y, 1, 1).AtMidnight().PlusSeconds(s).WithOffset(Offset.FromSeconds(o * 900)))),
        (unspecified ? 1 : 0, from text in Gen.OneOf("201X", "19XX", "2022-XX", "2022-02-XX", "2021-XX~", "199X?") select EdtfDate.Parse(text)));

    /// <summary>Values; unspecified digits only in single dates, since EDTF level 1 has none in intervals.</summary>
    public static Gen<EdtfValue> Value(int minYear = -500, bool unspecified = true)
    {
        var date = DateFrom(minYear, unspecified: false);
        return Gen.Frequency(
            (4, (IGen<EdtfValue>)DateFrom(minYear, unspecified).Select(EdtfValue.ForDate)),
            (4, from a in date from b in date select Ordered(a, b)),
            (1, date.Select(d => EdtfValue.Interval(d, EdtfEnd.Open))),
            (1, date.Select(d => EdtfValue.Interval(d, EdtfEnd.Unknown))),
            (1, date.Select(d => EdtfValue.Interval(EdtfEnd.Open, d))),
            (1, date.Select(d => EdtfValue.Interval(EdtfEnd.Unknown, d))));
    }

    /// <summary>Text from fragments that stress every syntax the writers escape: CSV, the list cells, HTML, iCalendar.</summary>
    public static readonly Gen<string> Text =
        Gen.OneOf("Talks", "a < b & c > d", "\"quoted\" 'text'", "x;y", "[BY]", "(host)", "a|b", "back\\slash", "@50,30", "k:v",
                "北京会谈", "🚀 launch", "Ünïcödé", "—", "line\nbreak", "&amp;", "<br>", "=1+2", ",", "  ", " ", "Ą")
            .Array[1, 4]
            .Select(parts => string.Concat(parts).Trim() is { Length: > 0 } t ? t : "untitled");

    private static readonly Gen<string> Name = Gen.OneOf("Belarus", "Russia", "European Union", "Kyiv", "a;b [c] (d) @e", "Mińsk", "x\\y", "Ünïcödé");

    private static readonly Gen<string?> Country = Gen.OneOf<string?>(null, "BY", "RU", "UA");

    private static readonly Gen<Actor> Actor =
        from name in Name from country in Country from role in Gen.OneOf<string?>(null, "host", "aggressor (alleged)", "a;b")
        select new Actor(name, country, role);

    private static readonly Gen<Place> Place =
        from name in Name from country in Country from placed in Gen.Bool
        from lat in Gen.Int[-90_000_000, 90_000_000] from lon in Gen.Int[-180_000_000, 180_000_000]
        select placed ? new Place(name, country, lat / 1e6, lon / 1e6) : new Place(name, country);

    private static readonly Gen<Source> Source =
        from title in Gen.OneOf<string?>(null, "Seed text", "a | b; c")
        from url in Gen.OneOf<Uri?>(null, new Uri("https://example.org/a?b=1&c=d"), new Uri("https://example.org/x;y|z"))
        from publisher in Gen.OneOf<string?>(null, "RFE/RL", "BBC")
        from published in Gen.OneOf<EdtfValue?>(null, EdtfValue.Parse("2022-03"), EdtfValue.Parse("2022-03-15"))
        from accessed in Gen.OneOf<LocalDate?>(null, new LocalDate(2023, 1, 2))
        select new Source(title ?? (url is null ? "Untitled" : null), url, publisher, published, accessed);

    private static readonly Gen<EventStatus?> Status = Gen.OneOf<EventStatus?>(
        null, EventStatus.Completed, EventStatus.Ongoing, EventStatus.Alleged, EventStatus.Cancelled, new EventStatus("disputed"));

    private static readonly Gen<string[]> Tags = Gen.OneOf("politics", "military", "sanctions", "a;b", "x y", "c,d").Array[0, 3];

    private sealed record Draft(
        EdtfValue When, string Title, string? Summary, EventStatus? Status, string[] Tags, Actor[] Actors, Place[] Places, Source[] Sources, int[] Relations, int? Extension);

    /// <summary>A timeline of up to 12 events; <paramref name="minYear"/> 1 for iCalendar.</summary>
    public static Gen<Timeline> Timeline(int minYear = -500, bool unspecified = true, Gen<string>? text = null, Gen<DateTimeZone>? zones = null)
    {
        var words = text ?? Text;
        var draft =
            from when in Value(minYear, unspecified)
            from title in words.Select(t => t.Replace('\n', ' ')) // a title is one line of text (issue 14); a summary may break
            from summary in Gen.OneOf(words.Select(s => (string?)s), Gen.Const((string?)null))
            from status in Status
            from tags in Tags
            from actors in Actor.Array[0, 2]
            from places in Place.Array[0, 2]
            from sources in Source.Array[0, 2]
            from relations in Gen.Int[0, 11].Array[0, 2]
            from extension in Gen.OneOf<int?>(null, 1, 42)
            select new Draft(when, title, summary, status, tags, actors, places, sources, relations, extension);
        return from drafts in draft.Array[0, 12]
               from zone in zones ?? Gen.OneOf("UTC", "Europe/Minsk", "Asia/Kathmandu").Select(id => DateTimeZoneProviders.Tzdb[id])
               from asOf in Gen.OneOf<LocalDate?>(null, new LocalDate(2025, 5, 1), new LocalDate(1990, 1, 1))
               select Build(drafts, zone, asOf);
    }

    private static Timeline Build(Draft[] drafts, DateTimeZone zone, LocalDate? asOf)
    {
        var ids = drafts.Select((_, i) => i % 4 == 3 ? $"e{i} <&;\"x\"@{i}" : $"e{i}").ToArray();
        var events = drafts.Select((d, i) =>
        {
            var item = new TimelineEvent(ids[i], d.Title, d.When)
                .WithSummary(d.Summary)
                .WithStatus(d.Status)
                .WithTags(d.Tags.Distinct(StringComparer.Ordinal))
                .WithActors(d.Actors)
                .WithPlaces(d.Places)
                .WithSources(d.Sources)
                .WithRelations(d.Relations.Where(r => r < drafts.Length && r != i).Distinct().Select(r => new EventRelation(r % 2 == 0 ? EventRelationKind.PartOf : EventRelationKind.Follows, ids[r])));
            if (d.Extension is { } n)
            {
                using var json = JsonDocument.Parse($"{{\"n\": {n}, \"s\": \"a;b\"}}");
                item = item.WithExtension("x-test", json.RootElement);
            }

            return item;
        });
        return new TimelineBuilder("generated", "Generated timeline") { TimeZone = zone, AsOf = asOf }.AddRange(events).Build();
    }

    private static EdtfValue Ordered(EdtfDate a, EdtfDate b)
    {
        if (EdtfValue.TryParse($"{a}/{b}", out var forward))
        {
            return forward;
        }

        return EdtfValue.TryParse($"{b}/{a}", out var backward) ? backward : a;
    }

    public static TimelineReaderOptions ReaderOptionsFor(Timeline timeline) =>
        new() { Id = timeline.Id, Title = timeline.Title, TimeZone = timeline.TimeZone };

    public static IEnumerable<string> Diff(IReadOnlyList<TimelineEvent> expected, IReadOnlyList<TimelineEvent> actual)
    {
        if (expected.Count != actual.Count)
        {
            yield return $"{expected.Count} events expected, {actual.Count} read";
            yield break;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!expected[i].Equals(actual[i]))
            {
                yield return $"event {i}: expected {Describe(expected[i])}\n   but read {Describe(actual[i])}";
            }
        }
    }

    private static string Describe(TimelineEvent e) =>
        $"[{e.Id}] [{e.Title}] [{e.When}] summary=[{e.Summary}] status={e.Status} tags=[{string.Join("|", e.Tags)}] actors=[{string.Join("|", e.Actors)}] places=[{string.Join("|", e.Places)}] sources=[{string.Join("|", e.Sources.Select(s => $"{s.Title}/{s.Url}/{s.Publisher}/{s.Published}/{s.Accessed}"))}] relations=[{string.Join("|", e.Relations)}] ext=[{string.Join("|", e.Extensions.Select(p => p.Key + "=" + p.Value.GetRawText()))}]";
}
