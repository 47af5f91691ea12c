using System.IO;
using System.Threading.Tasks;
using Timelines.Formats;

namespace Timelines.Tool.Tests;

/// <summary>The formats of Timelines.Formats, each one registration in BuiltInFormats, through the verbs.</summary>
public sealed class FormatsPackageTest : FileTest
{
    [Test]
    public async Task Json_to_csv_and_back_keeps_every_event()
    {
        var csv = Files.PathOf("belarus.csv");
        var back = Files.PathOf("back.json");

        var there = await ToolRun.RunAsync("convert", TestFiles.Belarus, csv);
        var again = await ToolRun.RunAsync("convert", csv, back);

        Assert.That(there.ExitCode, Is.EqualTo(ExitCodes.Success), there.ToString);
        Assert.That(there.Error, Does.Contain("18 events written (json to csv)"));
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Success), again.ToString);
        Assert.That(Serialization.TimelineJson.ReadFile(back).Events, Is.EqualTo(TestFiles.BelarusTimeline.Events));
    }

    [Test]
    public async Task Calendar_and_map_are_written_as_the_package_writes_them()
    {
        var ics = Files.PathOf("belarus.ics");
        var map = Files.PathOf("belarus.geojson");

        var calendar = await ToolRun.RunAsync("convert", TestFiles.Belarus, ics, "--quiet");
        var places = await ToolRun.RunAsync("convert", TestFiles.Belarus, map, "--quiet");

        Assert.That(calendar.ExitCode, Is.EqualTo(ExitCodes.Success), calendar.ToString);
        Assert.That(places.ExitCode, Is.EqualTo(ExitCodes.Success), places.ToString);
        Assert.That(TimelineICalendar.Read(File.OpenRead(ics)).Events, Has.Length.EqualTo(18));
        Assert.That(File.ReadAllText(map), Does.StartWith("{").And.Contain("\"FeatureCollection\""));
    }

    [Test]
    public async Task A_bad_csv_row_is_a_located_problem()
    {
        var bad = Files.Write("bad.csv", "id,title,when\nx,X,2022-13\n");

        var run = await ToolRun.RunAsync("validate", bad);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Problems), run.ToString);
        Assert.That(run.Output, Does.Contain("bad.csv:2:3: when: '2022-13' is not valid EDTF"));
    }

    [Test]
    public async Task A_write_only_format_cannot_be_read()
    {
        var map = Files.PathOf("belarus.geojson");
        await ToolRun.RunAsync("convert", TestFiles.Belarus, map, "--quiet");

        var run = await ToolRun.RunAsync("validate", map);

        Assert.That(run.ExitCode, Is.Not.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(run.ToString(), Does.Contain("cannot be read").Or.Contain("can be written but not read"));
    }
}
