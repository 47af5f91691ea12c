using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Timelines;
using Timelines.Querying;

namespace Belarus2022;

/// <summary>
/// The questions a reader of the seed text asks about Belarus in 2022, each answered by a query on the timeline.
/// Nothing here prints: <see cref="TourPrinter"/> turns the answers into tables, and the tests check them.
/// </summary>
public sealed class BelarusQuestions
{
    /// <summary>Creates the questions for a timeline.</summary>
    /// <param name="timeline">The timeline, usually the Belarus 2022 dataset.</param>
    public BelarusQuestions(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        Timeline = timeline;
    }

    /// <summary>Gets the timeline asked.</summary>
    public Timeline Timeline { get; }

    /// <summary>What happened in a period: the events whose time overlaps it, possibly and certainly.</summary>
    /// <param name="period">The period, as EDTF: <c>2022-03</c> is the whole of March 2022 in the timeline's zone.</param>
    /// <returns>The answer.</returns>
    public PossiblyAndCertainly HappenedIn(EdtfValue period) => Both(Timeline.Query().Overlapping(QueryPeriod.Covering(period)));

    /// <summary>What was going on on a day, in the timeline's zone: a stabbing query, possibly and certainly.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The answer.</returns>
    public PossiblyAndCertainly GoingOnOn(LocalDate day) => Both(Timeline.Query().On(day));

    /// <summary>
    /// What came next after an event: the first events that certainly started after it ended (none can have started
    /// before its latest possible end), nearest first; the event itself is left out.
    /// </summary>
    /// <param name="eventId">The event's id.</param>
    /// <param name="count">How many events to return at most.</param>
    /// <returns>The events, in the timeline's query order.</returns>
    /// <exception cref="ArgumentException">The timeline has no event with that id.</exception>
    public ImmutableArray<TimelineEvent> NextAfter(string eventId, int count) =>
        Timeline.Query().Next(Find(eventId), count).Certainly().ToImmutableArray();

    /// <summary>
    /// Events per month of a year: how many events possibly and certainly overlap each month. An event counts in every
    /// month it overlaps, so the counts add up to more than the number of events.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <returns>One row per month: the month's first day, the possible count and the certain count.</returns>
    public ImmutableArray<(LocalDate Month, int Possibly, int Certainly)> PerMonth(int year)
    {
        var dates = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var possibly = Timeline.Query().Histogram(dates, HistogramUnit.Month);
        var certainly = Timeline.Query().Certainly().Histogram(dates, HistogramUnit.Month);
        return [.. possibly.Zip(certainly, (p, c) => (p.First, p.Count, c.Count))];
    }

    /// <summary>How one event relates to another in Allen's interval algebra: every relation that is not ruled out.</summary>
    /// <param name="firstId">The first event's id (the subject: "first relation second").</param>
    /// <param name="secondId">The second event's id.</param>
    /// <returns>The relations answered <see cref="TruthValue.Yes"/> or <see cref="TruthValue.Maybe"/>, in Allen's order.</returns>
    /// <exception cref="ArgumentException">The timeline has no event with one of the ids.</exception>
    public ImmutableArray<KeyValuePair<AllenRelation, TruthValue>> Relation(string firstId, string secondId)
    {
        var first = Find(firstId);
        var second = Find(secondId);
        return [.. Timeline.Relate(first, second).Where(pair => pair.Value != TruthValue.No).OrderBy(pair => pair.Key)];
    }

    /// <summary>Everything involving an actor, by name.</summary>
    /// <param name="actor">The actor's name, as recorded (for example <c>European Union</c>).</param>
    /// <returns>The events, in the timeline's query order.</returns>
    public ImmutableArray<TimelineEvent> Involving(string actor) => Timeline.Query().WithActor(actor).ToImmutableArray();

    /// <summary>Everything that happened at a place, by name.</summary>
    /// <param name="place">The place's name, as recorded (for example <c>Homiel</c>).</param>
    /// <returns>The events, in the timeline's query order.</returns>
    public ImmutableArray<TimelineEvent> At(string place) => Timeline.Query().WithPlace(place).ToImmutableArray();

    /// <summary>
    /// What the relations imply for the dates: the contradictions of the timeline as recorded, then, with the first
    /// relation of each contradiction's chain set aside (as a user fixing the data would look at it first), every
    /// bound the remaining relations narrow, each with its explanation.
    /// </summary>
    /// <returns>The answer.</returns>
    public WhatRelationsImply RelationsImply()
    {
        var contradictions = Timeline.Chronology.Contradictions;
        var timeline = Timeline;
        var setAside = ImmutableArray.CreateBuilder<(string, EventRelation)>();

        // Each contradiction names its relations; setting one aside may reveal another, so repeat, a few times at most.
        for (var round = 0; round < 8 && !timeline.Chronology.IsConsistent; round++)
        {
            foreach (var contradiction in timeline.Chronology.Contradictions)
            {
                var step = contradiction.Steps.FirstOrDefault(s => s.Relation is not null);
                if (step is null)
                {
                    continue;
                }

                var item = timeline[step.EventId];
                timeline = timeline.WithEvent(item.WithRelations(item.Relations.Remove(step.Relation!)));
                setAside.Add((step.EventId, step.Relation!));
            }
        }

        var chronology = timeline.Chronology;
        return new WhatRelationsImply(contradictions, setAside.ToImmutable(), chronology, [.. chronology.Narrowings()]);
    }

    /// <summary>Finds an event by id.</summary>
    /// <param name="eventId">The id.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The timeline has no event with that id.</exception>
    public TimelineEvent Find(string eventId) =>
        Timeline.TryGetEvent(eventId, out var found)
            ? found
            : throw new ArgumentException($"The timeline '{Timeline.Id}' has no event '{eventId}'.", nameof(eventId));

    private static PossiblyAndCertainly Both(TimelineQuery query) =>
        new(query.Possibly().ToImmutableArray(), query.Certainly().ToImmutableArray());
}
