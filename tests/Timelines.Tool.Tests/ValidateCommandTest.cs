using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Timelines.Serialization;

namespace Timelines.Tool.Tests;

public sealed class ValidateCommandTest : FileTest
{
    private const string BadDocument = """
        {
          "format": "timeline/1",
          "id": "bad",
          "title": "Bad",
          "events": [
            { "id": "a", "title": "Été à Minsk", "when": "2022-13" },
            { "id": "b", "title": 5, "when": "2022" },
            { "id": "c", "title": "C", "places": [{ "name": "P", "latitude": 91, "longitude": 0 }] }
          ]
        }
        """;

    [Test]
    public async Task A_valid_document_gives_exit_code_0_and_no_problem()
    {
        var run = await ToolRun.RunAsync("validate", TestFiles.Belarus);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain("valid, 18 events"));
    }

    [Test]
    public async Task With_chronology_contradictions_are_problems_and_without_it_the_timeline_is_valid()
    {
        // The Belarus data says the October 2022 joint grouping follows the Russian troops' stay, which is still
        // going on: it cannot have started after that stay ended.
        var plain = await ToolRun.RunAsync("validate", TestFiles.Belarus);
        var checkedRun = await ToolRun.RunAsync("validate", TestFiles.Belarus, "--chronology");

        Assert.That(plain.ExitCode, Is.EqualTo(ExitCodes.Success), plain.ToString);
        Assert.That(checkedRun.ExitCode, Is.EqualTo(ExitCodes.Problems), checkedRun.ToString);
        var index = TestFiles.BelarusTimeline.Events.IndexOf(TestFiles.BelarusTimeline["joint-grouping-ordered"]);
        Assert.That(checkedRun.OutputLines.Single(), Does.StartWith($"{TestFiles.Belarus}: $.events[{index}].relations[0]: The dates, relations and constraints contradict each other:"));
        Assert.That(checkedRun.OutputLines.Single(), Does.Contain("'joint-grouping-ordered' follows 'russian-troops-remain'"));
    }

    [Test]
    public async Task Every_problem_of_a_document_is_the_library_s_own_error_at_its_line_and_column()
    {
        var path = Files.Write("bad.timeline.json", BadDocument);
        var expected = Assert.Throws<TimelineJsonException>(() => TimelineJson.Parse(BadDocument))!.Errors;

        var run = await ToolRun.RunAsync("validate", path);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Problems), run.ToString);
        Assert.That(run.OutputLines, Has.Length.EqualTo(expected.Length).And.Length.GreaterThanOrEqualTo(3));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.That(run.OutputLines[i], Does.StartWith($"{path}:{expected[i].Line}:").And.EndWith($": {expected[i].Path}: {expected[i].Message}"));
        }

        // The column counts characters, the library's byte counts UTF-8 bytes: "Été à" has three two-byte letters.
        var line = BadDocument.Split('\n')[5];
        var column = line.IndexOf("\"2022-13\"", StringComparison.Ordinal) + 1;
        var bytePosition = Encoding.UTF8.GetByteCount(line[..(column - 1)]) + 1;
        Assert.That(expected[0].BytePosition, Is.EqualTo(bytePosition));
        Assert.That(run.OutputLines[0], Does.StartWith($"{path}:6:{column}: $.events[0].when: "));
        Assert.That(column, Is.EqualTo(bytePosition - 3));
    }

    [Test]
    public async Task Every_bad_line_of_json_lines_is_reported_and_the_good_lines_are_counted()
    {
        var good = TestFiles.BelarusTimeline.Events.Take(3).Select(e => TimelineJson.ToJson(e)).ToArray();
        var path = Files.Write("log.jsonl", string.Join('\n', [
            good[0],
            """{"id":"x","title":"Été","when":"2022-13"}""",
            "not json",
            "",
            good[1],
            """{"id":"y","when":"2022"}""",
            good[2],
        ]) + "\n");

        var run = await ToolRun.RunAsync("validate", path);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Problems), run.ToString);
        Assert.That(run.OutputLines, Has.Length.EqualTo(3));
        Assert.That(run.OutputLines[0], Does.StartWith($"{path}:2:32: $.when: '2022-13' is not valid EDTF"));
        Assert.That(run.OutputLines[1], Does.StartWith($"{path}:3:2: $: The JSON is malformed"));
        Assert.That(run.OutputLines[2], Does.StartWith($"{path}:6:").And.Contains("'title'"));
        Assert.That(run.Error, Does.Contain("3 problems"));

        // The same messages as the library's own reader gives for each bad line read alone.
        var alone = Assert.Throws<TimelineJsonException>(() => TimelineJson.ParseEvent("""{"id":"y","when":"2022"}"""))!;
        Assert.That(run.OutputLines[2], Does.EndWith(alone.Errors[0].Message));
    }

    [Test]
    public async Task Json_output_lists_each_file_and_each_problem_for_machines()
    {
        var bad = Files.Write("bad.json", BadDocument);

        var run = await ToolRun.RunAsync("validate", TestFiles.Belarus, bad, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Problems), run.ToString);
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.That(root.GetProperty("valid").GetBoolean(), Is.False);
        var reported = root.GetProperty("files").EnumerateArray().ToArray();
        Assert.That(reported, Has.Length.EqualTo(2));
        Assert.That(reported[0].GetProperty("valid").GetBoolean(), Is.True);
        Assert.That(reported[0].GetProperty("events").GetInt32(), Is.EqualTo(18));
        Assert.That(reported[0].GetProperty("problems").GetArrayLength(), Is.Zero);
        var problems = reported[1].GetProperty("problems").EnumerateArray().ToArray();
        Assert.That(problems, Has.Length.EqualTo(root.GetProperty("problems").GetInt32()).And.Length.GreaterThanOrEqualTo(3));
        Assert.That(problems[0].GetProperty("line").GetInt32(), Is.EqualTo(6));
        Assert.That(problems[0].GetProperty("path").GetString(), Is.EqualTo("$.events[0].when"));
        Assert.That(problems[0].GetProperty("message").GetString(), Does.Contain("'2022-13'"));
    }

    [Test]
    public async Task Max_errors_stops_a_file_after_that_many_problems()
    {
        var path = Files.Write("many.jsonl", string.Join('\n', Enumerable.Repeat("not json", 10)));

        var run = await ToolRun.RunAsync("validate", path, "--max-errors", "2");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Problems));
        Assert.That(run.OutputLines, Has.Length.EqualTo(2));
    }

    [Test]
    public async Task A_missing_file_gives_exit_code_2_and_the_other_files_are_still_checked()
    {
        var missing = Files.PathOf("missing.json");

        var run = await ToolRun.RunAsync("validate", missing, TestFiles.Belarus);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString);
        Assert.That(run.Error, Does.Contain($"timeline: {missing}: no such file."));
        Assert.That(run.Error, Does.Contain("valid, 18 events"));
        Assert.That(run.Error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public async Task A_folder_or_an_unknown_extension_gives_exit_code_2_with_what_to_do()
    {
        var unknown = Files.Write("events.txt", File.ReadAllText(TestFiles.Belarus));

        var folder = await ToolRun.RunAsync("validate", Files.Folder);
        var extension = await ToolRun.RunAsync("validate", unknown);
        var named = await ToolRun.RunAsync("validate", unknown, "--from", "json");
        var badName = await ToolRun.RunAsync("validate", unknown, "--from", "yaml");

        Assert.That(folder.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(folder.Error, Does.Contain("is a folder"));
        Assert.That(extension.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(extension.Error, Does.Contain("cannot tell the format").And.Contain("--from"));
        Assert.That(named.ExitCode, Is.EqualTo(ExitCodes.Success), named.ToString);
        Assert.That(badName.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(badName.Error, Does.Contain("--from yaml: no such format; known: json, jsonl"));
    }

    [Test]
    public async Task Quiet_leaves_only_the_problems()
    {
        var run = await ToolRun.RunAsync("validate", TestFiles.Belarus, "--quiet");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(run.Output + run.Error, Is.Empty);
    }

    [Test]
    public async Task A_line_longer_than_the_library_s_limit_is_reported_and_reading_goes_on()
    {
        var limit = TimelineJsonOptions.Default.MaxEventBytes;
        var good = TimelineJson.ToJson(TestFiles.BelarusTimeline.Events[0]);
        var path = Files.PathOf("long.jsonl");
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine(good);
            writer.WriteLine("{\"id\":\"" + new string('x', limit) + "\"}");
            writer.WriteLine(good.Replace("drills-2022-02", "second", StringComparison.Ordinal));
        }

        var run = await ToolRun.RunAsync("validate", path);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Problems), run.ToString);
        Assert.That(run.OutputLines, Has.Length.EqualTo(1));
        Assert.That(run.OutputLines[0], Does.StartWith($"{path}:2:1: $: The line is longer than the limit"));
        Assert.That(run.Error, Does.Contain("1 problem"));
    }
}
