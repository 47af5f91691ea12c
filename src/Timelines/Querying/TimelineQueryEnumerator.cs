using System;
using System.Collections;
using System.Collections.Generic;

namespace Timelines.Querying;

/// <summary>
/// Enumerates a <see cref="TimelineQuery"/>'s results in the stable order. A mutable struct holding a pooled
/// buffer: use it once, from one thread, and dispose it (<c>foreach</c> does).
/// </summary>
public struct TimelineQueryEnumerator : IEnumerator<TimelineEvent>
{
    private readonly EventIndex? index;
    private readonly int end;
    private int[] buffer;
    private int position;

    internal TimelineQueryEnumerator(EventIndex index, int[] buffer, int start, int end)
    {
        this.index = index;
        this.buffer = buffer;
        this.end = end;
        position = start - 1;
    }

    /// <summary>Gets the current event.</summary>
    /// <exception cref="InvalidOperationException">The enumerator is not on a result.</exception>
    public readonly TimelineEvent Current =>
        index is not null && position >= 0 && position < end && buffer.Length > 0
            ? index.EventAt(buffer[position])
            : throw new InvalidOperationException("The enumerator is not on a result; call MoveNext first.");

    /// <inheritdoc />
    readonly object IEnumerator.Current => Current;

    internal readonly int Remaining => Math.Max(0, end - position - 1);

    /// <summary>Moves to the next result. O(1).</summary>
    /// <returns><see langword="true"/> if there is one.</returns>
    public bool MoveNext()
    {
        if (position + 1 < end)
        {
            position++;
            return true;
        }

        position = end;
        return false;
    }

    /// <summary>Not supported: run the query again instead.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public readonly void Reset() => throw new NotSupportedException("Run the query again to enumerate its results again.");

    /// <summary>Returns the pooled buffer. O(1).</summary>
    public void Dispose()
    {
        TimelineQuery.ReturnBuffer(buffer ?? []);
        buffer = [];
        position = end;
    }
}
