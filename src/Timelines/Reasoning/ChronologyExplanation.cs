using System.Collections.Immutable;
using NodaTime;

namespace Timelines.Reasoning;

/// <summary>
/// Why an event's bound is what <see cref="Chronology"/> derived: the chain of dates, relations and constraints that
/// produced it, from the date that gave it to the event.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class ChronologyExplanation
{
    internal ChronologyExplanation(string eventId, EventBound bound, Instant? declared, Instant? derived, ImmutableArray<ChronologyStep> steps, string text)
    {
        EventId = eventId;
        Bound = bound;
        Declared = declared;
        Derived = derived;
        Steps = steps;
        Text = text;
    }

    /// <summary>Gets the event's id.</summary>
    public string EventId { get; }

    /// <summary>Gets which bound is explained.</summary>
    public EventBound Bound { get; }

    /// <summary>Gets the bound as the event's own date gives it (<see langword="null"/> at an end of the time line).</summary>
    public Instant? Declared { get; }

    /// <summary>Gets the bound as derived (<see langword="null"/> at an end of the time line).</summary>
    public Instant? Derived { get; }

    /// <summary>Gets a value indicating whether the relations narrowed the bound beyond the event's own date.</summary>
    public bool IsNarrowed => Steps.Length > 1;

    /// <summary>Gets the chain: first the date the bound comes from, then each relation or constraint that carried it, ending at this event.</summary>
    public ImmutableArray<ChronologyStep> Steps { get; }

    /// <summary>Gets the explanation in words, such as <c>'B' starts no earlier than 2022-03-11: 'A' ends no earlier than 2022-03-10; 'B' follows 'A'.</c></summary>
    public string Text { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The explanation in words.</returns>
    public override string ToString() => Text;
}
