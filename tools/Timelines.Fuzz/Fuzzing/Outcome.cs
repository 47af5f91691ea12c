using System;
using System.Collections.Generic;
using System.Linq;
using Timelines.Serialization;

namespace Timelines.Fuzzing;

/// <summary>
/// What one reader made of a document: a value (and, for the readers of events, the events it gave), or an
/// exception; and how long it took, which only the runner's hang detector looks at.
/// </summary>
/// <typeparam name="T">The type of value.</typeparam>
internal sealed record Outcome<T>(string Reader, T? Value, IReadOnlyList<TimelineEvent> Events, Exception? Exception, TimeSpan Elapsed)
{
    /// <summary>Gets the errors, with the text of a syntax error's message left out: it quotes the bytes the reader had, which depend on the sizes of reads.</summary>
    public IEnumerable<(string Path, long Line, long BytePosition, string Message)> ComparableErrors =>
        Errors.Select(e => (e.Path, e.Line, e.BytePosition, e.Message.StartsWith("The JSON is malformed", StringComparison.Ordinal) ? "malformed" : e.Message));

    public bool Accepted => Exception is null;

    /// <summary>Gets the errors when the reader rejected the document with a <see cref="TimelineJsonException"/>.</summary>
    public IReadOnlyList<TimelineJsonError> Errors => Exception is TimelineJsonException rejected ? rejected.Errors : [];

    /// <summary>Says in one line what happened.</summary>
    public string Describe() => Exception switch
    {
        null => $"{Reader} accepted ({Events.Count} events)",
        TimelineJsonException rejected => $"{Reader} rejected after {Events.Count} events: {string.Join(" | ", rejected.Errors.Take(3))}",
        _ => $"{Reader} threw {Exception.GetType().Name}: {Exception.Message.Split('\n')[0]}",
    };
}
