namespace Timelines.Reasoning;

/// <summary>
/// One link of a chain of reasoning: a date an event's source gives, or a relation or constraint that carries a
/// bound from one event to another (or from an event's start to its end), in words.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class ChronologyStep
{
    internal ChronologyStep(string eventId, string field, EventRelation? relation, EventConstraint? constraint, string text)
    {
        EventId = eventId;
        Field = field;
        Relation = relation;
        Constraint = constraint;
        Text = text;
    }

    /// <summary>Gets the id of the event whose date, relation or constraint this is.</summary>
    public string EventId { get; }

    /// <summary>Gets the field of the event the step comes from, as a problem names it: <c>when</c>, <c>relations[0]</c>, <c>constraints[1]</c>.</summary>
    public string Field { get; }

    /// <summary>Gets the relation of the event this step applies, or <see langword="null"/>.</summary>
    public EventRelation? Relation { get; }

    /// <summary>Gets the constraint of the event this step applies, or <see langword="null"/>.</summary>
    public EventConstraint? Constraint { get; }

    /// <summary>
    /// Gets a value indicating whether this step is a date of the event's own (<see cref="TimelineEvent.When"/>),
    /// or the rule that an event ends after it starts, rather than a relation or constraint.
    /// </summary>
    public bool IsDate => Relation is null && Constraint is null;

    /// <summary>Gets the step in words, such as <c>'B' follows 'A', so 'B' starts no earlier than 2022-03-10</c>.</summary>
    public string Text { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The step in words.</returns>
    public override string ToString() => Text;
}
