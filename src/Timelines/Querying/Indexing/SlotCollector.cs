using System;

namespace Timelines.Querying.Indexing;

/// <summary>Collects the slots a scan finds in a buffer from <see cref="SlotBuffers"/>, which it grows by doubling.</summary>
internal struct SlotCollector(int[] buffer) : ISlotSink
{
    public int[] Buffer = buffer;
    public int Count;

    /// <inheritdoc />
    public void Add(int slot)
    {
        if (Count == Buffer.Length)
        {
            var larger = SlotBuffers.Rent(Math.Max(16, Buffer.Length * 2));
            Buffer.AsSpan(0, Count).CopyTo(larger);
            SlotBuffers.Return(Buffer);

            Buffer = larger;
        }

        Buffer[Count++] = slot;
    }
}
