using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using Timelines.Serialization;
using Timelines.Svg;

namespace Timelines.Html.Tests;

/// <summary>
/// One run of the browser checks (js/page-checks.mjs) for every browser test: writes the Belarus page, a
/// 10,000-event page and the Belarus SVG, has Chromium open them, and keeps the report. When Chromium or the
/// node packages are missing, every browser test fails and says what to install.
/// </summary>
/// <remarks>
/// Chromium is Debian's (<c>/usr/bin/chromium</c>, or the path in <c>TIMELINES_CHROMIUM</c>); the node packages
/// come from js/package-lock.json. <c>.ci/setup-pictures</c> installs both. With <c>TIMELINES_PICTURES_OUTPUT</c>
/// naming a folder, the pages, the SVG and the screenshots are kept there.
/// </remarks>
internal static class BrowserSession
{
    private static readonly Lazy<Result> Run = new(Start);

    /// <summary>Gets what stopped the browser checks (nothing to drive them with, or a crash), or null.</summary>
    public static string? Problem => Run.Value.Problem;

    public static JsonElement Report => Run.Value.Report ?? throw new InvalidOperationException(Run.Value.Problem);

    public static string Output => Run.Value.Output;

    private static Result Start()
    {
        var repository = RepositoryFolder.Root;
        var scripts = Path.Combine(repository, "tests", "Timelines.Html.Tests", "js");
        var chromium = Environment.GetEnvironmentVariable("TIMELINES_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        const string Setup = "Run .ci/setup-pictures, which installs Debian's chromium (apt-get install chromium) and the node packages (npm ci in tests/Timelines.Html.Tests/js).";
        if (!File.Exists(chromium))
        {
            return Result.Failed($"The browser tests need Chromium at {chromium}, and it is not there. {Setup}");
        }

        if (!Directory.Exists(Path.Combine(scripts, "node_modules", "playwright-core")))
        {
            return Result.Failed($"The browser tests need the node package playwright-core in {scripts}/node_modules, and it is not there. {Setup}");
        }

        var output = Environment.GetEnvironmentVariable("TIMELINES_PICTURES_OUTPUT") is { Length: > 0 } kept
            ? Directory.CreateDirectory(kept).FullName
            : Directory.CreateTempSubdirectory("timelines-browser-").FullName;
        var belarus = TimelineJson.ReadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "sample-data", "belarus-2022.timeline.json"));
        var pages = new
        {
            chromium,
            output,
            belarus = Path.Combine(output, "belarus-2022.html"),
            large = Path.Combine(output, "large-10000.html"),
            svg = Path.Combine(output, "belarus-2022.svg"),
            pdf = Environment.GetEnvironmentVariable("TIMELINES_PICTURES_OUTPUT") is { Length: > 0 },
        };
        File.WriteAllText(pages.belarus, TimelineHtml.Render(belarus));
        File.WriteAllText(pages.large, TimelineHtml.Render(LargeTimeline.Create(10_000)));
        File.WriteAllText(pages.svg, TimelineSvg.Render(belarus));
        var config = Path.Combine(output, "config.json");
        File.WriteAllText(config, JsonSerializer.Serialize(pages));

        var start = new ProcessStartInfo("node", [Path.Combine(scripts, "page-checks.mjs"), config])
        {
            WorkingDirectory = scripts,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return Result.Failed($"The browser tests need node on PATH ({e.Message}). {Setup}");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var written = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                return Result.Failed("The browser checks did not finish in 5 minutes.");
            }

            if (process.ExitCode != 0)
            {
                return Result.Failed($"The browser checks failed (exit code {process.ExitCode}): {errors.Result}{written.Result}");
            }
        }

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        return new Result(report.RootElement.Clone(), null, output);
    }

    private sealed record Result(JsonElement? Report, string? Problem, string Output)
    {
        public static Result Failed(string problem) => new(null, problem, string.Empty);
    }
}
