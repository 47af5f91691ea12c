using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Timelines.Fuzzing;

/// <summary>A document that broke the contract, with what it takes to make it again.</summary>
internal sealed record FuzzFailure(long Index, string Description, byte[] Document, IReadOnlyList<string> Broken);

/// <summary>What a run did.</summary>
internal sealed record FuzzReport(long Documents, long Bytes, TimeSpan Elapsed, TimeSpan Slowest, string SlowestReader, int SlowestLength, IReadOnlyList<FuzzFailure> Failures);

/// <summary>
/// Makes documents from seeds (<see cref="Mutator"/>) and checks each against the <see cref="ReaderContract"/>,
/// on several threads. Document <c>i</c> of a run depends only on the run's seed and <c>i</c>, so a failure can be
/// made again alone (<see cref="MakeDocument"/>).
/// </summary>
/// <param name="seeds">The documents to start from.</param>
/// <param name="runSeed">The run's seed.</param>
internal sealed class FuzzRun(IReadOnlyList<Seed> seeds, long runSeed)
{
    /// <summary>
    /// Gets the longest one reader may take on one document below 1 MB before it counts as a hang (the document
    /// is checked twice, to be sure); <see langword="null"/> to judge no time, as in a test.
    /// </summary>
    public TimeSpan? HangLimit { get; init; }

    /// <summary>Gets the number of failures after which the run stops.</summary>
    public int MaxFailures { get; init; } = 20;

    /// <summary>Makes document <paramref name="index"/> of the run.</summary>
    public byte[] MakeDocument(long index, out string description, out Random random)
    {
        random = new Random(Mix(runSeed, index));
        return Mutator.Make(random, seeds, out description);
    }

    /// <summary>Checks one document of the run, as <see cref="Run"/> does.</summary>
    public FuzzFailure? CheckDocument(long index, out TimeSpan elapsed, out int length, out string slowestReader)
    {
        var document = MakeDocument(index, out var description, out var random);
        length = document.Length;
        var state = random.Next();
        var broken = ReaderContract.Check(document, new Random(state), out var slowest);
        elapsed = slowest.Elapsed;
        slowestReader = slowest.Reader;
        if (HangLimit is { } limit && elapsed > limit && document.Length <= Mutator.MaxLength)
        {
            // Once more, in case the machine was busy; only a reader slow both times counts.
            ReaderContract.Check(document, new Random(state), out var again);
            if (again.Elapsed > limit)
            {
                broken.Add($"Hang: {slowest.Reader} took {elapsed.TotalSeconds:0.00} s on {document.Length} bytes; checked again, {again.Reader} took {again.Elapsed.TotalSeconds:0.00} s (limit {limit.TotalSeconds:0.00} s).");
            }

            (elapsed, slowestReader) = again.Elapsed < elapsed ? (again.Elapsed, again.Reader) : (elapsed, slowestReader);
        }

        return broken.Count == 0 ? null : new FuzzFailure(index, description, document, broken);
    }

    /// <summary>Checks documents <paramref name="first"/> onwards until <paramref name="count"/> are done, the time is up, or too many failed.</summary>
    /// <param name="first">The index of the first document.</param>
    /// <param name="count">How many documents.</param>
    /// <param name="threads">How many threads.</param>
    /// <param name="timeLimit">When to stop even if not all are done; <see langword="null"/> for no limit.</param>
    /// <param name="progress">Called now and then with the number done so far.</param>
    public FuzzReport Run(long first, long count, int threads, TimeSpan? timeLimit = null, Action<long>? progress = null)
    {
        var next = first - 1;
        var done = 0L;
        var bytes = 0L;
        var slowest = (Ticks: 0L, Length: 0, Reader: string.Empty);
        var failures = new ConcurrentBag<FuzzFailure>();
        var clock = Stopwatch.StartNew();
        var slowestLock = new object(); // not System.Threading.Lock: this file is also compiled into the net8.0 tests

        void Work()
        {
            while (failures.Count < MaxFailures && (timeLimit is not { } limit || clock.Elapsed < limit))
            {
                var index = Interlocked.Increment(ref next);
                if (index >= first + count)
                {
                    return;
                }

                var failure = CheckDocument(index, out var elapsed, out var length, out var reader);
                if (failure is not null)
                {
                    failures.Add(failure);
                }

                Interlocked.Add(ref bytes, length);
                lock (slowestLock)
                {
                    if (elapsed.Ticks > slowest.Ticks)
                    {
                        slowest = (elapsed.Ticks, length, reader);
                    }
                }

                var total = Interlocked.Increment(ref done);
                if (total % 1000 == 0)
                {
                    progress?.Invoke(total);
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Max(1, threads)).Select(_ => Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
        return new FuzzReport(done, bytes, clock.Elapsed, TimeSpan.FromTicks(slowest.Ticks), slowest.Reader, slowest.Length, [.. failures.OrderBy(f => f.Index)]);
    }

    /// <summary>SplitMix64 of the run's seed and a document's index: a fair, stable seed for each document.</summary>
    private static int Mix(long runSeed, long index)
    {
        var z = unchecked((ulong)runSeed * 0x9E3779B97F4A7C15UL + (ulong)index + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}
