using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;

namespace Timelines;

/// <summary>
/// Collects the parts of a <see cref="Timeline"/> and builds it, checking every rule at once.
/// </summary>
/// <remarks>
/// A builder is mutable and not thread-safe; the timeline it builds is immutable. <see cref="Build()"/> can be
/// called more than once, and changing the builder afterwards does not change a timeline already built.
/// </remarks>
/// <example>
/// <code>
/// var timeline = new TimelineBuilder("belarus-2022", "Belarus and the 2022 invasion of Ukraine")
///     .Add(new TimelineEvent("drills", "Joint Russia–Belarus drills", EdtfValue.Parse("2022-02")))
///     .Build();
/// </code>
/// </example>
public sealed class TimelineBuilder
{
    private DateTimeZone timeZone = DateTimeZone.Utc;

    /// <summary>Initializes a builder for a timeline with an id and a title, in UTC, with no events.</summary>
    /// <param name="id">The timeline's id.</param>
    /// <param name="title">The timeline's title.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TimelineBuilder(string id, string title)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        Id = id;
        Title = title;
    }

    /// <summary>Gets or sets the timeline's id.</summary>
    public string Id { get; set; }

    /// <summary>Gets or sets the timeline's title.</summary>
    public string Title { get; set; }

    /// <summary>Gets or sets the timeline's description, or <see langword="null"/>.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// Gets or sets the zone in which the timeline's days begin and end, such as Europe/Minsk; UTC by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public DateTimeZone TimeZone
    {
        get => timeZone;
        set => timeZone = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets or sets the day on which ongoing events were last checked, in the timeline's zone, or <see langword="null"/>.</summary>
    public LocalDate? AsOf { get; set; }

    /// <summary>Gets the events, in order; add, remove or reorder them freely before building.</summary>
    public IList<TimelineEvent> Events { get; } = new List<TimelineEvent>();

    /// <summary>
    /// Gets the timeline's extension values by key: JSON the library does not interpret, kept so that a document
    /// read and written again keeps them.
    /// </summary>
    public IDictionary<string, JsonElement> Extensions { get; } = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Adds events at the end.</summary>
    /// <param name="events">The events.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public TimelineBuilder Add(params TimelineEvent[] events) => AddRange(events);

    /// <summary>Adds events at the end.</summary>
    /// <param name="events">The events.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public TimelineBuilder AddRange(IEnumerable<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var item in events)
        {
            Events.Add(item);
        }

        return this;
    }

    /// <summary>Sets <see cref="AsOf"/> to today, in the timeline's zone, as the clock tells it.</summary>
    /// <param name="clock">The clock: <c>SystemClock.Instance</c> in production, a <c>FakeClock</c> in tests.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public TimelineBuilder SetAsOfToday(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        AsOf = clock.GetCurrentInstant().InZone(TimeZone).Date;
        return this;
    }

    /// <summary>Checks every rule and returns the problems found, without building.</summary>
    /// <returns>The problems; empty when <see cref="Build()"/> would succeed.</returns>
    public IReadOnlyList<TimelineProblem> Validate() => TimelineValidator.Validate(Id, Title, Description, Extensions, (IReadOnlyList<TimelineEvent>)Events);

    /// <summary>Checks every rule, and what else <paramref name="checks"/> asks, and returns the problems found, without building.</summary>
    /// <param name="checks">What to check beyond the rules.</param>
    /// <returns>The problems; empty when <see cref="Build(TimelineChecks)"/> would succeed.</returns>
    /// <remarks>With <see cref="TimelineChecks.Chronology"/>, the chronology is inferred only when the rules hold: O(n + relations).</remarks>
    public IReadOnlyList<TimelineProblem> Validate(TimelineChecks checks)
    {
        var problems = Validate();
        if (problems.Count > 0 || (checks & TimelineChecks.Chronology) == 0)
        {
            return problems;
        }

        return new Timeline(Id, Title, Description, TimeZone, AsOf, [.. Events], Timeline.ToExtensions(Extensions)).Chronology.Problems();
    }

    /// <summary>Builds the timeline, checking what <paramref name="checks"/> asks beyond the rules.</summary>
    /// <param name="checks">What to check beyond the rules.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="TimelineValidationException">A rule is broken, or a check asked for fails; the exception lists every problem.</exception>
    public Timeline Build(TimelineChecks checks)
    {
        var timeline = Build();
        if ((checks & TimelineChecks.Chronology) != 0 && timeline.Chronology.Problems() is { Count: > 0 } problems)
        {
            throw new TimelineValidationException(problems);
        }

        return timeline;
    }

    /// <summary>Builds the timeline. O(n) in the number of events.</summary>
    /// <returns>The timeline.</returns>
    /// <exception cref="TimelineValidationException">
    /// A rule is broken: an empty id or title, a duplicate event id, a relation to a missing event, a coordinate
    /// out of range, and so on. The exception lists every problem, each naming the event and the field.
    /// </exception>
    public Timeline Build()
    {
        // The validator's id index is the timeline's when nothing is wrong: built once, not again by the timeline.
        var events = ImmutableArray.CreateRange(Events);
        var problems = TimelineValidator.Validate(Id, Title, Description, Extensions, events, out var indexById);
        if (problems.Count > 0)
        {
            throw new TimelineValidationException(problems);
        }

        return new Timeline(Id, Title, Description, TimeZone, AsOf, events, Timeline.ToExtensions(Extensions), indexById);
    }
}
