using System;
using System.IO;

namespace Timelines.Html.Tests;

/// <summary>The repository the tests were built from: the folder above the test output that holds Timeline.sln.</summary>
internal static class RepositoryFolder
{
    private static readonly Lazy<string> Folder = new(Find);

    public static string Root => Folder.Value;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Timeline.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Timeline.sln above {TestContext.CurrentContext.TestDirectory}: these tests run from the repository's build output.");
    }
}
