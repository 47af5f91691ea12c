// A first look at Timelines: a few facts from the seed text about Belarus's role in the 2022 invasion of
// Ukraine, each dated exactly as precisely as the text dates it, and the questions one can ask of them.
using System;
using System.IO;
using System.Linq;
using NodaTime;
using Timelines;
using Timelines.Serialization;

var drills = new TimelineEvent("drills", "Joint Russia–Belarus military drills near the Ukrainian border", EdtfValue.Parse("2022-02"))
    .AddTags("military")
    .AddActors(new Actor("Russia", "RU"), new Actor("Belarus", "BY"));

// "The Russian troops did not exit the country after they were supposed to finish": from February 2022, open end.
var troopsStay = new TimelineEvent("troops-stay", "Russian troops remain in Belarus after the drills", EdtfValue.Parse("2022-02/.."))
    .AddTags("military")
    .WithStatus(EventStatus.Ongoing)
    .AddRelation(EventRelationKind.Follows, "drills");

var usSanctions = new TimelineEvent("us-sanctions", "The US imposes sanctions on Belarus", EdtfValue.Parse("2022-03"))
    .AddTags("sanctions")
    .AddActors(new Actor("United States", "US"))
    .AddRelation(EventRelationKind.ResponseTo, "troops-stay");

var khoyniki = new TimelineEvent("khoyniki-images", "Satellite images: about 150 helicopters near Khoyniki", EdtfValue.Parse("2022-03"))
    .AddTags("military")
    .AddPlaces(new Place("Khoyniki", "BY", 51.89, 29.96));

var grouping = new TimelineEvent("joint-grouping", "Lukashenko orders Belarusian troops to join Russian troops near Ukraine", EdtfValue.Parse("2022-10"))
    .AddTags("military")
    .AddActors(new Actor("Alexander Lukashenko", "BY", "President of Belarus"));

var timeline = new TimelineBuilder("belarus-2022", "Belarus and the 2022 invasion of Ukraine")
{
    TimeZone = DateTimeZoneProviders.Tzdb["Europe/Minsk"],
    AsOf = new LocalDate(2026, 11, 26),
}
    .Add(drills, troopsStay, usSanctions, khoyniki, grouping)
    .Build();

Console.WriteLine($"{timeline.Title}: {timeline.Count} events, days in {timeline.TimeZone.Id}");
Console.WriteLine();

foreach (var item in timeline.Events)
{
    var bounds = item.When.Bounds;
    Console.WriteLine($"{item.When,-12} {item.Title}");
    Console.WriteLine($"{string.Empty,-12} started {bounds.EarliestStart} .. {bounds.LatestStart}, ended {bounds.EarliestEnd} .. {bounds.LatestEnd}");
}

Console.WriteLine();
Console.WriteLine("How do the drills relate to the troops staying? (Allen's relations, Yes or Maybe)");
foreach (var (relation, answer) in drills.When.RelationsTo(troopsStay.When, timeline.TimeZone).Where(pair => pair.Value != TruthValue.No))
{
    Console.WriteLine($"  drills {relation} troops-stay: {answer}");
}

var october15 = EdtfValue.Parse("2022-10-15");
Console.WriteLine();
Console.WriteLine("What was going on on 15 October 2022?");
foreach (var item in timeline.Events)
{
    var answer = item.When.Overlaps(october15, timeline.TimeZone);
    if (answer != TruthValue.No)
    {
        Console.WriteLine($"  {(answer == TruthValue.Yes ? "certainly" : "possibly"),-10} {item.Title}");
    }
}

Console.WriteLine();
Console.WriteLine("Queries use an index built once per timeline: what was possibly going on in March 2022?");
foreach (var item in timeline.Query().Overlapping(EdtfValue.Parse("2022-03")))
{
    Console.WriteLine($"  {item.When,-12} {item.Title}");
}

// Save to a file (written to a temporary file first, then renamed, so a crash never leaves half a file) and load
// it back: the JSON keeps every field and every date's precision, so the two timelines are equal.
var path = Path.Combine(Path.GetTempPath(), $"belarus-2022-quickstart-{Environment.ProcessId}.timeline.json");
TimelineJson.WriteFile(timeline, path, new TimelineJsonOptions { Indented = true });
var loaded = TimelineJson.ReadFile(path);
Console.WriteLine();
Console.WriteLine($"Saved to {path} ({new FileInfo(path).Length} bytes) and loaded back: {(loaded.Equals(timeline) ? "equal" : "DIFFERENT")}.");
foreach (var line in File.ReadLines(path).Take(14))
{
    Console.WriteLine($"  {line}");
}

Console.WriteLine("  ...");
File.Delete(path);
if (!loaded.Equals(timeline))
{
    return 1;
}

Console.WriteLine();
Console.WriteLine("Validation reports every problem at once:");
try
{
    timeline.ToBuilder().Add(grouping, new TimelineEvent("bad", " ", EdtfValue.Parse("2022")).AddRelation(EventRelationKind.Causes, "nowhere")).Build();
}
catch (TimelineValidationException e)
{
    foreach (var problem in e.Problems)
    {
        Console.WriteLine($"  {problem}");
    }
}

return 0;
