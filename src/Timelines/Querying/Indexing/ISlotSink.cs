namespace Timelines.Querying.Indexing;

/// <summary>Takes the slots a scan of the <see cref="EventIndex"/> finds: a struct, so that each scan is compiled for its sink.</summary>
internal interface ISlotSink
{
    /// <summary>Takes one slot.</summary>
    /// <param name="slot">The slot.</param>
    void Add(int slot);
}
