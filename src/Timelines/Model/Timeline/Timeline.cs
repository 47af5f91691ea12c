using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using NodaTime;

namespace Timelines;

/// <summary>
/// A set of dated events with an id, a title, a time zone for its days, and the day its ongoing events were last
/// checked. Built by a <see cref="TimelineBuilder"/>, it always satisfies its rules (unique event ids, relations
/// to events that exist, non-empty titles, coordinates in range).
/// </summary>
/// <remarks>
/// <para>
/// Change a timeline by making a changed copy with the <c>With…</c> methods, which replace a value (a title, a zone,
/// the value of an extension key, the event with an id: <see cref="WithEvent"/> adds the event when no event has its
/// id), and the <c>Without…</c> methods, which remove one; they check only what the change can break. For many
/// changes at once use <see cref="ToBuilder"/>, whose <see cref="TimelineBuilder.Add"/> appends.
/// </para>
/// <para>
/// Two timelines are equal when their ids, titles, descriptions, zones (by id), as-of days, extensions and events, in order,
/// are equal.
/// </para>
/// <threadsafety>This type is immutable and thread-safe: any number of threads may read one timeline at once.</threadsafety>
/// </remarks>
public sealed partial class Timeline : IEquatable<Timeline>
{
    private readonly Dictionary<string, int> indexById;

    internal Timeline(
        string id,
        string title,
        string? description,
        DateTimeZone timeZone,
        LocalDate? asOf,
        ImmutableArray<TimelineEvent> events,
        ImmutableSortedDictionary<string, JsonElement>? extensions = null,
        Dictionary<string, int>? indexById = null)
        : this(id, title, description, timeZone, asOf, events, indexById ?? IndexById(events), extensions ?? EmptyExtensions)
    {
    }

    private Timeline(
        string id,
        string title,
        string? description,
        DateTimeZone timeZone,
        LocalDate? asOf,
        ImmutableArray<TimelineEvent> events,
        Dictionary<string, int> indexById,
        ImmutableSortedDictionary<string, JsonElement> extensions)
    {
        Id = id;
        Title = title;
        Description = description;
        TimeZone = timeZone;
        AsOf = asOf;
        Events = events;
        this.indexById = indexById;
        Extensions = extensions;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets the zone in which the timeline's days begin and end.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the day on which ongoing events were last checked, in <see cref="TimeZone"/>, or <see langword="null"/>.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Gets the events, in the order they were added.</summary>
    public ImmutableArray<TimelineEvent> Events { get; }

    /// <summary>Gets the number of events.</summary>
    public int Count => Events.Length;

    /// <summary>Gets the event with an id. O(1).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The event.</returns>
    /// <exception cref="KeyNotFoundException">No event has that id.</exception>
    public TimelineEvent this[string id] =>
        TryGetEvent(id, out var found) ? found : throw new KeyNotFoundException(RuleMessages.NoEventWithId(Id, id));

    /// <summary>Creates a timeline in UTC from events, checking every rule.</summary>
    /// <param name="id">The timeline's id.</param>
    /// <param name="title">The timeline's title.</param>
    /// <param name="events">The events.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TimelineValidationException">A rule is broken; the exception lists every problem.</exception>
    public static Timeline Create(string id, string title, IEnumerable<TimelineEvent> events) =>
        new TimelineBuilder(id, title).AddRange(events).Build();

    /// <summary>Finds the event with an id. O(1).</summary>
    /// <param name="id">The id.</param>
    /// <param name="found">The event, when there is one.</param>
    /// <returns><see langword="true"/> if an event has that id.</returns>
    public bool TryGetEvent(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TimelineEvent? found)
    {
        ArgumentNullException.ThrowIfNull(id);
        found = indexById.TryGetValue(id, out var index) ? Events[index] : null;
        return found is not null;
    }

    /// <summary>Gets a value indicating whether an event has an id. O(1).</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> if an event has that id.</returns>
    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return indexById.ContainsKey(id);
    }

    /// <summary>Returns a builder holding this timeline's parts, for many changes at once.</summary>
    /// <returns>A new builder.</returns>
    public TimelineBuilder ToBuilder()
    {
        var builder = new TimelineBuilder(Id, Title) { Description = Description, TimeZone = TimeZone, AsOf = AsOf };
        foreach (var pair in Extensions)
        {
            builder.Extensions[pair.Key] = pair.Value;
        }

        return builder.AddRange(Events);
    }

    /// <summary>Returns a copy with another title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="TimelineValidationException"><paramref name="title"/> is blank or holds text a title may not hold.</exception>
    public Timeline WithTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (TimelineValidator.TimelineTitleProblem(title) is { } problem)
        {
            throw new TimelineValidationException([new TimelineProblem(null, "title", problem)]);
        }

        return new Timeline(Id, title, Description, TimeZone, AsOf, Events, indexById, Extensions);
    }

    /// <summary>Returns a copy with another description.</summary>
    /// <param name="description">The description, or <see langword="null"/> for none.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> holds text prose may not hold.</exception>
    public Timeline WithDescription(string? description) =>
        new(Id, Title, TextRules.RequireOptional(description, TextKind.Prose, nameof(description)), TimeZone, AsOf, Events, indexById, Extensions);

    /// <summary>Returns a copy whose days begin and end in another zone.</summary>
    /// <param name="timeZone">The zone.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public Timeline WithTimeZone(DateTimeZone timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        return new Timeline(Id, Title, Description, timeZone, AsOf, Events, indexById, Extensions);
    }

    /// <summary>Returns a copy with another as-of day.</summary>
    /// <param name="asOf">The day ongoing events were last checked, or <see langword="null"/>.</param>
    /// <returns>The changed copy.</returns>
    public Timeline WithAsOf(LocalDate? asOf) => new(Id, Title, Description, TimeZone, asOf, Events, indexById, Extensions);

    /// <summary>
    /// Returns a copy in which this is the event with its id: it replaces the event with the same id, in that
    /// event's place, or, when no event has that id, is added at the end (as <see cref="TimelineEvent.WithExtension"/>
    /// sets the value of one key). Only the new event's rules are checked. O(n) to copy.
    /// </summary>
    /// <param name="item">The event.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="TimelineValidationException">The event breaks a rule; every problem is listed.</exception>
    public Timeline WithEvent(TimelineEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var replacing = indexById.TryGetValue(item.Id, out var index);
        var problems = new List<TimelineProblem>();
        TimelineValidator.ValidateEvent(item, id => indexById.ContainsKey(id) || string.Equals(id, item.Id, StringComparison.Ordinal), problems);
        if (problems.Count > 0)
        {
            throw new TimelineValidationException(problems);
        }

        if (replacing)
        {
            return new Timeline(Id, Title, Description, TimeZone, AsOf, Events.SetItem(index, item), indexById, Extensions);
        }

        var events = Events.Add(item);
        var ids = new Dictionary<string, int>(indexById, StringComparer.Ordinal) { [item.Id] = events.Length - 1 };
        return new Timeline(Id, Title, Description, TimeZone, AsOf, events, ids, Extensions).ExtendingIndexOf(this);
    }

    /// <summary>
    /// Returns a copy without the event with an id. O(n).
    /// </summary>
    /// <param name="id">The id.</param>
    /// <returns>The changed copy, or this timeline if no event has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="TimelineValidationException">
    /// Other events relate to it; remove those relations first (<see cref="TimelineEvent.WithoutRelationsTo"/>).
    /// </exception>
    public Timeline WithoutEvent(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!indexById.TryGetValue(id, out var index))
        {
            return this;
        }

        var problems = new List<TimelineProblem>();
        foreach (var item in Events)
        {
            for (var i = 0; i < item.Relations.Length; i++)
            {
                if (string.Equals(item.Relations[i].TargetId, id, StringComparison.Ordinal) && !string.Equals(item.Id, id, StringComparison.Ordinal))
                {
                    problems.Add(new TimelineProblem(item.Id, $"relations[{i}].targetId", RuleMessages.RelatesToRemoved(id)));
                }
            }

            for (var i = 0; i < item.Constraints.Length; i++)
            {
                if (string.Equals(item.Constraints[i].TargetId, id, StringComparison.Ordinal) && !string.Equals(item.Id, id, StringComparison.Ordinal))
                {
                    problems.Add(new TimelineProblem(item.Id, $"constraints[{i}].targetId", RuleMessages.ConstraintAgainstRemoved(id)));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new TimelineValidationException(problems);
        }

        var events = Events.RemoveAt(index);
        return new Timeline(Id, Title, Description, TimeZone, AsOf, events, IndexById(events), Extensions);
    }

    /// <inheritdoc />
    public bool Equals(Timeline? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Title, other.Title, StringComparison.Ordinal)
            && string.Equals(Description, other.Description, StringComparison.Ordinal)
            && string.Equals(TimeZone.Id, other.TimeZone.Id, StringComparison.Ordinal)
            && AsOf == other.AsOf
            && Events.SequenceEqual(other.Events)
            && ExtensionsEqual(other);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Timeline);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, TimeZone.Id, AsOf, Events.Length);

    /// <summary>Returns the id, title and number of events, for diagnostics.</summary>
    /// <returns>Text such as <c>belarus-2022 "Belarus 2022" (14 events)</c>.</returns>
    public override string ToString() => $"{Id} \"{Title}\" ({Count} events)";

    private static Dictionary<string, int> IndexById(ImmutableArray<TimelineEvent> events)
    {
        var ids = new Dictionary<string, int>(events.Length, StringComparer.Ordinal);
        for (var i = 0; i < events.Length; i++)
        {
            ids.Add(events[i].Id, i);
        }

        return ids;
    }
}
