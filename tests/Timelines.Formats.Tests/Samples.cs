using System;
using System.IO;
using NodaTime;
using Timelines.Serialization;

namespace Timelines.Formats.Tests;

/// <summary>The Belarus 2022 dataset, as the sample program and the consumer checks use it.</summary>
internal static class Samples
{
    /// <summary>The as-of day the tests write with: the sample itself takes today, which a test must not.</summary>
    public static readonly LocalDate AsOf = new(2025, 5, 1);

    public static Timeline Belarus() =>
        TimelineJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "sample-data", "belarus-2022.timeline.json")).WithAsOf(AsOf);

    public static string Write(Action<Timeline, TextWriter> write, Timeline timeline)
    {
        using var text = new StringWriter();
        write(timeline, text);
        return text.ToString();
    }
}
