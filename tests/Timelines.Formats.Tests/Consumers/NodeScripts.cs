using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace Timelines.Formats.Tests.Consumers;

/// <summary>
/// Runs the node scripts of <c>tests/Timelines.Formats.Tests/js</c> (the real consumers of the files the writers
/// produce) and reads their JSON output. When node, the node packages or Chromium are missing the test fails and
/// says what to install: a consumer check that cannot run has not passed.
/// </summary>
internal static class NodeScripts
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The folder of the scripts and their package.json, found from the test's output folder up.</summary>
    public static string Folder
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "tests", "Timelines.Formats.Tests", "js");
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }

            Assert.Fail("Could not find tests/Timelines.Formats.Tests/js/package.json above " + AppContext.BaseDirectory);
            return string.Empty;
        }
    }

    /// <summary>Fails the test, saying what to install, when Chromium is missing.</summary>
    public static void RequireChromium()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Assert.Fail($"Chromium is missing at {chromium}: install Debian's package with '.ci/lib/ensure-apt chromium chromium' (or apt-get install chromium), or set CHROMIUM. .ci/setup-formats does both setups.");
        }
    }

    /// <summary>Runs a script with arguments and returns its JSON output; fails the test with its error output otherwise.</summary>
    public static JsonDocument Run(string script, params string[] arguments)
    {
        var folder = Folder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            Assert.Fail($"The node packages are not installed: run 'npm ci' in {folder} (.ci/setup-formats does it).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"node could not be started ({e.Message}): install Node.js 20 or later and put it on PATH.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node {script} did not finish within {Timeout.TotalSeconds} s.\n{error.Result}");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Assert.Fail($"node {script} failed with exit code {process.ExitCode}:\n{error.Result}\n{output.Result}");
            }

            return JsonDocument.Parse(output.Result);
        }
    }

    /// <summary>A file in a fresh folder of the test's own, for the writers' output.</summary>
    public static string OutputFile(string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "formats-output", TestContext.CurrentContext.Test.Name);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
