using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Timelines.Serialization;

namespace Timelines.Benchmarks.Serialization;

/// <summary>
/// Measures what a W3 event read from a JSON file costs in memory, all included (issue 16: at most 250 bytes): the
/// event object and what it holds, its id and title strings, its EDTF value and dates (with any cache they
/// keep), and its share of the timeline's event array and id dictionary; not the query index, which is built on
/// the first query and reported on a line of its own.
/// </summary>
/// <remarks>
/// <para>
/// Run it with <c>dotnet run -c Release -- probe [N]</c>: N events (1,000,000 by default, <c>TIMELINES_BENCHMARK_N</c>
/// otherwise, 1,000 when <c>TIMELINES_BENCHMARK_SMOKE=1</c>) of workload W3, with ids <c>w3-0</c>, <c>w3-1</c>… and
/// titles of 30 to 60 ASCII characters drawn from a seed, are written to a temporary file, which
/// <see cref="TimelineJson.ReadFile"/> reads back twice. The total is the heap the garbage collector reports after
/// a full collection with the second timeline alive, less the heap before that read (the first read is dropped,
/// so that buffers the runtime pools for the next read count before): a measurement, not a sum of estimates. The
/// breakdown beside it counts the distinct objects the timeline holds (the reader shares equal EDTF values) and
/// the sizes of one of each, measured by the bytes allocated to make it; the part it does not explain is the
/// difference between the two.
/// </para>
/// <para>
/// Before issue 16, at 100,000 events: 635 bytes an event. The event object took 120 (id, title, when, summary,
/// status, six arrays and the extensions, all inline; the public constructor made an empty extension bag of 48
/// more, which the reader shares); the EDTF value 248 (its four calendar bounds, 160, and its cached UTC bounds,
/// 40, beside its ends), 0.93 of them an event (the reader's cache of texts shares few in W3's order); each date
/// 72, 1.28 of them an event; the strings 155; the id dictionary 30 and the event array 8.
/// </para>
/// </remarks>
public static class EventMemoryProbe
{
    private static readonly string[] Words =
    [
        "treaty", "signed", "battle", "of", "the", "river", "council", "meets", "in", "northern", "province",
        "strike", "begins", "at", "harbour", "elections", "held", "for", "assembly", "floods", "reach", "capital",
    ];

    public static int Run(string[] args)
    {
        var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : DefaultSize();
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"timelines-probe-w3-{n}-{Environment.ProcessId}.json"));
        try
        {
            WriteDocument(n, path);
            Report(n, path);
            return 0;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int DefaultSize()
    {
        if (Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_SMOKE") == "1")
        {
            return 1_000;
        }

        return int.TryParse(Environment.GetEnvironmentVariable("TIMELINES_BENCHMARK_N"), out var n) ? n : 1_000_000;
    }

    /// <summary>Writes the W3 document; nothing made here survives it.</summary>
    private static void WriteDocument(int n, string path)
    {
        var workload = Workload.W3(n);
        var random = new Random(3);
        var builder = new TimelineBuilder("w3", "W3") { AsOf = workload.AsOf };
        for (var i = 0; i < n; i++)
        {
            builder.Add(new TimelineEvent("w3-" + i.ToString(CultureInfo.InvariantCulture), Title(random), workload.ValueAt(i)));
        }

        TimelineJson.WriteFile(builder.Build(), path);
    }

    private static string Title(Random random)
    {
        var length = 30 + random.Next(31);
        var text = new StringBuilder(length + 12);
        while (text.Length < length)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(Words[random.Next(Words.Length)]);
        }

        return text.ToString(0, length).TrimEnd().PadRight(length, 'x');
    }

    private static void Report(int n, string path)
    {
        // A first read, dropped, so that what reading keeps for the next (pooled buffers) is in the heap before.
        _ = TimelineJson.ReadFile(path);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var timeline = TimelineJson.ReadFile(path);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var total = (after - before) / (double)n;

        var events = timeline.Events;
        var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
        var values = new HashSet<EdtfValue>(ReferenceEqualityComparer.Instance);
        var dates = new HashSet<EdtfDate>(ReferenceEqualityComparer.Instance);
        long stringBytes = 0;
        foreach (var item in events)
        {
            foreach (var text in new[] { item.Id, item.Title })
            {
                if (strings.Add(text))
                {
                    stringBytes += StringSize(text.Length);
                }
            }

            if (values.Add(item.When))
            {
                foreach (var end in new[] { item.When.Start, item.When.End })
                {
                    if (end.Kind == EdtfEndKind.Date)
                    {
                        dates.Add(end.Date);
                    }
                }
            }
        }

        var sample = events[0];
        var eventSize = Allocated(() => new TimelineEvent(sample.Id, sample.Title, sample.When));
        var date = EdtfDate.ForDay(new NodaTime.LocalDate(1900, 1, 1));
        var dateSize = Allocated(() => EdtfDate.ForDay(new NodaTime.LocalDate(1900, 1, 2)));
        var valueSize = Allocated(() => EdtfValue.ForDate(date));
        var dictionarySize = Allocated(() => new Dictionary<string, int>(n, StringComparer.Ordinal)) / (double)n;
        var arraySize = (double)IntPtr.Size;

        var explained = (stringBytes / (double)n) + eventSize + (values.Count * valueSize / (double)n)
            + (dates.Count * dateSize / (double)n) + dictionarySize + arraySize;

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"W3 from JSON, {n:N0} events: {total:F1} bytes an event, all included (heap after reading less heap before)."));
        Console.WriteLine(string.Create(c, $"  strings (id, title)        {stringBytes / (double)n,7:F1}  ({strings.Count / (double)n:F2} distinct strings an event)"));
        Console.WriteLine(string.Create(c, $"  event object               {eventSize,7:F1}  (as the public constructor makes it)"));
        Console.WriteLine(string.Create(c, $"  EDTF values                {values.Count * valueSize / (double)n,7:F1}  ({valueSize} bytes each, {values.Count / (double)n:F3} distinct an event)"));
        Console.WriteLine(string.Create(c, $"  EDTF dates                 {dates.Count * dateSize / (double)n,7:F1}  ({dateSize} bytes each, {dates.Count / (double)n:F3} distinct an event)"));
        Console.WriteLine(string.Create(c, $"  id dictionary              {dictionarySize,7:F1}"));
        Console.WriteLine(string.Create(c, $"  event array                {arraySize,7:F1}"));
        Console.WriteLine(string.Create(c, $"  not explained              {total - explained,7:F1}"));

        var count = timeline.Query().Count();
        var indexed = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(c, $"  (the index, built by the first query over {count:N0} events, adds {(indexed - after) / (double)n:F1} bytes an event)"));
        GC.KeepAlive(timeline);
    }

    /// <summary>The size of a string on a 64-bit runtime: header, method table, length, characters and a terminator, in 8-byte units.</summary>
    private static long StringSize(int length) => Math.Max(24, (22 + (2L * length) + 7) / 8 * 8);

    private static long Allocated(Func<object> make)
    {
        _ = make(); // Once before, so that nothing the first call does (type initialization) is counted.
        var start = GC.GetAllocatedBytesForCurrentThread();
        var made = make();
        var size = GC.GetAllocatedBytesForCurrentThread() - start;
        GC.KeepAlive(made);
        return size;
    }
}
