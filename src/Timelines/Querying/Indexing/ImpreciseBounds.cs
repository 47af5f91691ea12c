using System;

namespace Timelines.Querying.Indexing;

/// <summary>
/// The latest starts and earliest ends of the index slots whose start or end is imprecise, stored only for those
/// slots: a precise event's latest start is its earliest start and its earliest end its latest end, so the index
/// needs two columns for it, not four.
/// </summary>
/// <remarks>
/// The imprecise slots are a <see cref="SparseSlots"/> set, whose rows number the two columns: a quarter of a byte
/// per slot (only when some slot is imprecise) plus 16 bytes per imprecise slot.
/// <threadsafety>Immutable once built: any number of threads may read it at once.</threadsafety>
/// </remarks>
internal sealed class ImpreciseBounds
{
    private readonly SparseSlots slots;
    private readonly long[] latestStarts;
    private readonly long[] earliestEnds;

    private ImpreciseBounds(SparseSlots slots, long[] latestStarts, long[] earliestEnds)
    {
        this.slots = slots;
        this.latestStarts = latestStarts;
        this.earliestEnds = earliestEnds;
    }

    /// <summary>Gets the bounds of an index with no imprecise slot.</summary>
    public static ImpreciseBounds None { get; } = new(SparseSlots.None, [], []);

    /// <summary>Gets how many slots are imprecise.</summary>
    public int Count => slots.Count;

    /// <summary>Gets the bytes held by the arrays.</summary>
    public long RetainedBytes => slots.RetainedBytes + (2L * latestStarts.LongLength * sizeof(long));

    /// <summary>Gets a slot's latest start and earliest end when it is imprecise. O(1).</summary>
    public bool TryGet(int slot, out long latestStart, out long earliestEnd)
    {
        if (slots.TryGetRow(slot, out var row))
        {
            latestStart = latestStarts[row];
            earliestEnd = earliestEnds[row];
            return true;
        }

        latestStart = earliestEnd = 0;
        return false;
    }

    /// <summary>Returns these bounds with a slot inserted at <paramref name="at"/>, later slots moving up by one. O(n / 64 + m).</summary>
    public ImpreciseBounds Inserted(int at, int slotCount, bool imprecise, long latestStart, long earliestEnd)
    {
        var builder = new Builder(slotCount);
        var members = slots.Members();
        var row = 0;
        for (; row < members.Length && members[row] < at; row++)
        {
            builder.Add(members[row], latestStarts[row], earliestEnds[row]);
        }

        if (imprecise)
        {
            builder.Add(at, latestStart, earliestEnd);
        }

        for (; row < members.Length; row++)
        {
            builder.Add(members[row] + 1, latestStarts[row], earliestEnds[row]);
        }

        return builder.Build();
    }

    /// <summary>Collects the imprecise slots of an index of <paramref name="slotCount"/> slots, in increasing slot order.</summary>
    internal struct Builder(int slotCount)
    {
        private SparseSlots.Builder slots = new(slotCount);
        private long[] latestStarts = [];
        private long[] earliestEnds = [];

        public void Add(int slot, long latestStart, long earliestEnd)
        {
            var row = slots.Add(slot);
            if (row == latestStarts.Length)
            {
                var capacity = Math.Max(16, row * 2);
                Array.Resize(ref latestStarts, capacity);
                Array.Resize(ref earliestEnds, capacity);
            }

            latestStarts[row] = latestStart;
            earliestEnds[row] = earliestEnd;
        }

        public readonly ImpreciseBounds Build()
        {
            var set = slots.Build();
            return set.Count == 0
                ? None
                : new ImpreciseBounds(set, latestStarts.AsSpan(0, set.Count).ToArray(), earliestEnds.AsSpan(0, set.Count).ToArray());
        }
    }
}
