namespace Timelines.Querying.Indexing;

/// <summary>
/// The test a scan of the <see cref="EventIndex"/> puts each candidate slot to, beyond the window it scans: a
/// struct, so that each scan is compiled for its test and the call is inlined.
/// </summary>
internal interface ISlotTest
{
    /// <summary>Gets a value indicating whether a candidate slot is a hit.</summary>
    /// <param name="slot">The slot.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    bool Passes(int slot);
}
