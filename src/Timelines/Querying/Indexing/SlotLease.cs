namespace Timelines.Querying.Indexing;

/// <summary>
/// The right to give a buffer of result slots back to <see cref="SlotBuffers"/>, held by an enumerator with the
/// generation it was given: <see cref="Return"/> gives the buffer back once and moves the generation on, so a copy
/// of the enumerator (a struct) that is disposed too, or later, gives nothing back, and two later queries cannot
/// be handed the same buffer.
/// </summary>
/// <remarks>
/// A lease is an object shared by every copy of an enumerator, so it is kept per thread once returned, as the
/// buffers are: a thread that runs query after query reuses one lease and allocates nothing. Only a query run while
/// the thread's lease is out (an enumeration inside another) makes one more, once.
/// </remarks>
/// <threadsafety>A lease is used by one enumerator at a time, from one thread at a time.</threadsafety>
internal sealed class SlotLease
{
    [System.ThreadStatic]
    private static SlotLease? kept;

    private int[] buffer = [];
    private int generation;

    private SlotLease()
    {
    }

    /// <summary>Takes a lease on a buffer from <see cref="SlotBuffers"/>, and the generation to return it with.</summary>
    public static SlotLease Take(int[] buffer, out int generation)
    {
        var lease = kept ?? new SlotLease();
        kept = null;
        lease.buffer = buffer;
        generation = lease.generation;
        return lease;
    }

    /// <summary>Gives the buffer back if <paramref name="generation"/> is the lease's current one; otherwise does nothing. O(1).</summary>
    public void Return(int generation)
    {
        if (generation != this.generation)
        {
            return;
        }

        this.generation++;
        var returned = buffer;
        buffer = [];
        SlotBuffers.Return(returned);
        kept ??= this;
    }
}
