using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace Timelines.Tool.Tests;

public sealed class InfoCommandTest
{
    [Test]
    public async Task The_table_tells_counts_span_precisions_and_the_most_used_tags()
    {
        var run = await ToolRun.RunAsync("info", TestFiles.Belarus);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(run.Output, Does.Contain("Belarus and the 2022 Russian invasion of Ukraine").And.Contain("Europe/Minsk"));
        Assert.That(run.Output, Does.Contain("2022-01-01 to 2022-12-31"));
        foreach (var section in new[] { "Dates", "Precision (each date)", "Qualifier (each date)", "Status", "Tag", "Actor", "Place" })
        {
            Assert.That(run.Output, Does.Contain(section));
        }
    }

    [Test]
    public async Task Json_counts_are_those_of_the_events()
    {
        var timeline = TestFiles.BelarusTimeline;

        var run = await ToolRun.RunAsync("info", TestFiles.Belarus, "--format", "json", "--top", "0");

        using var info = JsonDocument.Parse(run.Output);
        var root = info.RootElement;
        Assert.That(root.GetProperty("events").GetInt32(), Is.EqualTo(timeline.Count));
        Assert.That(root.GetProperty("dates").GetProperty("intervals").GetInt32(), Is.EqualTo(timeline.Events.Count(e => e.When.IsInterval)));
        Assert.That(root.GetProperty("dates").GetProperty("openEnds").GetInt32(), Is.EqualTo(timeline.Events.Count(e => e.When.HasOpenEnd)));
        var tags = root.GetProperty("tags").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("events").GetInt32());
        var expected = timeline.Events.SelectMany(e => e.Tags).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(tags, Is.EquivalentTo(expected));
        var dates = timeline.Events.Sum(e => e.When.IsInterval ? (e.When.Start.Kind == EdtfEndKind.Date ? 1 : 0) + (e.When.End.Kind == EdtfEndKind.Date ? 1 : 0) : 1);
        Assert.That(root.GetProperty("precisions").EnumerateObject().Sum(p => p.Value.GetInt32()), Is.EqualTo(dates));
    }

    [Test]
    public async Task Json_lines_are_described_as_a_stream_even_with_repeated_ids()
    {
        using var files = new TestFiles();
        var path = files.Write("log.jsonl", """
            {"id":"a","title":"A","when":"2022-02?","tags":["x"]}
            {"id":"a","title":"Again","when":"2022-03/..","tags":["x","y"]}
            """);

        var run = await ToolRun.RunAsync("info", path, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        using var info = JsonDocument.Parse(run.Output);
        Assert.That(info.RootElement.GetProperty("events").GetInt32(), Is.EqualTo(2));
        Assert.That(info.RootElement.GetProperty("timeZone").GetString(), Is.EqualTo("UTC"));
        Assert.That(info.RootElement.GetProperty("qualifiers").GetProperty("uncertain").GetInt32(), Is.EqualTo(1));
        Assert.That(info.RootElement.GetProperty("tags")[0].GetProperty("name").GetString(), Is.EqualTo("x"));
    }

    [Test]
    public async Task Top_limits_the_lists_and_says_so()
    {
        var run = await ToolRun.RunAsync("info", TestFiles.Belarus, "--top", "1");

        Assert.That(run.Output, Does.Contain("1 of ").And.Contain("--top 0 lists all"));
    }

    [Test]
    public async Task A_bad_or_missing_file_is_reported_as_for_every_verb()
    {
        using var files = new TestFiles();
        var bad = files.Write("bad.json", "{");

        var missing = await ToolRun.RunAsync("info", files.PathOf("none.json"));
        var invalid = await ToolRun.RunAsync("info", bad);
        var top = await ToolRun.RunAsync("info", TestFiles.Belarus, "--top", "some");

        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(invalid.ExitCode, Is.EqualTo(ExitCodes.Problems));
        Assert.That(invalid.Error, Does.StartWith($"{bad}:1:"));
        Assert.That(top.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(File.Exists(bad), Is.True);
    }
}
