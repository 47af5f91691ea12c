using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Timelines.Tool.Formats;

namespace Timelines.Tool.Tests;

/// <summary>One registration adds a format to every command: the seam the other formats will use.</summary>
public sealed class FormatSeamTest : FileTest
{
    [Test]
    public async Task A_registered_format_is_converted_to_and_from_validated_and_listed()
    {
        var zipped = Files.PathOf("belarus.jsonl.gz");
        var back = Files.PathOf("back.json");
        var registry = GzipJsonLines.Registry();

        var there = await ToolRun.RunAsync(new ToolConsoleSpec(), ["convert", TestFiles.Belarus, zipped], registry);
        var validate = await ToolRun.RunAsync(new ToolConsoleSpec(), ["validate", zipped], registry);
        var again = await ToolRun.RunAsync(new ToolConsoleSpec(), ["convert", zipped, back], registry);
        var listed = await ToolRun.RunAsync(new ToolConsoleSpec(), ["formats"], registry);

        Assert.That(there.ExitCode, Is.EqualTo(ExitCodes.Success), there.ToString);
        Assert.That(validate.ExitCode, Is.EqualTo(ExitCodes.Success), validate.ToString);
        Assert.That(validate.Error, Does.Contain("valid, 18 events"));
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Success), again.ToString);
        Assert.That(Serialization.TimelineJson.ReadFile(back).Events, Is.EqualTo(TestFiles.BelarusTimeline.Events));
        Assert.That(listed.Output, Does.Contain("jsonl.gz").And.Contain("gzip-compressed JSON Lines"));
    }

    [Test]
    public async Task A_registered_format_s_errors_are_problems_with_exit_code_1()
    {
        var corrupt = Files.Write("corrupt.jsonl.gz", "this is not gzip");
        var badLine = Files.PathOf("bad.jsonl.gz");
        await using (var stream = File.Create(badLine))
        await using (var zip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest))
        await using (var writer = new StreamWriter(zip))
        {
            await writer.WriteLineAsync("""{"id":"a","title":"A","when":"2022-13"}""");
        }

        var notGzip = await ToolRun.RunAsync(new ToolConsoleSpec(), ["validate", corrupt], GzipJsonLines.Registry());
        var bad = await ToolRun.RunAsync(new ToolConsoleSpec(), ["validate", badLine, "--format", "json"], GzipJsonLines.Registry());

        Assert.That(notGzip.ExitCode, Is.EqualTo(ExitCodes.Problems), notGzip.ToString);
        Assert.That(notGzip.Output, Does.StartWith($"{corrupt}: jsonl.gz: "));
        Assert.That(bad.ExitCode, Is.EqualTo(ExitCodes.Problems), bad.ToString);
        Assert.That(bad.Output, Does.Contain("\"line\": 1").Or.Contain("\"line\":1"));
        Assert.That(bad.Output, Does.Contain("'2022-13' is not valid EDTF"));
    }

    [Test]
    public void A_name_or_extension_can_be_registered_once()
    {
        var registry = BuiltInFormats.Timelines();

        Assert.That(() => registry.Add(new DelegateTimelineFormat("json", [".js"], "again", null, null)), Throws.ArgumentException.With.Message.Contains("'json'"));
        Assert.That(() => registry.Add(new DelegateTimelineFormat("other", [".jsonl"], "again", null, null)), Throws.ArgumentException.With.Message.Contains("'.jsonl'"));
        Assert.That(registry.All.Select(f => f.Name), Is.EqualTo(new[] { "json", "jsonl", "timelinejs3", "timelinejs3-sheet", "csv", "icalendar", "geojson", "json-ld" }), "the adds above were refused");
    }

    [Test]
    public async Task A_write_only_format_cannot_be_read_and_says_so()
    {
        var registry = BuiltInFormats.Timelines().Add(new DelegateTimelineFormat("titles", [".titles"], "titles, write only", null, (t, s, _) => s.Write(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', t.Events.Select(e => e.Title))))));
        var titles = Files.PathOf("belarus.titles");

        var write = await ToolRun.RunAsync(new ToolConsoleSpec(), ["convert", TestFiles.Belarus, titles], registry);
        var read = await ToolRun.RunAsync(new ToolConsoleSpec(), ["validate", titles], registry);

        Assert.That(write.ExitCode, Is.EqualTo(ExitCodes.Success), write.ToString);
        Assert.That(File.ReadAllLines(titles), Has.Length.EqualTo(18));
        Assert.That(read.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(read.Error, Does.Contain("can be written but not read"));
    }
}
