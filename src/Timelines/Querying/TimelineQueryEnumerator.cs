using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Timelines.Querying.Indexing;
using Timelines.Querying.Internal;

namespace Timelines.Querying;

/// <summary>
/// Enumerates a <see cref="TimelineQuery"/>'s results in the stable order. A mutable struct holding a pooled
/// buffer: use it once, from one thread, and dispose it (<c>foreach</c> does).
/// </summary>
/// <remarks>
/// Copying it is safe: the copies share one lease on the buffer, and only the first of them to be disposed gives it
/// back, so disposing two copies cannot hand one buffer to two later queries.
/// </remarks>
public struct TimelineQueryEnumerator : IEnumerator<TimelineEvent>
{
    // The index's events in slot order, which the buffer's slots point into; null for a default enumerator.
    private readonly TimelineEvent[]? slotEvents;
    private readonly int start;
    private readonly int end;
    private readonly int generation;
    private int[] buffer;
    private SlotLease? lease;
    private int position;

    internal TimelineQueryEnumerator(EventIndex index, int[] buffer, int start, int end)
    {
        slotEvents = index.SlotEvents;
        this.buffer = buffer;
        lease = SlotLease.Take(buffer, out generation);
        this.start = start;
        this.end = end;
        position = start - 1;
    }

    /// <summary>Gets the current event.</summary>
    /// <exception cref="InvalidOperationException">The enumerator is not on a result.</exception>
    public readonly TimelineEvent Current
    {
        get
        {
            // On a result, start <= position < end <= the buffer's length; a default enumerator has no events.
            if ((uint)(position - start) >= (uint)(end - start) || slotEvents is null)
            {
                ThrowNotOnResult();
            }

            return slotEvents[buffer[position]];
        }
    }

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
    public readonly void Reset() => throw new NotSupportedException(QueryMessages.EnumeratorCannotReset);

    /// <summary>Returns the pooled buffer, unless a copy of this enumerator has returned it already. O(1).</summary>
    public void Dispose()
    {
        lease?.Return(generation);
        lease = null;
        buffer = [];
        position = end;
    }

    [DoesNotReturn]
    private static void ThrowNotOnResult() =>
        throw new InvalidOperationException(QueryMessages.EnumeratorNotOnAResult);
}
