using System;
using System.Linq;
using NodaTime;

namespace Timelines.Html.Tests;

/// <summary>
/// A large timeline from a fixed seed, for the page's 10,000-event checks and measurement: events over 1990 to
/// 2024 at day, month and year precision, some intervals, some ongoing, some qualified, a few tags and actors each.
/// </summary>
internal static class LargeTimeline
{
    private static readonly string[] Tags = ["politics", "military", "economy", "diplomacy", "courts", "protest", "media", "health"];
    private static readonly string[] Actors = ["Government", "Opposition", "Army", "Parliament", "Central bank", "Court", "Press", "Union", "Ministry", "Mayor"];

    public static Timeline Create(int count, int seed = 19)
    {
        var random = new Random(seed);
        var first = new LocalDate(1990, 1, 1);
        var events = Enumerable.Range(0, count).Select(i =>
        {
            var day = first.PlusDays(random.Next(35 * 365));
            var qualifier = random.Next(10) switch { 0 => EdtfQualifier.Uncertain, 1 => EdtfQualifier.Approximate, _ => EdtfQualifier.None };
            EdtfDate start = random.Next(10) switch
            {
                < 6 => EdtfDate.ForDay(day, qualifier),
                < 9 => EdtfDate.ForMonth(day.Year, day.Month, qualifier),
                _ => EdtfDate.ForYear(day.Year, qualifier),
            };
            var when = random.Next(10) switch
            {
                < 6 => EdtfValue.ForDate(start),
                < 9 => EdtfValue.Interval(start, EdtfDate.ForDay(start.LastDay.PlusDays(1 + random.Next(120)))),
                _ => EdtfValue.Interval(start, EdtfEnd.Open),
            };
            return new TimelineEvent($"event-{i:D5}", $"Event {i}: {Tags[i % Tags.Length]} news from the {Actors[i % Actors.Length].ToLowerInvariant()}", when)
                .WithSummary($"What happened in event {i}, in a sentence or two, as a source reports it.")
                .AddTags(Tags[random.Next(Tags.Length)])
                .AddActors(new Actor(Actors[random.Next(Actors.Length)]))
                .AddSources(new Source($"Report {i}", new Uri($"https://example.org/reports/{i}")));
        });
        return new TimelineBuilder("large", $"{count:N0} events")
        {
            TimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
            AsOf = new LocalDate(2025, 1, 31),
        }.AddRange(events).Build();
    }
}
