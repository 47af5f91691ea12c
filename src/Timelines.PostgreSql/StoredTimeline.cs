namespace Timelines.PostgreSql;

/// <summary>A timeline as loaded from the store, with the version to pass to the next write.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class StoredTimeline
{
    internal StoredTimeline(Timeline timeline, long version)
    {
        Timeline = timeline;
        Version = version;
    }

    /// <summary>Gets the timeline, equal to what was written: events in the order they were saved and appended.</summary>
    public Timeline Timeline { get; }

    /// <summary>Gets the stored version: 1 after the first save, one more after every write that changed it.</summary>
    public long Version { get; }
}
