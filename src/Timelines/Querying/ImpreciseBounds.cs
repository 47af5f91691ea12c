using System;
using System.Numerics;

namespace Timelines.Querying;

/// <summary>
/// The latest starts and earliest ends of the index slots whose start or end is imprecise, stored only for those
/// slots: a precise event's latest start is its earliest start and its earliest end its latest end, so the index
/// needs two columns for it, not four.
/// </summary>
/// <remarks>
/// A bit per slot says whether it is imprecise; the number of imprecise slots before each 64-slot word turns a slot
/// into its row in the two columns with one population count. That costs a quarter of a byte per slot plus 16 bytes
/// per imprecise slot.
/// <threadsafety>Immutable once built: any number of threads may read it at once.</threadsafety>
/// </remarks>
internal sealed class ImpreciseBounds
{
    private readonly ulong[] isImprecise;
    private readonly int[] rowsBeforeWord;
    private readonly long[] latestStarts;
    private readonly long[] earliestEnds;

    private ImpreciseBounds(ulong[] isImprecise, int[] rowsBeforeWord, long[] latestStarts, long[] earliestEnds)
    {
        this.isImprecise = isImprecise;
        this.rowsBeforeWord = rowsBeforeWord;
        this.latestStarts = latestStarts;
        this.earliestEnds = earliestEnds;
    }

    /// <summary>Gets the bounds of an index with no imprecise slot.</summary>
    public static ImpreciseBounds None { get; } = new([], [], [], []);

    /// <summary>Gets how many slots are imprecise.</summary>
    public int Count => latestStarts.Length;

    /// <summary>Gets the bytes held by the arrays.</summary>
    public long RetainedBytes =>
        (isImprecise.LongLength * sizeof(ulong)) + (rowsBeforeWord.LongLength * sizeof(int)) + (2L * latestStarts.LongLength * sizeof(long));

    /// <summary>Gets a slot's latest start and earliest end when it is imprecise. O(1).</summary>
    public bool TryGet(int slot, out long latestStart, out long earliestEnd)
    {
        var word = slot >> 6;
        if (word < isImprecise.Length)
        {
            var bits = isImprecise[word];
            var mask = 1UL << (slot & 63);
            if ((bits & mask) != 0)
            {
                var row = rowsBeforeWord[word] + BitOperations.PopCount(bits & (mask - 1));
                latestStart = latestStarts[row];
                earliestEnd = earliestEnds[row];
                return true;
            }
        }

        latestStart = earliestEnd = 0;
        return false;
    }

    /// <summary>Returns these bounds with a slot inserted at <paramref name="at"/>, later slots moving up by one. O(n / 64 + m).</summary>
    public ImpreciseBounds Inserted(int at, int slotCount, bool imprecise, long latestStart, long earliestEnd)
    {
        var builder = new Builder(slotCount);
        var row = 0;
        var insertedYet = false;
        for (var w = 0; w < isImprecise.Length; w++)
        {
            for (var bits = isImprecise[w]; bits != 0; bits &= bits - 1)
            {
                var slot = (w << 6) + BitOperations.TrailingZeroCount(bits);
                if (slot >= at && !insertedYet)
                {
                    AddInserted();
                }

                builder.Add(slot >= at ? slot + 1 : slot, latestStarts[row], earliestEnds[row]);
                row++;
            }
        }

        if (!insertedYet)
        {
            AddInserted();
        }

        return builder.Build();

        void AddInserted()
        {
            insertedYet = true;
            if (imprecise)
            {
                builder.Add(at, latestStart, earliestEnd);
            }
        }
    }

    /// <summary>Collects the imprecise slots of an index of <paramref name="slotCount"/> slots, in increasing slot order.</summary>
    internal struct Builder(int slotCount)
    {
        private readonly ulong[] isImprecise = new ulong[(slotCount + 63) >> 6];
        private long[] latestStarts = [];
        private long[] earliestEnds = [];
        private int count;

        public void Add(int slot, long latestStart, long earliestEnd)
        {
            if (count == latestStarts.Length)
            {
                var capacity = Math.Max(16, count * 2);
                Array.Resize(ref latestStarts, capacity);
                Array.Resize(ref earliestEnds, capacity);
            }

            isImprecise[slot >> 6] |= 1UL << (slot & 63);
            latestStarts[count] = latestStart;
            earliestEnds[count] = earliestEnd;
            count++;
        }

        public readonly ImpreciseBounds Build()
        {
            if (count == 0)
            {
                return None;
            }

            var rowsBeforeWord = new int[isImprecise.Length];
            var rows = 0;
            for (var w = 0; w < isImprecise.Length; w++)
            {
                rowsBeforeWord[w] = rows;
                rows += BitOperations.PopCount(isImprecise[w]);
            }

            return new ImpreciseBounds(isImprecise, rowsBeforeWord, latestStarts.AsSpan(0, count).ToArray(), earliestEnds.AsSpan(0, count).ToArray());
        }
    }
}
