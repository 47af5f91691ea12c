using System;

namespace Timelines;

/// <summary>One broken rule found while building a <see cref="Timeline"/>: which event, which field, and what is wrong.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TimelineProblem : IEquatable<TimelineProblem>
{
    /// <summary>Initializes a new problem.</summary>
    /// <param name="eventId">The id of the event at fault, or <see langword="null"/> for the timeline itself.</param>
    /// <param name="field">The field at fault, as a path such as <c>title</c> or <c>places[1].latitude</c>.</param>
    /// <param name="message">What is wrong, as a sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="message"/> is null.</exception>
    public TimelineProblem(string? eventId, string field, string message)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(message);
        EventId = eventId;
        Field = field;
        Message = message;
    }

    /// <summary>Gets the id of the event at fault, or <see langword="null"/> when the problem is in the timeline itself.</summary>
    public string? EventId { get; }

    /// <summary>Gets the field at fault, such as <c>title</c> or <c>places[1].latitude</c>.</summary>
    public string Field { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Returns the problem as one line naming the event and the field.</summary>
    /// <returns>Text such as <c>event 'drills', places[0].latitude: 95 is outside -90 to 90.</c>.</returns>
    public override string ToString() =>
        EventId is null ? $"timeline, {Field}: {Message}" : $"event '{EventId}', {Field}: {Message}";

    /// <inheritdoc />
    public bool Equals(TimelineProblem? other) =>
        other is not null
        && string.Equals(EventId, other.EventId, StringComparison.Ordinal)
        && string.Equals(Field, other.Field, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimelineProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EventId, Field, Message);
}
