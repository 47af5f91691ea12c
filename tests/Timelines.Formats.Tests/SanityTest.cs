using System;
using System.IO;

namespace Timelines.Formats.Tests;

public class SanityTest
{
    [Test]
    public void Print()
    {
        var t = Samples.Belarus();
        var dir = Path.Combine(Path.GetTempPath(), "formats-sanity");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "b.timelinejs.json"), Samples.Write((x, w) => TimelineJs3Json.Write(x, w, new TimelineJs3Options { Era = e => e.Id == "territory-used-to-stage-invasion" }), t));
        File.WriteAllText(Path.Combine(dir, "b.timelinejs.csv"), Samples.Write((x, w) => TimelineJs3Sheet.Write(x, w), t));
        File.WriteAllText(Path.Combine(dir, "b.csv"), Samples.Write(TimelineCsv.Write, t));
        File.WriteAllText(Path.Combine(dir, "b.ics"), Samples.Write((x, w) => TimelineICalendar.Write(x, w), t));
        File.WriteAllText(Path.Combine(dir, "b.geojson"), Samples.Write(TimelineGeoJson.Write, t));
        File.WriteAllText(Path.Combine(dir, "b.jsonld"), Samples.Write(TimelineJsonLd.Write, t));
        var o = new TimelineReaderOptions { Id = t.Id, Title = t.Title, TimeZone = t.TimeZone };
        var back = TimelineCsv.Read(new StringReader(File.ReadAllText(Path.Combine(dir, "b.csv"))), o);
        Console.WriteLine("csv equal events: " + back.Events.AsSpan().SequenceEqual(t.Events.AsSpan()));
        foreach (var (name, read) in new (string, Func<string, Timeline>)[] {
            ("tljs", s => TimelineJs3Json.Read(new StringReader(s), o)),
            ("sheet", s => TimelineJs3Sheet.Read(new StringReader(s), o)),
            ("ics", s => TimelineICalendar.Read(new StringReader(s), o)) })
        {
            var file = name == "tljs" ? "b.timelinejs.json" : name == "sheet" ? "b.timelinejs.csv" : "b.ics";
            var r = read(File.ReadAllText(Path.Combine(dir, file)));
            Console.WriteLine($"{name}: {r.Count} events, asOf {r.AsOf}, title {r.Title}");
            for (var i = 0; i < Math.Min(r.Count, t.Count); i++)
            {
                var a = t.Events[i]; var b = r.Events[i];
                if (a.When != b.When || a.Title != b.Title || a.Id != b.Id)
                {
                    Console.WriteLine($"   {a.Id} {a.When} | {b.Id} {b.When} | {b.Title}");
                }
            }
        }
    }
}
