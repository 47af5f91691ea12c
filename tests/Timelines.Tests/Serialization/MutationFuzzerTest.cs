using System;
using System.IO;
using System.Linq;
using Timelines.Fuzzing;

namespace Timelines.Tests.Serialization;

/// <summary>
/// The mutation fuzzer on a small budget (tools/Timelines.Fuzz runs it on a large one): documents made from the
/// samples and the invalid corpus keep the readers' contract. No time is judged here; .ci/fuzz-check does that.
/// </summary>
public class MutationFuzzerTest
{
    private static System.Collections.Generic.IReadOnlyList<Seed> Seeds => Seed.FromFolders(
    [
        Path.Combine(AppContext.BaseDirectory, "samples"),
        Path.Combine(AppContext.BaseDirectory, "sample-data"),
        Path.Combine(AppContext.BaseDirectory, "Serialization", "invalid"),
    ]);

    [Test]
    public void Seeds_AreTheSamplesAndTheInvalidCorpus()
    {
        Assert.That(Seeds.Select(s => s.Name), Does.Contain("belarus-2022.timeline.json").And.Contain("events.jsonl").And.Contain("65-invalid-utf8.json"));
    }

    [Test]
    public void MutatedDocuments_KeepTheContract()
    {
        var report = new FuzzRun(Seeds, runSeed: 14).Run(first: 0, count: 1500, threads: 2);
        Assert.That(report.Documents, Is.EqualTo(1500));
        Assert.That(report.Failures, Is.Empty, string.Join(Environment.NewLine, report.Failures.Select(f => $"document {f.Index} ({f.Description}): {string.Join(" / ", f.Broken)}")));
    }

    [Test]
    public void EverySeed_ReadInReadsOfEverySize_GivesTheSameOutcome()
    {
        foreach (var seed in Seeds)
        {
            // Every size for small seeds; for the large sample, the small sizes and a spread of the others.
            var sizes = Enumerable.Range(1, seed.Bytes.Length + 1).Where(size => seed.Bytes.Length <= 4096 || size <= 64 || size % 397 == 0);
            var expected = DocumentReaders.EnumerateEvents(SplitStream.Fixed(seed.Bytes, seed.Bytes.Length + 1), "one read");
            var expectedLines = DocumentReaders.ReadJsonLines(SplitStream.Fixed(seed.Bytes, seed.Bytes.Length + 1), "one read");
            foreach (var size in sizes)
            {
                var streamed = DocumentReaders.EnumerateEvents(SplitStream.Fixed(seed.Bytes, size), $"reads of {size}");
                var lines = DocumentReaders.ReadJsonLines(SplitStream.Fixed(seed.Bytes, size), $"reads of {size}");
                Assert.That(Same(streamed, expected) && Same(lines, expectedLines), Is.True, $"{seed.Name}: {streamed.Describe()} / {lines.Describe()}, but in one read {expected.Describe()} / {expectedLines.Describe()}");
            }
        }

        static bool Same(Outcome<object> actual, Outcome<object> expected) =>
            actual.Accepted == expected.Accepted
            && actual.Events.SequenceEqual(expected.Events)
            && actual.ComparableErrors.SequenceEqual(expected.ComparableErrors)
            && (actual.Exception is null or Timelines.Serialization.TimelineJsonException);
    }
}
