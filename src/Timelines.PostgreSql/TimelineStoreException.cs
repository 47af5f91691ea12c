using System;

namespace Timelines.PostgreSql;

/// <summary>
/// A <see cref="PostgresTimelineStore"/> could not do what was asked for a reason it can name: the timeline is not
/// stored, the schema is missing or newer than this library, a stored timeline's extents must be recomputed by
/// <see cref="PostgresTimelineStore.MigrateAsync"/>, or a value cannot be stored (an id holding U+0000).
/// </summary>
/// <remarks>Errors of the server or the connection are Npgsql's own exceptions, unchanged.</remarks>
public class TimelineStoreException : Exception
{
    /// <summary>Initializes an exception with a default message.</summary>
    public TimelineStoreException()
        : base("The timeline store could not complete the operation.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public TimelineStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public TimelineStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
