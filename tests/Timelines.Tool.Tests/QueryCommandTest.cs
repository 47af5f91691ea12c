using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using Timelines.Querying;
using Timelines.Serialization;

namespace Timelines.Tool.Tests;

public sealed class QueryCommandTest
{
    private static readonly Timeline Belarus = TestFiles.BelarusTimeline;

    /// <summary>Each option against the library's own query, built by hand: the tool's answer must be the same events in the same order.</summary>
    private static IEnumerable<TestCaseData> Questions()
    {
        static TestCaseData Case(string args, Func<TimelineQuery, TimelineQuery> query) =>
            new TestCaseData(args.Split(' '), query).SetArgDisplayNames(args);

        var zone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        yield return Case("--overlapping 2022-03", q => q.Overlapping(EdtfValue.Parse("2022-03")));
        yield return Case("--overlapping 2022-03 --certainly", q => q.Overlapping(EdtfValue.Parse("2022-03")).Certainly());
        yield return Case("--on 2022-10-15", q => q.On(new LocalDate(2022, 10, 15)));
        yield return Case("--on 2022-10-15 --zone Asia/Tokyo", q => q.On(new LocalDate(2022, 10, 15), zone));
        yield return Case("--at 2022-02-24T03:00:00Z", q => q.At(Instant.FromUtc(2022, 2, 24, 3, 0)));
        yield return Case("--at 2022-02-24T06:00:00+03:00 --certainly", q => q.At(Instant.FromUtc(2022, 2, 24, 3, 0)).Certainly());
        yield return Case("--within 2022-02/2022-04", q => q.Within(EdtfValue.Parse("2022-02/2022-04")));
        yield return Case("--containing 2022-03-10", q => q.Containing(EdtfValue.Parse("2022-03-10")));
        yield return Case("--before 2022-03", q => q.Before(EdtfValue.Parse("2022-03")));
        yield return Case("--after 2022-03", q => q.After(EdtfValue.Parse("2022-03")));
        yield return Case("--starting-in 2022-02", q => q.StartingIn(EdtfValue.Parse("2022-02")));
        yield return Case("--next 2022-03", q => q.Next(EdtfValue.Parse("2022-03"), 1));
        yield return Case("--next 2022-03,5", q => q.Next(EdtfValue.Parse("2022-03"), 5));
        yield return Case("--previous 2022-06,3", q => q.Previous(EdtfValue.Parse("2022-06"), 3));
        yield return Case("--related during:2022", q => q.Related(EdtfValue.Parse("2022"), AllenRelation.During));
        yield return Case("--related overlapped-by:2022-02", q => q.Related(EdtfValue.Parse("2022-02"), AllenRelation.OverlappedBy));
        yield return Case("--related after:@drills-2022-02", q => q.Related(Belarus["drills-2022-02"], AllenRelation.After));
        yield return Case("--tag military", q => q.WithTag("military"));
        yield return Case("--tag military --tag drills", q => q.WithTag("military").WithTag("drills"));
        yield return Case("--actor Belarus --place Homiel", q => q.WithActor("Belarus").WithPlace("Homiel"));
        yield return Case("--status ongoing --status completed", q => q.WithStatus(EventStatus.Ongoing, EventStatus.Completed));
        yield return Case("--id eu-sanctions --id us-sanctions-2022-03", q => q.WithIds("eu-sanctions", "us-sanctions-2022-03"));
        yield return Case("--on 2022-10-15 --ongoing forever", q => q.On(new LocalDate(2022, 10, 15)).WithOpenEnds(OpenEnds.Forever));
        yield return Case("--skip 2 --take 3", q => q.Skip(2).Take(3));
        yield return Case("--overlapping 2022-03 --possibly --actor Russia --skip 1", q => q.Overlapping(EdtfValue.Parse("2022-03")).WithActor("Russia").Skip(1));
    }

    [TestCaseSource(nameof(Questions))]
    public async Task The_answer_is_the_library_s_answer(string[] options, Func<TimelineQuery, TimelineQuery> query)
    {
        var expected = query(Belarus.Query()).Select(e => e.Id).ToArray();

        var ids = await ToolRun.RunAsync(["query", TestFiles.Belarus, .. options, "--format", "ids"]);
        var count = await ToolRun.RunAsync(["query", TestFiles.Belarus, .. options, "--count"]);

        Assert.That(ids.ExitCode, Is.EqualTo(ExitCodes.Success), ids.ToString);
        Assert.That(ids.OutputLines, Is.EqualTo(expected));
        Assert.That(count.Output.Trim(), Is.EqualTo(query(Belarus.Query()).Count().ToString(CultureInfo.InvariantCulture)));
    }

    [TestCaseSource(nameof(Questions))]
    public async Task Counting_json_lines_while_reading_gives_the_library_s_count(string[] options, Func<TimelineQuery, TimelineQuery> query)
    {
        // --count on JSON Lines tests each event as it is read (TimelineQuery.Matches) where one event decides the
        // question, and reads the whole timeline where it does not (--next, --previous, --related to an event).
        using var files = new TestFiles();
        var path = files.PathOf("belarus.jsonl");
        await using (var stream = System.IO.File.Create(path))
        {
            TimelineJson.WriteJsonLines(Belarus.Events, stream);
        }

        foreach (var asOf in new[] { Array.Empty<string>(), ["--as-of", "2022-06-30"] })
        {
            var timeline = Timeline.Create("belarus", "belarus", Belarus.Events);
            timeline = asOf.Length == 0 ? timeline : timeline.WithAsOf(new LocalDate(2022, 6, 30));
            var expected = query(timeline.Query()).Count().ToString(CultureInfo.InvariantCulture);

            var run = await ToolRun.RunAsync(["query", path, .. options, .. asOf, "--count"]);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
            Assert.That(run.Output.Trim(), Is.EqualTo(expected), string.Join(' ', asOf));
        }
    }

    [Test]
    public async Task There_are_answers_to_compare()
    {
        // Guards the cases above against comparing empty answers only.
        var run = await ToolRun.RunAsync("query", TestFiles.Belarus, "--overlapping", "2022-03", "--format", "ids");
        Assert.That(run.OutputLines, Has.Length.GreaterThan(5));
    }

    [Test]
    public async Task As_of_changes_the_timeline_s_as_of_day_as_the_library_does()
    {
        var asOf = new LocalDate(2022, 6, 30);
        var expected = Belarus.WithAsOf(asOf).Query().On(new LocalDate(2022, 10, 15)).Select(e => e.Id);

        var run = await ToolRun.RunAsync("query", TestFiles.Belarus, "--on", "2022-10-15", "--as-of", "2022-06-30", "--format", "ids");

        Assert.That(run.OutputLines, Is.EqualTo(expected));
    }

    [Test]
    public async Task Json_and_json_lines_are_the_library_s_events()
    {
        var expected = Belarus.Query().Overlapping(EdtfValue.Parse("2022-03")).ToImmutableArray();

        var json = await ToolRun.RunAsync("query", TestFiles.Belarus, "--overlapping", "2022-03", "--format", "json");
        var lines = await ToolRun.RunAsync("query", TestFiles.Belarus, "--overlapping", "2022-03", "--format", "jsonl");

        using var array = JsonDocument.Parse(json.Output);
        Assert.That(array.RootElement.EnumerateArray().Select(e => TimelineJson.ParseEvent(e.GetRawText())), Is.EqualTo(expected));
        Assert.That(lines.OutputLines.Select(l => TimelineJson.ParseEvent(l)), Is.EqualTo(expected));
    }

    [Test]
    public async Task Csv_has_a_header_and_a_quoted_row_per_event()
    {
        var expected = Belarus.Query().WithTag("sanctions").ToImmutableArray();

        var run = await ToolRun.RunAsync("query", TestFiles.Belarus, "--tag", "sanctions", "--format", "csv");

        var rows = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(rows[0], Is.EqualTo("id,when,title,status,tags,actors,places"));
        Assert.That(rows, Has.Length.EqualTo(expected.Length + 1));
        Assert.That(rows.Skip(1).Select(r => r.Split(',')[0]), Is.EqualTo(expected.Select(e => e.Id)));
    }

    [Test]
    public async Task The_table_lists_each_event_with_its_date_and_title()
    {
        var run = await ToolRun.RunAsync("query", TestFiles.Belarus, "--id", "drills-2022-02");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(run.Output, Does.Contain("2022-02").And.Contain("drills-2022-02").And.Contain("1 event"));
    }

    [Test]
    public async Task The_histogram_is_the_library_s_over_the_days_given()
    {
        var dates = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31));
        var expected = Belarus.Query().WithActor("Belarus").Histogram(dates, HistogramUnit.Month);

        var run = await ToolRun.RunAsync("query", TestFiles.Belarus, "--actor", "Belarus", "--histogram", "month", "--histogram-range", "2022", "--format", "csv");

        var rows = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.That(rows, Is.EqualTo(expected.Select(b => $"{b.First:yyyy-MM-dd},{b.Last:yyyy-MM-dd},{b.Count}")));
    }

    [Test]
    public async Task Without_a_range_the_histogram_covers_the_results()
    {
        var run = await ToolRun.RunAsync("query", TestFiles.Belarus, "--histogram", "year", "--format", "json");

        using var buckets = JsonDocument.Parse(run.Output);
        var only = buckets.RootElement.EnumerateArray().Single();
        Assert.That(only.GetProperty("first").GetString(), Is.EqualTo("2022-01-01"));
        Assert.That(only.GetProperty("count").GetInt32(), Is.EqualTo(Belarus.Query().Histogram(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)), HistogramUnit.Year)[0].Count));
    }

    [Test]
    public async Task Coverage_gaps_and_peak_are_the_library_s()
    {
        var query = Belarus.Query().WithTag("sanctions");
        var coverage = await ToolRun.RunAsync("query", TestFiles.Belarus, "--tag", "sanctions", "--coverage", "--format", "jsonl");
        var gaps = await ToolRun.RunAsync("query", TestFiles.Belarus, "--tag", "sanctions", "--gaps", "2022", "--format", "jsonl");
        var peak = await ToolRun.RunAsync("query", TestFiles.Belarus, "--tag", "sanctions", "--peak", "--format", "json");

        Assert.That(coverage.OutputLines, Has.Length.EqualTo(query.Coverage().Length));
        Assert.That(gaps.OutputLines, Has.Length.EqualTo(query.Gaps(EdtfValue.Parse("2022")).Length));
        using var peakJson = JsonDocument.Parse(peak.Output);
        Assert.That(peakJson.RootElement[0].GetProperty("count").GetInt32(), Is.EqualTo(query.PeakConcurrency().Count));
    }

    [Test]
    public async Task Json_lines_input_is_made_one_timeline_as_the_library_makes_it()
    {
        using var files = new TestFiles();
        var path = files.PathOf("belarus.jsonl");
        await using (var stream = System.IO.File.Create(path))
        {
            TimelineJson.WriteJsonLines(Belarus.Events, stream);
        }

        var expected = Timeline.Create("belarus", "belarus", Belarus.Events).Query().On(new LocalDate(2022, 3, 1)).Select(e => e.Id);
        var run = await ToolRun.RunAsync("query", path, "--on", "2022-03-01", "--format", "ids");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
        Assert.That(run.OutputLines, Is.EqualTo(expected));
    }
}
