using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Timelines.Serialization;

namespace Timelines.Tool.Tests;

public sealed class ConvertCommandTest : FileTest
{
    [Test]
    public async Task Json_to_json_lines_and_back_keeps_every_event()
    {
        var lines = Files.PathOf("belarus.jsonl");
        var back = Files.PathOf("back.timeline.json");

        var there = await ToolRun.RunAsync("convert", TestFiles.Belarus, lines);
        var again = await ToolRun.RunAsync("convert", lines, back, "--indented");

        Assert.That(there.ExitCode, Is.EqualTo(ExitCodes.Success), there.ToString);
        Assert.That(there.Error, Does.Contain("18 events written (json to jsonl)"));
        await using (var stream = File.OpenRead(lines))
        {
            Assert.That(TimelineJson.ReadJsonLines(stream).ToList(), Is.EqualTo(TestFiles.BelarusTimeline.Events));
        }

        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Success), again.ToString);
        var read = TimelineJson.ReadFile(back);
        Assert.That(read.Events, Is.EqualTo(TestFiles.BelarusTimeline.Events));
        Assert.That(read.Id, Is.EqualTo("belarus"));
        Assert.That(File.ReadAllText(back), Does.Contain("\n  \"events\": ["), "indented");
        Assert.That(Files.Names(), Is.EquivalentTo(new[] { "belarus.jsonl", "back.timeline.json" }), "no temporary file left");
    }

    [Test]
    public async Task Json_to_json_is_the_library_s_own_bytes_and_to_names_the_format()
    {
        var output = Files.PathOf("copy.out");

        var run = await ToolRun.RunAsync("convert", TestFiles.Belarus, output, "--to", "json", "--bounds", "--quiet");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(run.Error, Is.Empty);
        Assert.That(File.ReadAllText(output), Is.EqualTo(TimelineJson.ToJson(TestFiles.BelarusTimeline, new TimelineJsonOptions { WriteBounds = true })));
    }

    [Test]
    public async Task Json_lines_to_json_lines_streams_a_log_with_repeated_ids()
    {
        var log = Files.Write("log.jsonl", """
            {"id":"a","title":"A","when":"2022"}
            {"id":"a","title":"Again","when":"2023"}
            """);
        var output = Files.PathOf("copy.ndjson");

        var run = await ToolRun.RunAsync("convert", log, output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(File.ReadAllLines(output), Has.Length.EqualTo(2));
    }

    [Test]
    public async Task A_bad_input_leaves_the_old_output_as_it_was_and_no_temporary_file()
    {
        var bad = Files.Write("bad.jsonl", "{\"id\":\"a\",\"title\":\"A\",\"when\":\"2022\"}\nnot json\n");
        var output = Files.Write("out.jsonl", "old");

        var run = await ToolRun.RunAsync("convert", bad, output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Problems), run.ToString);
        Assert.That(run.Error, Does.StartWith($"{bad}:2:2: $: The JSON is malformed"));
        Assert.That(File.ReadAllText(output), Is.EqualTo("old"));
        Assert.That(Files.Names(), Is.EquivalentTo(new[] { "bad.jsonl", "out.jsonl" }));
    }

    [TestCase("missing-folder/out.json", "the folder")]
    [TestCase("out.xml", "cannot tell the format from the file's name")]
    public async Task An_output_that_cannot_be_written_gives_exit_code_2(string output, string message)
    {
        var run = await ToolRun.RunAsync("convert", TestFiles.Belarus, Files.PathOf(output));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString);
        Assert.That(run.Error, Does.Contain(message));
    }

    [Test]
    public async Task An_output_that_is_a_folder_or_an_unknown_to_gives_exit_code_2()
    {
        var folder = await ToolRun.RunAsync("convert", TestFiles.Belarus, Files.Folder, "--to", "json");
        var unknown = await ToolRun.RunAsync("convert", TestFiles.Belarus, Files.PathOf("x.json"), "--to", "yaml");

        Assert.That(folder.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(folder.Error, Does.Contain("is a folder"));
        Assert.That(unknown.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(unknown.Error, Does.Contain("--to yaml: no such format; known: json, jsonl, timelinejs3, timelinejs3-sheet, csv, icalendar, geojson, json-ld."));
    }

    [Test]
    public async Task A_missing_input_gives_exit_code_2()
    {
        var run = await ToolRun.RunAsync("convert", Files.PathOf("none.jsonl"), Files.PathOf("out.json"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error, Does.Contain("none.jsonl: no such file."));
        Assert.That(Files.Names(), Is.Empty);
    }
}
