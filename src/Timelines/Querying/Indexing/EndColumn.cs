using System;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Timelines.Querying.Indexing;

/// <summary>
/// The latest ends of an index's slots, each kept in 32 bits as whole seconds after the slot's earliest start.
/// </summary>
/// <remarks>
/// <para>
/// Every bound an EDTF value has on the time line is a whole second (a day, month or year starts at a second; EDTF
/// date-times have whole seconds), so an event's length in seconds is exact, and 32 bits hold lengths up to 136
/// years. That halves the end column, which pays for keeping the events themselves in slot order (8 bytes a slot
/// instead of a 4-byte position), so that enumerating results reads one short run of references instead of one
/// scattered read per result.
/// </para>
/// <para>
/// Three values are markers instead: an open end, an unknown end, and "look it up", for a length that is longer,
/// not whole seconds, or measured from an open or unknown start. The looked-up ends are a <see cref="SparseSlots"/>
/// set with one 64-bit column: O(1) to read, and nothing held when there are none.
/// </para>
/// <threadsafety>Immutable once built: any number of threads may read it at once.</threadsafety>
/// </remarks>
internal sealed class EndColumn
{
    private const uint LookedUp = uint.MaxValue;
    private const uint Unknown = uint.MaxValue - 1;
    private const uint Open = uint.MaxValue - 2;
    private const uint FirstMarker = Open;
    private const long TicksPerSecond = NodaConstants.TicksPerSecond;

    private readonly uint[] seconds;
    private readonly SparseSlots lookedUp;
    private readonly long[] lookedUpEnds;

    private EndColumn(uint[] seconds, SparseSlots lookedUp, long[] lookedUpEnds)
    {
        this.seconds = seconds;
        this.lookedUp = lookedUp;
        this.lookedUpEnds = lookedUpEnds;
    }

    /// <summary>Gets how many slots there are.</summary>
    public int Length => seconds.Length;

    /// <summary>Gets how many ends are looked up rather than kept in 32 bits.</summary>
    public int LookedUpCount => lookedUp.Count;

    /// <summary>Gets the bytes held by the arrays.</summary>
    public long RetainedBytes =>
        (seconds.LongLength * sizeof(uint)) + lookedUp.RetainedBytes + (lookedUpEnds.LongLength * sizeof(long));

    /// <summary>Gets a slot's latest end, given its earliest start. O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Get(int slot, long earliestStart)
    {
        var length = seconds[slot];
        return length < FirstMarker ? earliestStart + (length * TicksPerSecond) : Marked(slot, length);
    }

    /// <summary>Returns this column with a slot inserted at <paramref name="at"/>, later slots moving up by one. O(n).</summary>
    public EndColumn Inserted(int at, long earliestStart, long latestEnd)
    {
        var builder = new Builder(seconds.Length + 1);
        for (var slot = 0; slot < seconds.Length; slot++)
        {
            if (slot == at)
            {
                builder.Add(earliestStart, latestEnd);
            }

            // Re-encoding from the decoded end keeps every marker and looked-up value as it was.
            var length = seconds[slot];
            if (length < FirstMarker)
            {
                builder.AddSeconds(length);
            }
            else
            {
                builder.Add(long.MinValue, Marked(slot, length));
            }
        }

        if (at == seconds.Length)
        {
            builder.Add(earliestStart, latestEnd);
        }

        return builder.Build();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long Marked(int slot, uint marker) => marker switch
    {
        Open => AxisBounds.OpenEnd,
        Unknown => AxisBounds.UnknownEnd,
        _ => lookedUp.TryGetRow(slot, out var row) ? lookedUpEnds[row] : throw new InvalidOperationException("An end marked for look-up has no row."),
    };

    /// <summary>Collects the ends of a column of <paramref name="slotCount"/> slots, in slot order.</summary>
    internal struct Builder(int slotCount)
    {
        private readonly uint[] seconds = new uint[slotCount];
        private SparseSlots.Builder lookedUp = new(slotCount);
        private long[] lookedUpEnds = [];
        private int count;

        /// <summary>Adds the next slot's end.</summary>
        public void Add(long earliestStart, long latestEnd)
        {
            if (latestEnd == AxisBounds.OpenEnd)
            {
                seconds[count++] = Open;
            }
            else if (latestEnd == AxisBounds.UnknownEnd)
            {
                seconds[count++] = Unknown;
            }
            else if (earliestStart > AxisBounds.UnknownStart
                && (latestEnd - earliestStart) is var length and >= 0
                && length % TicksPerSecond == 0
                && length / TicksPerSecond < FirstMarker)
            {
                // Both are bounds of real instants here, a few 10^18 ticks at most, so the difference cannot overflow.
                seconds[count++] = (uint)(length / TicksPerSecond);
            }
            else
            {
                var row = lookedUp.Add(count);
                if (row == lookedUpEnds.Length)
                {
                    Array.Resize(ref lookedUpEnds, Math.Max(16, row * 2));
                }

                lookedUpEnds[row] = latestEnd;
                seconds[count++] = LookedUp;
            }
        }

        /// <summary>Adds the next slot's end as a length in seconds known to be below the markers.</summary>
        public void AddSeconds(uint length) => seconds[count++] = length;

        public readonly EndColumn Build()
        {
            var set = lookedUp.Build();
            return new EndColumn(seconds, set, lookedUpEnds.AsSpan(0, set.Count).ToArray());
        }
    }
}
