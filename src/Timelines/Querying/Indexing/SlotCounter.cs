namespace Timelines.Querying.Indexing;

/// <summary>Counts the slots a scan finds.</summary>
internal struct SlotCounter : ISlotSink
{
    public int Count;

    /// <inheritdoc />
    public void Add(int slot) => Count++;
}
