using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Timelines.Fuzzing;

// The mutation fuzzer of the JSON readers. See README.md beside this file, or run with --help.
var settings = Settings.Parse(args);
if (settings is null)
{
    Console.WriteLine(Settings.Help);
    return 2;
}

var seeds = Seed.FromFolders(settings.Corpus);
if (seeds.Count == 0)
{
    Console.Error.WriteLine("No seed documents (.json, .jsonl) in: " + string.Join(", ", settings.Corpus));
    return 2;
}

var run = new FuzzRun(seeds, settings.Seed)
{
    HangLimit = TimeSpan.FromMilliseconds(settings.HangLimitMilliseconds),
    MaxFailures = settings.MaxFailures,
};

if (settings.Replay is { } index)
{
    var failure = run.CheckDocument(index, out var elapsed, out var length, out var slowest);
    var document = run.MakeDocument(index, out var description, out _);
    Console.WriteLine($"Document {index} of seed {settings.Seed}: {length} bytes, {description}; its slowest reader, {slowest}, took {elapsed.TotalMilliseconds:0.0} ms.");
    Directory.CreateDirectory(settings.Output);
    var path = Path.Combine(settings.Output, $"{settings.Seed}-{index}.bin");
    File.WriteAllBytes(path, document);
    Console.WriteLine($"Written to {path}.");
    Console.WriteLine(failure is null ? "The contract held." : string.Join(Environment.NewLine, failure.Broken));
    return failure is null ? 0 : 1;
}

Console.WriteLine($"Fuzzing the JSON readers: {seeds.Count} seeds, seed {settings.Seed}, documents {settings.First} to {settings.First + settings.Documents - 1}, {settings.Threads} threads, hang limit {settings.HangLimitMilliseconds} ms{(settings.Seconds is { } s ? $", at most {s} s" : string.Empty)}.");
var start = DateTime.UtcNow;
var report = run.Run(
    settings.First,
    settings.Documents,
    settings.Threads,
    settings.Seconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
    done =>
    {
        if (done % 50_000 == 0)
        {
            var rate = done / Math.Max(0.001, (DateTime.UtcNow - start).TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done:N0} documents, {rate:N0} a second"));
        }
    });

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{report.Documents:N0} documents ({report.Bytes / 1e6:N1} MB) in {report.Elapsed.TotalSeconds:N1} s ({report.Documents / Math.Max(0.001, report.Elapsed.TotalSeconds):N0} a second); slowest reader {report.Slowest.TotalMilliseconds:N1} ms ({report.SlowestReader}, {report.SlowestLength:N0} bytes); {report.Failures.Count} broke the contract."));
if (report.Failures.Count > 0)
{
    Directory.CreateDirectory(settings.Output);
    foreach (var failure in report.Failures)
    {
        var path = Path.Combine(settings.Output, $"{settings.Seed}-{failure.Index}");
        File.WriteAllBytes(path + ".bin", failure.Document);
        File.WriteAllLines(path + ".txt", [failure.Description, .. failure.Broken]);
        Console.WriteLine($"- document {failure.Index} ({failure.Document.Length} bytes; {failure.Description}), written to {path}.bin:");
        foreach (var line in failure.Broken.Take(5))
        {
            Console.WriteLine("    " + line.Split('\n')[0]);
        }
    }

    Console.WriteLine($"Replay one with: dotnet run -c Release --project tools/Timelines.Fuzz -- --seed {settings.Seed} --replay <index>");
}

return report.Failures.Count == 0 && report.Documents > 0 ? 0 : 1;

/// <summary>The command line.</summary>
internal sealed record Settings(long Documents, long First, long Seed, int Threads, int? Seconds, int HangLimitMilliseconds, int MaxFailures, IReadOnlyList<string> Corpus, string Output, long? Replay)
{
    public const string Help = """
        Timelines.Fuzz: mutates the samples and the invalid corpus and checks every JSON reader against its contract
        (only TimelineJsonException escapes, every error has a position, the readers agree whatever the sizes of
        reads, what loads saves and reloads equal, no document under 1 MB takes more than the hang limit).

          --documents N      how many documents (default 10000)
          --first N          the index of the first document (default 0), to share a long run between machines
          --seed N           the run's seed (default 1); document i depends only on the seed and i
          --threads N        threads (default: the number of processors)
          --seconds N        stop after N seconds even if not all documents are done
          --hang-limit-ms N  the most one document may take, timed twice (default 1000)
          --max-failures N   stop after N documents broke the contract (default 20)
          --corpus DIR       a folder of seed documents; repeat for more (default: docs/samples, samples/data and
                             tests/Timelines.Tests/Serialization/invalid of the repository around the current folder)
          --out DIR          where to write documents that broke the contract (default artifacts/fuzz)
          --replay I         check document I alone, write it to --out and say what broke

        Example, the run of a million documents: dotnet run -c Release --project tools/Timelines.Fuzz -- --documents 1000000
        """;

    public static Settings? Parse(string[] args)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h" || !args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 == args.Length)
            {
                return null;
            }

            if (!values.TryGetValue(args[i], out var list))
            {
                values[args[i]] = list = [];
            }

            list.Add(args[++i]);
        }

        long Number(string name, long fallback) => values.TryGetValue(name, out var v) ? long.Parse(v[^1], CultureInfo.InvariantCulture) : fallback;
        var root = FindRepository();
        var corpus = values.TryGetValue("--corpus", out var folders)
            ? folders
            : root is null ? [] : [Path.Combine(root, "docs", "samples"), Path.Combine(root, "samples", "data"), Path.Combine(root, "tests", "Timelines.Tests", "Serialization", "invalid")];
        return new Settings(
            Number("--documents", 10_000),
            Number("--first", 0),
            Number("--seed", 1),
            (int)Number("--threads", Environment.ProcessorCount),
            values.ContainsKey("--seconds") ? (int)Number("--seconds", 0) : null,
            (int)Number("--hang-limit-ms", 1000),
            (int)Number("--max-failures", 20),
            corpus,
            values.TryGetValue("--out", out var output) ? output[^1] : Path.Combine(root ?? ".", "artifacts", "fuzz"),
            values.ContainsKey("--replay") ? Number("--replay", 0) : null);
    }

    private static string? FindRepository()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Timeline.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
