using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace Timelines;

/// <summary>
/// Something that happened, dated as precisely as its source allows: an id, a title, when (an
/// <see cref="EdtfValue"/>), and what else the source says of it: summary, tags, actors, places, sources,
/// relations to other events, status, and an extension bag for data the library does not model.
/// </summary>
/// <remarks>
/// <para>
/// Change an event by making a changed copy; every method copies only references, so it is cheap. Each verb means
/// one thing: <c>With…</c> replaces a property's whole value (<see cref="WithTags"/> replaces every tag, and
/// <see cref="WithExtension"/> replaces the value of its key), <c>Add…</c> appends after the current values
/// (<see cref="AddTags"/>, <see cref="AddRelation"/>…), and <c>Without…</c> removes (<see cref="WithoutTag"/>,
/// <see cref="WithoutRelationsTo"/>, <see cref="WithoutExtension"/>). An event records what its source says: the rules of a timeline (non-blank id and
/// title, unique ids, existing relation targets, coordinates in range) are checked when a <see cref="Timeline"/>
/// is built, which reports all problems at once.
/// </para>
/// <para>
/// Text that could not be written back exactly, or that would mislead a reader, is refused at once with an
/// <see cref="ArgumentException"/>: half of a surrogate pair, control characters (prose such as the summary may
/// hold tab, line feed and carriage return), and in one-line text line separators and bidirectional controls; ids
/// also refuse invisible format characters and white space at either end. Ids compare ordinally and are never
/// normalized. docs/json-format.md gives the rules in full.
/// </para>
/// <para>
/// Extensions keep JSON values the library does not interpret, so that a document read and written again keeps
/// them. Their keys are ordered ordinally, which keeps output deterministic.
/// </para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TimelineEvent : IEquatable<TimelineEvent>
{
    // What most events hold is an id, a title and a date, so that is all such an event holds: 40 bytes (issue 16;
    // EventMemoryProbe in benchmarks/Timelines.Benchmarks measures it). An event with anything more holds, in place
    // of its date, one object with the date and the rest; a type test tells the two apart.
    private readonly string id;
    private readonly string title;
    private readonly object whenOrDetails;

    /// <summary>Initializes a new event with an id, a title and a date, and nothing else.</summary>
    /// <param name="id">The id, unique within a timeline, such as "drills-2022-02".</param>
    /// <param name="title">A short title.</param>
    /// <param name="when">When it happened.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> holds text the model does not allow (see the remarks).</exception>
    public TimelineEvent(string id, string title, EdtfValue when)
    {
        TextRules.Require(id, TextKind.Id, nameof(id));
        TextRules.Require(title, TextKind.Line, nameof(title));
        ArgumentNullException.ThrowIfNull(when);
        this.id = id;
        this.title = title;
        whenOrDetails = when;
    }

    /// <summary>Initializes an event from every field at once, for readers that have checked them (no copies, no checks, not even of the text).</summary>
    internal TimelineEvent(
        string id,
        string title,
        EdtfValue when,
        string? summary,
        EventStatus? status,
        ImmutableArray<string> tags,
        ImmutableArray<Actor> actors,
        ImmutableArray<Place> places,
        ImmutableArray<Source> sources,
        ImmutableArray<EventRelation> relations,
        ImmutableSortedDictionary<string, JsonElement>? extensions,
        ImmutableArray<EventConstraint> constraints = default)
        : this(new Fields(
            id,
            title,
            when,
            summary,
            status,
            tags.IsDefault ? ImmutableArray<string>.Empty : tags,
            actors.IsDefault ? ImmutableArray<Actor>.Empty : actors,
            places.IsDefault ? ImmutableArray<Place>.Empty : places,
            sources.IsDefault ? ImmutableArray<Source>.Empty : sources,
            relations.IsDefault ? ImmutableArray<EventRelation>.Empty : relations,
            extensions ?? NoExtensions,
            constraints.IsDefault ? ImmutableArray<EventConstraint>.Empty : constraints))
    {
    }

    private TimelineEvent(Fields fields)
    {
        id = fields.Id;
        title = fields.Title;
        whenOrDetails = Details.For(fields) ?? (object)fields.When;
    }

    private static ImmutableSortedDictionary<string, JsonElement> NoExtensions { get; } =
        ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Gets what the event holds besides its id, title and date: the shared empty details when nothing.</summary>
    private Details AllDetails => whenOrDetails as Details ?? Details.Empty;

    /// <summary>Gets every field, for a changed copy made with <c>with</c>.</summary>
    private Fields All
    {
        get
        {
            var details = AllDetails;
            return new(
                id,
                title,
                When,
                details.Summary,
                details.Status,
                details.Tags,
                details.Actors,
                details.Places,
                details.Sources,
                details.Relations,
                details.Extensions,
                details.Constraints);
        }
    }

    /// <summary>Gets the id, unique within a timeline.</summary>
    public string Id => id;

    /// <summary>Gets the title.</summary>
    public string Title => title;

    /// <summary>Gets when the event happened.</summary>
    public EdtfValue When => whenOrDetails as EdtfValue ?? ((Details)whenOrDetails).When;

    /// <summary>Gets the summary, or <see langword="null"/>.</summary>
    public string? Summary => AllDetails.Summary;

    /// <summary>Gets the status, or <see langword="null"/> when the source gives none.</summary>
    public EventStatus? Status => AllDetails.Status;

    /// <summary>Gets the tags, in the order given.</summary>
    public ImmutableArray<string> Tags => AllDetails.Tags;

    /// <summary>Gets the actors, in the order given.</summary>
    public ImmutableArray<Actor> Actors => AllDetails.Actors;

    /// <summary>Gets the places, in the order given.</summary>
    public ImmutableArray<Place> Places => AllDetails.Places;

    /// <summary>Gets the sources, in the order given.</summary>
    public ImmutableArray<Source> Sources => AllDetails.Sources;

    /// <summary>Gets the relations to other events, in the order given.</summary>
    public ImmutableArray<EventRelation> Relations => AllDetails.Relations;

    /// <summary>
    /// Gets the constraints on the gaps between this event's start or end and another event's (or its own), in the
    /// order given: what the chronology of a timeline (<see cref="Timeline.Chronology"/>) infers from, beside the
    /// relations.
    /// </summary>
    public ImmutableArray<EventConstraint> Constraints => AllDetails.Constraints;

    /// <summary>Gets the extension values by key, ordered ordinally by key.</summary>
    public ImmutableSortedDictionary<string, JsonElement> Extensions => AllDetails.Extensions;

    /// <summary>Returns a copy with another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> holds text an id may not hold.</exception>
    public TimelineEvent WithId(string id) => new(All with { Id = TextRules.Require(id, TextKind.Id, nameof(id)) });

    /// <summary>Returns a copy with another title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> holds text one-line text may not hold.</exception>
    public TimelineEvent WithTitle(string title) => new(All with { Title = TextRules.Require(title, TextKind.Line, nameof(title)) });

    /// <summary>Returns a copy with another date.</summary>
    /// <param name="when">When it happened.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="when"/> is null.</exception>
    public TimelineEvent WithWhen(EdtfValue when) => new(All with { When = when ?? throw new ArgumentNullException(nameof(when)) });

    /// <summary>Returns a copy with another summary.</summary>
    /// <param name="summary">The summary, or <see langword="null"/> for none.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="summary"/> holds text prose may not hold.</exception>
    public TimelineEvent WithSummary(string? summary) => new(All with { Summary = TextRules.RequireOptional(summary, TextKind.Prose, nameof(summary)) });

    /// <summary>Returns a copy with another status.</summary>
    /// <param name="status">The status, or <see langword="null"/> for none.</param>
    /// <returns>The changed copy.</returns>
    public TimelineEvent WithStatus(EventStatus? status) => new(All with { Status = status });

    /// <summary>Returns a copy with these tags in place of the current ones.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A tag holds text one-line text may not hold.</exception>
    public TimelineEvent WithTags(IEnumerable<string> tags) => new(All with { Tags = ToTags(tags, nameof(tags)) });

    /// <summary>Returns a copy with these tags added after the current ones.</summary>
    /// <param name="tags">The tags to add.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A tag holds text one-line text may not hold.</exception>
    public TimelineEvent AddTags(params string[] tags) => new(All with { Tags = Tags.AddRange(ToTags(tags, nameof(tags))) });

    /// <summary>Returns a copy without a tag (every occurrence, compared ordinally).</summary>
    /// <param name="tag">The tag to remove.</param>
    /// <returns>The changed copy, or this event if it had no such tag.</returns>
    public TimelineEvent WithoutTag(string tag) =>
        Tags.Contains(tag, StringComparer.Ordinal)
            ? new(All with { Tags = Tags.RemoveAll(t => string.Equals(t, tag, StringComparison.Ordinal)) })
            : this;

    /// <summary>Returns a copy with these actors in place of the current ones.</summary>
    /// <param name="actors">The actors.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actors"/> or one of them is null.</exception>
    public TimelineEvent WithActors(IEnumerable<Actor> actors) => new(All with { Actors = ToArray(actors, nameof(actors)) });

    /// <summary>Returns a copy with these actors added after the current ones.</summary>
    /// <param name="actors">The actors to add.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actors"/> or one of them is null.</exception>
    public TimelineEvent AddActors(params Actor[] actors) => new(All with { Actors = Actors.AddRange(ToArray(actors, nameof(actors))) });

    /// <summary>Returns a copy with these places in place of the current ones.</summary>
    /// <param name="places">The places.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="places"/> or one of them is null.</exception>
    public TimelineEvent WithPlaces(IEnumerable<Place> places) => new(All with { Places = ToArray(places, nameof(places)) });

    /// <summary>Returns a copy with these places added after the current ones.</summary>
    /// <param name="places">The places to add.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="places"/> or one of them is null.</exception>
    public TimelineEvent AddPlaces(params Place[] places) => new(All with { Places = Places.AddRange(ToArray(places, nameof(places))) });

    /// <summary>Returns a copy with these sources in place of the current ones.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or one of them is null.</exception>
    public TimelineEvent WithSources(IEnumerable<Source> sources) => new(All with { Sources = ToArray(sources, nameof(sources)) });

    /// <summary>Returns a copy with these sources added after the current ones.</summary>
    /// <param name="sources">The sources to add.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or one of them is null.</exception>
    public TimelineEvent AddSources(params Source[] sources) => new(All with { Sources = Sources.AddRange(ToArray(sources, nameof(sources))) });

    /// <summary>Returns a copy with these relations in place of the current ones.</summary>
    /// <param name="relations">The relations.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relations"/> or one of them is null.</exception>
    public TimelineEvent WithRelations(IEnumerable<EventRelation> relations) => new(All with { Relations = ToArray(relations, nameof(relations)) });

    /// <summary>Returns a copy with a relation to another event added after the current ones.</summary>
    /// <param name="kind">How this event relates to the other.</param>
    /// <param name="targetId">The id of the other event.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targetId"/> is null.</exception>
    public TimelineEvent AddRelation(EventRelationKind kind, string targetId) =>
        new(All with { Relations = Relations.Add(new EventRelation(kind, targetId)) });

    /// <summary>Returns a copy without any relation to an event.</summary>
    /// <param name="targetId">The id of the other event.</param>
    /// <returns>The changed copy, or this event if it had no relation to that event.</returns>
    public TimelineEvent WithoutRelationsTo(string targetId) =>
        Relations.Any(r => string.Equals(r.TargetId, targetId, StringComparison.Ordinal))
            ? new(All with { Relations = Relations.RemoveAll(r => string.Equals(r.TargetId, targetId, StringComparison.Ordinal)) })
            : this;

    /// <summary>Returns a copy with these constraints in place of the current ones.</summary>
    /// <param name="constraints">The constraints.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="constraints"/> or one of them is null.</exception>
    public TimelineEvent WithConstraints(IEnumerable<EventConstraint> constraints) => new(All with { Constraints = ToArray(constraints, nameof(constraints)) });

    /// <summary>Returns a copy with a constraint added after the current ones.</summary>
    /// <param name="constraint">The constraint.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="constraint"/> is null.</exception>
    public TimelineEvent AddConstraint(EventConstraint constraint) =>
        new(All with { Constraints = Constraints.Add(constraint ?? throw new ArgumentNullException(nameof(constraint))) });

    /// <summary>Returns a copy with an extension value set: it replaces the value of that key (and adds the key if the event has none under it).</summary>
    /// <param name="key">The key, such as "x-confidence".</param>
    /// <param name="value">The JSON value. It is cloned, so it stays valid after its document is disposed.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="key"/> holds text one-line text may not hold or is the name of a property of an event in the
    /// format (such as "title"), or <paramref name="value"/> is undefined (a default <see cref="JsonElement"/>) or
    /// holds a string that is not valid Unicode, which could not be written.
    /// </exception>
    public TimelineEvent WithExtension(string key, JsonElement value)
    {
        ExtensionRules.Require(key, value, ExtensionRules.EventPropertyNames);
        return new(All with { Extensions = Extensions.SetItem(key, value.Clone()) });
    }

    /// <summary>Returns a copy without an extension value.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The changed copy, or this event if it had no value under that key.</returns>
    public TimelineEvent WithoutExtension(string key) =>
        Extensions.ContainsKey(key) ? new(All with { Extensions = Extensions.Remove(key) }) : this;

    /// <inheritdoc />
    public bool Equals(TimelineEvent? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Title, other.Title, StringComparison.Ordinal)
            && When == other.When
            && string.Equals(Summary, other.Summary, StringComparison.Ordinal)
            && Nullable.Equals(Status, other.Status)
            && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal)
            && Actors.SequenceEqual(other.Actors)
            && Places.SequenceEqual(other.Places)
            && Sources.SequenceEqual(other.Sources)
            && Relations.SequenceEqual(other.Relations)
            && Constraints.SequenceEqual(other.Constraints)
            && Extensions.Count == other.Extensions.Count
            && Extensions.All(pair => other.Extensions.TryGetValue(pair.Key, out var value) && JsonElementEquality.AreEqual(pair.Value, value));
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimelineEvent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, When, Tags.Length, Actors.Length, Places.Length);

    /// <summary>Returns the id, date and title, for diagnostics.</summary>
    /// <returns>Text such as <c>drills-2022-02 2022-02 Joint military drills</c>.</returns>
    public override string ToString() => $"{Id} {When} {Title}";

    private static ImmutableArray<T> ToArray<T>(IEnumerable<T> items, string parameterName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        var array = items.ToImmutableArray();
        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentNullException(parameterName, RuleMessages.NullElement);
            }
        }

        return array;
    }

    private static ImmutableArray<string> ToTags(IEnumerable<string> tags, string parameterName)
    {
        var array = ToArray(tags, parameterName);
        foreach (var tag in array)
        {
            TextRules.Require(tag, TextKind.Line, parameterName);
        }

        return array;
    }

    private readonly record struct Fields(
        string Id,
        string Title,
        EdtfValue When,
        string? Summary,
        EventStatus? Status,
        ImmutableArray<string> Tags,
        ImmutableArray<Actor> Actors,
        ImmutableArray<Place> Places,
        ImmutableArray<Source> Sources,
        ImmutableArray<EventRelation> Relations,
        ImmutableSortedDictionary<string, JsonElement> Extensions,
        ImmutableArray<EventConstraint> Constraints);

    /// <summary>What an event holds besides its id, title and date: one object, shared by every event that holds none of it.</summary>
    private sealed class Details
    {
        private Details(in Fields fields)
        {
            When = fields.When;
            Summary = fields.Summary;
            Status = fields.Status;
            Tags = fields.Tags;
            Actors = fields.Actors;
            Places = fields.Places;
            Sources = fields.Sources;
            Relations = fields.Relations;
            Extensions = fields.Extensions;
            Constraints = fields.Constraints;
        }

        private Details()
        {
            When = null!; // Never read: an event with the empty details holds its date itself.
            Tags = ImmutableArray<string>.Empty;
            Actors = ImmutableArray<Actor>.Empty;
            Places = ImmutableArray<Place>.Empty;
            Sources = ImmutableArray<Source>.Empty;
            Relations = ImmutableArray<EventRelation>.Empty;
            Extensions = NoExtensions;
            Constraints = ImmutableArray<EventConstraint>.Empty;
        }

        public static Details Empty { get; } = new();

        public EdtfValue When { get; }

        public string? Summary { get; }

        public EventStatus? Status { get; }

        public ImmutableArray<string> Tags { get; }

        public ImmutableArray<Actor> Actors { get; }

        public ImmutableArray<Place> Places { get; }

        public ImmutableArray<Source> Sources { get; }

        public ImmutableArray<EventRelation> Relations { get; }

        public ImmutableSortedDictionary<string, JsonElement> Extensions { get; }

        public ImmutableArray<EventConstraint> Constraints { get; }

        /// <summary>
        /// Gets the details of these fields, or <see langword="null"/> when there are none, so that the event holds
        /// its date alone. An empty extension bag counts as none only when it orders keys ordinally, as every bag of
        /// an event does, so that nothing changes.
        /// </summary>
        public static Details? For(in Fields fields) =>
            fields.Summary is null
            && fields.Status is null
            && fields.Tags.IsEmpty
            && fields.Actors.IsEmpty
            && fields.Places.IsEmpty
            && fields.Sources.IsEmpty
            && fields.Relations.IsEmpty
            && fields.Constraints.IsEmpty
            && fields.Extensions.IsEmpty
            && ReferenceEquals(fields.Extensions.KeyComparer, StringComparer.Ordinal)
            && ReferenceEquals(fields.Extensions.ValueComparer, NoExtensions.ValueComparer)
                ? null
                : new Details(fields);
    }
}
