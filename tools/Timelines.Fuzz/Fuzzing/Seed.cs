using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Timelines.Fuzzing;

/// <summary>A document the fuzzer starts from: a sample, or a document of the invalid corpus.</summary>
internal sealed record Seed(string Name, byte[] Bytes)
{
    /// <summary>
    /// Reads every <c>.json</c> and <c>.jsonl</c> file of some folders, in the order of their names, so that a run
    /// can be repeated wherever the folders are (the tests read copies beside their binary).
    /// </summary>
    public static IReadOnlyList<Seed> FromFolders(IEnumerable<string> folders) =>
        [.. folders
            .SelectMany(folder => Directory.EnumerateFiles(folder).Where(path => path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".jsonl", StringComparison.Ordinal)))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ThenBy(path => path, StringComparer.Ordinal)
            .Select(path => new Seed(Path.GetFileName(path), File.ReadAllBytes(path)))];
}
