using System;
using System.IO;
using Timelines.Serialization;

namespace Timelines.Tool.Tests;

/// <summary>A fresh folder per test, and the sample data.</summary>
internal sealed class TestFiles : IDisposable
{
    public TestFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "timeline-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>Gets the Belarus sample's path.</summary>
    public static string Belarus { get; } = Path.Combine(AppContext.BaseDirectory, "sample-data", "belarus-2022.timeline.json");

    /// <summary>Gets the Belarus sample, read by the library.</summary>
    public static Timeline BelarusTimeline { get; } = TimelineJson.ReadFile(Belarus);

    public string Folder { get; }

    /// <summary>Gets a path in the folder.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Writes a file in the folder and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Gets the names of the files in the folder (temporary files included).</summary>
    public string[] Names() => Array.ConvertAll(Directory.GetFiles(Folder), f => Path.GetFileName(f)!);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder harms no later test.
        }
    }
}
