using System.Threading.Tasks;

namespace Timelines.Tool.Tests;

/// <summary>Every way a query can be asked wrongly ends with exit code 2 and one message that says what to change.</summary>
public sealed class QueryErrorsTest
{
    [TestCase("--overlapping 2022-13", "--overlapping 2022-13: not EDTF: '13' is neither a month (01 to 12) nor a season (21 to 24) (at character 6).")]
    [TestCase("--on 2022-02-30", "--on 2022-02-30: not a day such as 2022-10-15")]
    [TestCase("--at 2022-02-24", "--at 2022-02-24: not an instant such as 2022-10-15T12:00:00Z")]
    [TestCase("--zone Mars/Olympus --on 2022-02-24", "--zone Mars/Olympus: not a time zone id of the TZDB")]
    [TestCase("--next 2022,x", "--next 2022,x: the count after the comma must be a whole number")]
    [TestCase("--related sideways:2022", "--related sideways:2022: give RELATION:PERIOD or RELATION:@EVENT-ID")]
    [TestCase("--related during:@", "the event id after @ is missing")]
    [TestCase("--related during:@nobody", "--related during:@nobody: no event of the timeline has the id 'nobody'.")]
    [TestCase("--take -1", "--take -1: not a whole number, 0 or more.")]
    [TestCase("--on 2022-02-24 --overlapping 2022", "--overlapping and --on: give one time condition")]
    [TestCase("--certainly --possibly", "--certainly and --possibly: give one of them.")]
    [TestCase("--count --peak", "--count and --peak: give at most one of")]
    [TestCase("--count --format ids", "--count prints no events: --format ids does not apply")]
    [TestCase("--histogram-range 2022", "--histogram-range needs --histogram.")]
    [TestCase("--histogram fortnight", "fortnight")]
    [TestCase("--format xml", "xml")]
    [TestCase("--ongoing sometimes", "sometimes")]
    [TestCase("--overlaping 2022", "--overlaping")]
    public async Task A_bad_option_is_named_with_what_is_wrong_and_exit_code_2(string options, string message)
    {
        var run = await ToolRun.RunAsync(["query", TestFiles.Belarus, .. options.Split(' ')]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString);
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(run.Error, Does.StartWith("timeline: "));
        Assert.That(run.Error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public async Task A_bad_edtf_value_is_shown_with_a_caret_under_the_character_at_fault()
    {
        var run = await ToolRun.RunAsync("query", TestFiles.Belarus, "--overlapping", "2022-13");

        Assert.That(run.Error, Does.Contain("    2022-13\n         ^"));
        Assert.That(run.Error, Does.Contain("Run 'timeline query --help'"));
    }

    [Test]
    public async Task A_missing_file_is_exit_code_2_and_an_invalid_one_exit_code_1_with_its_problems()
    {
        using var files = new TestFiles();
        var invalid = files.Write("bad.json", """{"format":"timeline/1","id":"x","title":"X","events":[{"id":"a","title":"A","when":"2022-13"}]}""");

        var missing = await ToolRun.RunAsync("query", files.PathOf("none.json"), "--count");
        var bad = await ToolRun.RunAsync("query", invalid, "--count");

        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(missing.Error, Does.Contain("none.json: no such file."));
        Assert.That(bad.ExitCode, Is.EqualTo(ExitCodes.Problems));
        Assert.That(bad.Output, Is.Empty);
        Assert.That(bad.Error, Does.StartWith($"{invalid}:1:").And.Contain("$.events[0].when: '2022-13' is not valid EDTF"));
    }

    [Test]
    public async Task Json_lines_with_a_repeated_id_cannot_be_one_timeline_and_the_library_s_problem_is_printed()
    {
        using var files = new TestFiles();
        var path = files.Write("dup.jsonl", """
            {"id":"a","title":"A","when":"2022"}
            {"id":"a","title":"Again","when":"2023"}
            """);

        var run = await ToolRun.RunAsync("query", path, "--count");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Problems), run.ToString);
        Assert.That(run.Error, Does.Contain($"{path}: event 'a', id: The id is used by more than one event"));
    }

    [Test]
    public async Task Counting_json_lines_with_a_relation_to_a_missing_event_prints_the_library_s_problem()
    {
        using var files = new TestFiles();
        var path = files.Write("orphan.jsonl", """
            {"id":"a","title":"A","when":"2022"}
            {"id":"b","title":"B","when":"2023","relations":[{"kind":"follows","targetId":"gone"}]}
            """);

        var run = await ToolRun.RunAsync("query", path, "--overlapping", "2022", "--count");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Problems), run.ToString);
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain("No event has the id 'gone'."));
    }
}
