// Native AOT smoke run: loads the sample dataset with TimelineJson, queries it, round trips it through JSON (the
// library's own reader and writer, and System.Text.Json with the source-generated metadata), and reads the embedded
// schema. .ci/package-check publishes this app with PublishAot=true, so the compile-time half of the check is that
// publishing gives no trimming or AOT warning; the run-time half is below. Exits with 1 and one line per mismatch.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Timelines;
using Timelines.Querying;
using Timelines.Serialization;

var failures = new List<string>();
void Check(bool passed, string what)
{
    if (!passed)
    {
        failures.Add(what);
    }
}

var path = Path.Combine(AppContext.BaseDirectory, "belarus-2022.timeline.json");
var text = File.ReadAllText(path);
var timeline = TimelineJson.ReadFile(path);

// The file holds 18 events in the Europe/Minsk zone; finding the zone needs NodaTime's embedded TZDB data.
Check(timeline.Id == "belarus-2022", $"id is '{timeline.Id}', expected 'belarus-2022'");
Check(timeline.Count == 18, $"{timeline.Count} events loaded, expected the file's 18");
Check(timeline.TimeZone.Id == "Europe/Minsk", $"time zone is {timeline.TimeZone.Id}, expected Europe/Minsk");
Check(timeline.AsOf is null, "the file records no as-of date, but one was loaded");

// Which events overlap March 2022? The file has no as-of date, so ongoing events ("2022-02/..") last forever.
// Possibly: every event whose earliest start is on or before 31 March and whose latest end is on or after 1 March.
// That is all but two: the February drills ("2022-02") end by 28 February, and the joint grouping ("2022-10")
// starts in October.
string[] possiblyInMarch =
[
    "russian-troops-remain",                    // 2022-02/..
    "neutral-status-abandoned",                 // 2022?/..
    "territory-used-to-stage-invasion",         // 2022-02~/2022-03~
    "airbases-rail-road-used",                  // 2022?/..
    "missile-launchers-in-belarus",             // 2022-02~/2022-03~
    "missiles-towards-southwest-reported",      // 2022-03
    "khoyniki-satellite-images",                // 2022-03
    "us-sanctions-2022-03",                     // 2022-03
    "eu-sanctions",                             // 2022-03?
    "western-sanctions",                        // 2022?/..
    "border-talks",                             // 2022-02~/2022-03~
    "wounded-treated-in-homiel",                // 2022-03?
    "homiel-blood-reserves-exhausted",          // 2022-03
    "x-rays-smuggled-out",                      // 2022?
    "belarusian-troops-reported-in-ukraine",    // 2022?
    "lukashenko-no-soldiers-unless-attacked",   // 2022?
];

// Certainly: the latest start is on or before 31 March and the earliest end on or after 1 March, so that every
// reading of the dates overlaps March. Qualifiers (?, ~) do not move the bounds. That keeps the March events, the
// February-to-March intervals and the troops that stayed from February on; it drops the six events dated only to
// "2022?", whose latest start is 31 December.
string[] certainlyInMarch =
[
    "russian-troops-remain",
    "territory-used-to-stage-invasion",
    "missile-launchers-in-belarus",
    "missiles-towards-southwest-reported",
    "khoyniki-satellite-images",
    "us-sanctions-2022-03",
    "eu-sanctions",
    "border-talks",
    "wounded-treated-in-homiel",
    "homiel-blood-reserves-exhausted",
];

// The whole month, as an exact period (docs/semantics.md, section 5); the value 2022-03 alone would be some part of it.
var march = QueryPeriod.Covering(EdtfValue.Parse("2022-03"));
CheckIds(timeline.Query().Overlapping(march), possiblyInMarch, "possibly overlapping March 2022");
CheckIds(timeline.Query().Overlapping(march).Certainly(), certainlyInMarch, "certainly overlapping March 2022");

// The dataset is stored canonically, so writing it back gives the same text, and reading that gives the same events.
var written = TimelineJson.ToJson(timeline, new TimelineJsonOptions { Indented = true });
Check(written == text, "TimelineJson.ToJson(indented) does not give back the file's text");
var reread = TimelineJson.Parse(TimelineJson.ToUtf8Bytes(timeline));
Check(reread.Events.SequenceEqual(timeline.Events), "events read back from UTF-8 JSON differ from the loaded ones");

// System.Text.Json through the source-generated metadata: the path an AOT user takes for their own types.
var options = new JsonSerializerOptions { TypeInfoResolver = TimelineJson.TypeInfoResolver }.ConfigureForTimeline();
var typeInfo = (JsonTypeInfo<Timeline>)options.GetTypeInfo(typeof(Timeline));
var viaSerializer = JsonSerializer.Deserialize(JsonSerializer.Serialize(timeline, typeInfo), typeInfo);
Check(viaSerializer is not null && viaSerializer.Events.SequenceEqual(timeline.Events), "a JsonSerializer round trip changes the events");

// The schema is an embedded resource; trimming must keep it.
var schema = TimelineJson.GetSchema();
Check(schema.Contains(TimelineJson.FormatVersion, StringComparison.Ordinal), "the embedded schema does not name the timeline/1 format");

if (failures.Count > 0)
{
    foreach (var failure in failures)
    {
        Console.Error.WriteLine($"AOT smoke: FAILED: {failure}");
    }

    return 1;
}

Console.WriteLine($"AOT smoke: passed ({timeline.Count} events; March 2022: {possiblyInMarch.Length} possibly, {certainlyInMarch.Length} certainly; JSON round trips; schema readable)");
return 0;

void CheckIds(TimelineQuery query, string[] expected, string what)
{
    var actual = query.Select(e => e.Id).ToArray();
    var missing = expected.Except(actual, StringComparer.Ordinal).ToArray();
    var unexpected = actual.Except(expected, StringComparer.Ordinal).ToArray();
    Check(
        missing.Length == 0 && unexpected.Length == 0 && actual.Length == expected.Length,
        $"{what}: missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", unexpected)}], {actual.Length} results");
    Check(query.Count() == actual.Length, $"{what}: Count() gives {query.Count()}, enumeration {actual.Length}");
}
