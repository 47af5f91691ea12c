using System;
using System.Buffers;

namespace Timelines.Querying.Indexing;

/// <summary>
/// The buffers queries collect result slots in: one is kept per thread, so a thread that runs query after query
/// reuses one array without the cost of a shared pool's look-up; any other comes from <see cref="ArrayPool{T}"/>.
/// </summary>
/// <threadsafety>Safe from any thread: the kept buffer is the calling thread's own.</threadsafety>
internal static class SlotBuffers
{
    // Larger buffers go back to the shared pool, so that one big query does not pin a big array to a thread.
    private const int KeptLength = 1024;

    [ThreadStatic]
    private static int[]? kept;

    /// <summary>Gets a buffer of at least <paramref name="minimumLength"/> slots; give it back with <see cref="Return"/>.</summary>
    public static int[] Rent(int minimumLength)
    {
        var buffer = kept;
        if (buffer is not null && buffer.Length >= minimumLength)
        {
            kept = null;
            return buffer;
        }

        return ArrayPool<int>.Shared.Rent(minimumLength);
    }

    /// <summary>Gives back a buffer from <see cref="Rent"/>, which must not be used afterwards; an empty array is ignored.</summary>
    public static void Return(int[] buffer)
    {
        if (buffer.Length == 0)
        {
            return;
        }

        if (buffer.Length <= KeptLength && (kept is null || kept.Length < buffer.Length))
        {
            kept = buffer;
            return;
        }

        ArrayPool<int>.Shared.Return(buffer);
    }
}
