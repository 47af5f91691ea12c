using Timelines.Querying;

namespace Timelines.PostgreSql;

/// <summary>
/// A stored timeline without its events: its id, title, zone, as-of day, description and extensions (as
/// <see cref="Header"/>, a timeline with no events), its version and its number of events. Start database queries
/// from it with <see cref="Query"/>.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class StoredTimelineHeader
{
    internal StoredTimelineHeader(Timeline header, long version, int eventCount)
    {
        Header = header;
        Version = version;
        EventCount = eventCount;
    }

    /// <summary>Gets the timeline's parts other than its events, as a timeline with no events.</summary>
    public Timeline Header { get; }

    /// <summary>Gets the timeline's id.</summary>
    public string Id => Header.Id;

    /// <summary>Gets the stored version, to pass to the next write.</summary>
    public long Version { get; }

    /// <summary>Gets how many events are stored.</summary>
    public int EventCount { get; }

    /// <summary>
    /// Starts a query in the stored timeline's zone and as-of day, to run with
    /// <see cref="PostgresTimelineStore.QueryAsync"/> and the other query methods of the store; the same query run
    /// in memory on the loaded timeline gives the same answers. O(1).
    /// </summary>
    /// <returns>The query.</returns>
    public TimelineQuery Query() => Header.Query();
}
