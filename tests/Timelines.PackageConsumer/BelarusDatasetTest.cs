using System;
using System.IO;
using System.Linq;
using Timelines.Querying;
using Timelines.Serialization;

namespace Timelines.PackageConsumer;

/// <summary>The repository's sample dataset, loaded and queried through the package.</summary>
public class BelarusDatasetTest
{
    private static readonly string DatasetPath = Path.Combine(AppContext.BaseDirectory, "belarus-2022.timeline.json");

    [Test]
    public void LoadFile_ReadsEveryEventInTheFilesZone()
    {
        var timeline = TimelineJson.ReadFile(DatasetPath);
        Assert.Multiple(() =>
        {
            Assert.That(timeline.Id, Is.EqualTo("belarus-2022"));
            Assert.That(timeline.Count, Is.EqualTo(18));
            Assert.That(timeline.TimeZone.Id, Is.EqualTo("Europe/Minsk"));
        });
    }

    [Test]
    public void OverlappingMarch2022_Certainly_KeepsOnlyEventsThatOverlapItOnEveryReadingOfTheirDates()
    {
        var timeline = TimelineJson.ReadFile(DatasetPath);
        var march = QueryPeriod.Covering(EdtfValue.Parse("2022-03")); // all of March, exact; the value alone is some part of it

        var certainly = timeline.Query().Overlapping(march).Certainly().Select(e => e.Id);

        // Latest start on or before 31 March and earliest end on or after 1 March: the events dated to March, the
        // February-to-March intervals, and the troops who stayed from February on ("2022-02/..", no as-of date, so
        // ongoing for ever). Events dated only "2022?" may have started in December, so they are out.
        Assert.That(certainly, Is.EquivalentTo(new[]
        {
            "russian-troops-remain", "territory-used-to-stage-invasion", "missile-launchers-in-belarus",
            "missiles-towards-southwest-reported", "khoyniki-satellite-images", "us-sanctions-2022-03",
            "eu-sanctions", "border-talks", "wounded-treated-in-homiel", "homiel-blood-reserves-exhausted",
        }));
    }

    [Test]
    public void OverlappingMarch2022_Possibly_LeavesOutOnlyTheFebruaryDrillsAndTheOctoberGrouping()
    {
        var timeline = TimelineJson.ReadFile(DatasetPath);
        var march = QueryPeriod.Covering(EdtfValue.Parse("2022-03")); // all of March, exact; the value alone is some part of it

        var possibly = timeline.Query().Overlapping(march).Select(e => e.Id).ToArray();

        var expected = timeline.Events.Select(e => e.Id).Except(new[] { "drills-2022-02", "joint-grouping-ordered" });
        Assert.That(possibly, Is.EquivalentTo(expected));
        Assert.That(timeline.Query().Overlapping(march).Count(), Is.EqualTo(possibly.Length));
    }

    [Test]
    public void ToJson_Indented_GivesBackTheCanonicalFile()
    {
        var text = File.ReadAllText(DatasetPath);
        var timeline = TimelineJson.Parse(text);
        Assert.That(TimelineJson.ToJson(timeline, new TimelineJsonOptions { Indented = true }), Is.EqualTo(text));
    }
}
