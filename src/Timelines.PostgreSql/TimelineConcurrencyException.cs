using System;
using System.Globalization;

namespace Timelines.PostgreSql;

/// <summary>
/// A write lost a race: the stored timeline's version was not the one the writer expected, because another writer
/// changed (or created, or deleted) it first. Nothing of the losing write was stored.
/// </summary>
/// <remarks>Load the timeline again (<see cref="PostgresTimelineStore.LoadAsync"/> or <see cref="PostgresTimelineStore.OpenAsync"/>), apply the change to it, and write with its version.</remarks>
public sealed class TimelineConcurrencyException : TimelineStoreException
{
    /// <summary>Initializes an exception with a default message.</summary>
    public TimelineConcurrencyException()
        : base("Another writer changed the timeline first; nothing was stored.")
    {
        TimelineId = string.Empty;
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public TimelineConcurrencyException(string message)
        : base(message)
    {
        TimelineId = string.Empty;
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TimelineConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
        TimelineId = string.Empty;
    }

    /// <summary>Initializes an exception for a write that expected one version and found another.</summary>
    /// <param name="timelineId">The timeline's id.</param>
    /// <param name="expectedVersion">The version the writer expected (<see cref="PostgresTimelineStore.NoVersion"/>: not stored yet).</param>
    /// <param name="actualVersion">The stored version, or <see langword="null"/> if the timeline is not stored.</param>
    public TimelineConcurrencyException(string timelineId, long expectedVersion, long? actualVersion)
        : base(Describe(timelineId, expectedVersion, actualVersion))
    {
        TimelineId = timelineId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the timeline's id.</summary>
    public string TimelineId { get; }

    /// <summary>Gets the version the writer expected; <see cref="PostgresTimelineStore.NoVersion"/> when it expected the timeline not to be stored yet.</summary>
    public long ExpectedVersion { get; }

    /// <summary>Gets the version found, or <see langword="null"/> when the timeline is not stored (another writer deleted it).</summary>
    public long? ActualVersion { get; }

    private static string Describe(string timelineId, long expected, long? actual)
    {
        var found = actual is { } version
            ? string.Create(CultureInfo.InvariantCulture, $"is at version {version}")
            : "is not stored";
        var wanted = expected == PostgresTimelineStore.NoVersion
            ? "not to be stored yet"
            : string.Create(CultureInfo.InvariantCulture, $"to be at version {expected}");
        return $"The timeline '{timelineId}' {found}; the write expected it {wanted}. Another writer changed it first, and nothing of this write was stored: load it again, reapply the change and write with the new version.";
    }
}
