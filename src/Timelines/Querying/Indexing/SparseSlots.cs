using System.Numerics;

namespace Timelines.Querying.Indexing;

/// <summary>
/// A set of an index's slots, few of all, that numbers its members in slot order: the row of a member is how many
/// members come before it, so that columns kept only for the members can be read by row.
/// </summary>
/// <remarks>
/// A bit per slot says whether it is a member, and the number of members before each 64-slot word turns a slot into
/// its row with one population count: O(1), for a quarter of a byte per slot. An empty set holds nothing.
/// <threadsafety>Immutable once built: any number of threads may read it at once.</threadsafety>
/// </remarks>
internal sealed class SparseSlots
{
    private readonly ulong[] isMember;
    private readonly int[] rowsBeforeWord;

    private SparseSlots(ulong[] isMember, int[] rowsBeforeWord, int count)
    {
        this.isMember = isMember;
        this.rowsBeforeWord = rowsBeforeWord;
        Count = count;
    }

    /// <summary>Gets the empty set.</summary>
    public static SparseSlots None { get; } = new([], [], 0);

    /// <summary>Gets how many slots are members.</summary>
    public int Count { get; }

    /// <summary>Gets the bytes held by the arrays.</summary>
    public long RetainedBytes => (isMember.LongLength * sizeof(ulong)) + (rowsBeforeWord.LongLength * sizeof(int));

    /// <summary>Gets a slot's row when it is a member. O(1).</summary>
    public bool TryGetRow(int slot, out int row)
    {
        var word = slot >> 6;
        if (word < isMember.Length)
        {
            var bits = isMember[word];
            var mask = 1UL << (slot & 63);
            if ((bits & mask) != 0)
            {
                row = rowsBeforeWord[word] + BitOperations.PopCount(bits & (mask - 1));
                return true;
            }
        }

        row = 0;
        return false;
    }

    /// <summary>Gets the members, in slot order (their rows). O(n / 64 + m).</summary>
    public int[] Members()
    {
        var members = new int[Count];
        var row = 0;
        for (var w = 0; w < isMember.Length; w++)
        {
            for (var bits = isMember[w]; bits != 0; bits &= bits - 1)
            {
                members[row++] = (w << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }

        return members;
    }

    /// <summary>Collects the members of a set over <paramref name="slotCount"/> slots, in increasing slot order.</summary>
    internal struct Builder(int slotCount)
    {
        private ulong[]? isMember;
        private int count;

        /// <summary>Adds a slot after every slot added so far, and returns its row.</summary>
        public int Add(int slot)
        {
            isMember ??= new ulong[(slotCount + 63) >> 6];
            isMember[slot >> 6] |= 1UL << (slot & 63);
            return count++;
        }

        public readonly SparseSlots Build()
        {
            if (isMember is null)
            {
                return None;
            }

            var rowsBeforeWord = new int[isMember.Length];
            var rows = 0;
            for (var w = 0; w < isMember.Length; w++)
            {
                rowsBeforeWord[w] = rows;
                rows += BitOperations.PopCount(isMember[w]);
            }

            return new SparseSlots(isMember, rowsBeforeWord, count);
        }
    }
}
