using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Timelines.Querying.Indexing;
using Timelines.Querying.Internal;

namespace Timelines.Querying;

/// <summary>
/// A query over one <see cref="Timeline"/> snapshot, built from <see cref="Timeline.Query"/>: at most one time
/// condition (<see cref="Overlapping"/>, <see cref="At"/>, <see cref="Within"/>, <see cref="Related(QueryPeriod, AllenRelation)"/>…),
/// filters on tags, actors, places, status and id, and paging, for example
/// <c>timeline.Query().Overlapping(EdtfValue.Parse("2022-03")).WithTag("sanctions").Take(10)</c>.
/// </summary>
/// <remarks>
/// <para>
/// A query is a specification: every method returns a changed copy, and every part is an inspectable property
/// (<see cref="Time"/>, <see cref="Certainty"/>, <see cref="OpenEnds"/>, <see cref="Tags"/>…), so that a storage
/// backend can translate the same query. A later time condition replaces an earlier one. Every filter narrows the
/// query, so filter calls compose by AND: two <see cref="WithTag"/> calls require both tags, and a second
/// <see cref="WithStatus"/> or <see cref="WithIds"/> intersects with the first (docs/semantics.md, section 5).
/// </para>
/// <para>
/// <b>Order.</b> Results always come in one stable order: earliest start, then latest end (an ongoing end resolved
/// as <see cref="OpenEnds"/> says), then id (ordinal). <see cref="Skip"/> and <see cref="Take"/> apply to that
/// order, after the time condition and the filters.
/// </para>
/// <para>
/// <b>Cost.</b> The timeline's index is built on the first query of a snapshot, in O(n log n) (O(n) when events
/// were added in start order), and shared by every later query and thread. With n events, k results and f events
/// that pass the time condition but fail a filter, a query that is a window of the index (overlap, at, on, within,
/// containing, starting in, after, and every Allen relation but <see cref="AllenRelation.Before"/>) runs in
/// O(log n + k + f + s), where s is the number of events in the window's reach that fail the exact test; s is
/// small because very long events live in small components of their own. <see cref="Before"/> and
/// <see cref="AllenRelation.Before"/> scan the events that start before the point: O(log n + m).
/// Enumerating allocates nothing beyond a pooled buffer, returned when the enumerator is disposed.
/// </para>
/// <threadsafety>This type is an immutable value type: any number of threads may use one query at once.</threadsafety>
/// </remarks>
public readonly partial struct TimelineQuery : IEnumerable<TimelineEvent>
{
    private readonly Timeline? timeline;

    // Filters live in one object, null when there are none, to keep this value small: it is copied at every step.
    private readonly FilterSet? filters;

    internal TimelineQuery(Timeline timeline)
    {
        this.timeline = timeline;
        Time = default;
        Certainty = Certainty.Possibly;
        OpenEnds = OpenEnds.UntilAsOf;
        filters = null;
        SkipCount = 0;
        TakeCount = null;
    }

    private TimelineQuery(in TimelineQuery other, FilterSet set)
    {
        this = other;
        filters = set;
    }

    /// <summary>Gets the timeline the query runs on.</summary>
    /// <exception cref="InvalidOperationException">The query is a default value, not made by <see cref="Timeline.Query"/>.</exception>
    public Timeline Timeline => timeline ?? throw new InvalidOperationException(QueryMessages.NotFromATimeline);

    /// <summary>Gets the time condition; its <see cref="TimeCondition.Kind"/> is <see cref="TimeConditionKind.None"/> when there is none.</summary>
    public TimeCondition Time { get; private init; }

    /// <summary>Gets how sure the time condition must be (default <see cref="Querying.Certainty.Possibly"/>).</summary>
    public Certainty Certainty { get; private init; }

    /// <summary>Gets how ongoing events end (default <see cref="Querying.OpenEnds.UntilAsOf"/>).</summary>
    public OpenEnds OpenEnds { get; private init; }

    /// <summary>Gets which bounds of the events the query answers on (default <see cref="BoundsSource.Declared"/>).</summary>
    public BoundsSource Bounds { get; private init; }

    /// <summary>Gets the tags an event must all have (ordinal).</summary>
    public ImmutableArray<string> Tags => filters?.Tags ?? [];

    /// <summary>Gets the actor names an event must all have (ordinal).</summary>
    public ImmutableArray<string> Actors => filters?.Actors ?? [];

    /// <summary>Gets the place names an event must all have (ordinal).</summary>
    public ImmutableArray<string> Places => filters?.Places ?? [];

    /// <summary>
    /// Gets the statuses an event must have one of (each once, in the order first given), or <see langword="null"/>
    /// when there is no status filter. Empty when the <see cref="WithStatus"/> calls share no status: then nothing
    /// matches, and neither does an event without a status ever.
    /// </summary>
    public ImmutableArray<EventStatus>? Statuses => filters?.Statuses;

    /// <summary>
    /// Gets the ids an event must have one of (ordinal, each once, in the order first given), or
    /// <see langword="null"/> when there is no id filter. Empty when the <see cref="WithIds"/> calls share no id: then
    /// nothing matches.
    /// </summary>
    public ImmutableArray<string>? Ids => filters?.Ids;

    /// <summary>Gets how many results to skip.</summary>
    public int SkipCount { get; private init; }

    /// <summary>Gets the most results to return, or <see langword="null"/> for all.</summary>
    public int? TakeCount { get; private init; }

    /// <summary>Events whose time overlaps a period (possibly or certainly, see <see cref="Certainty"/>).</summary>
    /// <param name="period">The period: an <see cref="Interval"/>, a <see cref="DateInterval"/>, an EDTF value such as <c>2022-03</c>.</param>
    /// <returns>The changed query. Running it is O(log n + k + s); its <see cref="Count"/> is O(log n) when possibly and unfiltered (two rank searches; the first such count of a snapshot sorts its ends once, in O(n)).</returns>
    public TimelineQuery Overlapping(QueryPeriod period) => WithTime(new TimeCondition(TimeConditionKind.Overlapping, period));

    /// <summary>Events going on at an instant (a stabbing query): possibly or certainly, see <see cref="Certainty"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The changed query. Running it is O(log n + k + s); its <see cref="Count"/> is O(log n) when possibly and unfiltered (two rank searches; the first such count of a snapshot sorts its ends once, in O(n)).</returns>
    public TimelineQuery At(Instant instant) => Overlapping(QueryPeriod.FromInstant(instant));

    /// <summary>Events going on during a day, in the timeline's zone or another.</summary>
    /// <param name="date">The day.</param>
    /// <param name="zone">The zone the day begins and ends in, or <see langword="null"/> for the timeline's zone.</param>
    /// <returns>The changed query. Running it is O(log n + k + s); its <see cref="Count"/> is O(log n) when possibly and unfiltered (two rank searches; the first such count of a snapshot sorts its ends once, in O(n)).</returns>
    public TimelineQuery On(LocalDate date, DateTimeZone? zone = null) => Overlapping(QueryPeriod.FromDate(date, zone));

    /// <summary>Events that lie within a period, ends included.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The changed query. Running it is O(log n + k + s): certainly, s counts the events starting in the period that end after it.</returns>
    public TimelineQuery Within(QueryPeriod period) => WithTime(new TimeCondition(TimeConditionKind.Within, period));

    /// <summary>Events that contain a period, ends included.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The changed query. Running it is O(log n + k + s): the window is the events going on at both ends of the period.</returns>
    public TimelineQuery Containing(QueryPeriod period) => WithTime(new TimeCondition(TimeConditionKind.Containing, period));

    /// <summary>Events that end at or before the period starts.</summary>
    /// <param name="period">The period, an instant, or an event (which is then left out).</param>
    /// <returns>The changed query. Running it is O(log n + m), m the number of events starting before the period.</returns>
    public TimelineQuery Before(QueryPeriod period) => WithTime(new TimeCondition(TimeConditionKind.Before, period));

    /// <summary>
    /// Events that start at or after the period ends: <c>After(QueryPeriod.Covering(EdtfValue.Parse("2022-03")))</c>
    /// means from 1 April; <c>After(instant)</c> means from the tick after it.
    /// </summary>
    /// <param name="period">The period, an instant, or an event (which is then left out).</param>
    /// <returns>The changed query. Running it is O(log n + k + s); its <see cref="Count"/> is O(log n) when certainly and unfiltered.</returns>
    public TimelineQuery After(QueryPeriod period) => WithTime(new TimeCondition(TimeConditionKind.After, period));

    /// <summary>Events that start within a period (at or after its start, before its end).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The changed query. Running it is O(log n + k) certainly, O(log n + k + s) possibly.</returns>
    public TimelineQuery StartingIn(QueryPeriod period) => WithTime(new TimeCondition(TimeConditionKind.StartingIn, period));

    /// <summary>
    /// The first <paramref name="count"/> results of <see cref="After"/>(<paramref name="period"/>), nearest first:
    /// what came next. With <see cref="Certainly"/>, only events that certainly start after it; given an event, the
    /// event itself is left out (<c>Next(drills, 5)</c>).
    /// </summary>
    /// <param name="period">The period, such as an event, an EDTF value or an instant; the results start at or after it ends.</param>
    /// <param name="count">How many events, at least 0. Filters apply before counting; Skip and Take apply to these.</param>
    /// <returns>
    /// The changed query. Running it is O(c log n + count + f + g), c the index's few components, f the events
    /// failing a filter and g the events going on as the period ends.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public TimelineQuery Next(QueryPeriod period, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return WithTime(new TimeCondition(TimeConditionKind.Next, period, count: count));
    }

    /// <summary>
    /// The last <paramref name="count"/> results of <see cref="Before"/>(<paramref name="period"/>): what came just
    /// before. They come in the usual order, so the nearest is last; given an event, the event itself is left out.
    /// </summary>
    /// <param name="period">The period, such as an event, an EDTF value or an instant; the results end at or before it starts.</param>
    /// <param name="count">How many events, at least 0. Filters apply before counting; Skip and Take apply to these.</param>
    /// <returns>
    /// The changed query. Running it is O(c log n + count + f + s), c the index's few components and s the events
    /// starting before the period that do not end before it.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public TimelineQuery Previous(QueryPeriod period, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return WithTime(new TimeCondition(TimeConditionKind.Previous, period, count: count));
    }

    /// <summary>
    /// Events in an Allen relation to a period ("event <paramref name="relation"/> period"), answered Yes (certainly)
    /// or Yes or Maybe (possibly). Given an event (<c>Related(drills, AllenRelation.After)</c>), the event itself is
    /// left out.
    /// </summary>
    /// <param name="period">The period, or an event.</param>
    /// <param name="relation">The relation.</param>
    /// <returns>
    /// The changed query. Running it is O(log n + k + s) from the index (for <see cref="AllenRelation.Before"/>,
    /// O(log n + m), m the events starting before the period's latest start).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined relation.</exception>
    public TimelineQuery Related(QueryPeriod period, AllenRelation relation)
    {
        CheckRelation(relation);
        return WithTime(new TimeCondition(TimeConditionKind.Related, period, relation));
    }

    /// <summary>Matches events for which the time condition holds for some way they could have happened (the default).</summary>
    /// <returns>The changed query. O(1).</returns>
    public TimelineQuery Possibly() => this with { Certainty = Certainty.Possibly };

    /// <summary>Matches only events for which the time condition holds for every way they could have happened.</summary>
    /// <returns>The changed query. O(1).</returns>
    public TimelineQuery Certainly() => this with { Certainty = Certainty.Certainly };

    /// <summary>Sets how ongoing events end: at the end of the as-of day (the default) or never.</summary>
    /// <param name="openEnds">The choice.</param>
    /// <returns>The changed query. O(1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="openEnds"/> is not defined.</exception>
    public TimelineQuery WithOpenEnds(OpenEnds openEnds)
    {
        if (openEnds is not (OpenEnds.UntilAsOf or OpenEnds.Forever))
        {
            throw new ArgumentOutOfRangeException(nameof(openEnds), openEnds, QueryMessages.NotAnOpenEndsChoice);
        }

        return this with { OpenEnds = openEnds };
    }

    /// <summary>Keeps events that have a tag (ordinal); several calls require every tag.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The changed query. Each tag costs O(t) per candidate event with t tags, after the time condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is null.</exception>
    public TimelineQuery WithTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return WithFilters((filters ?? FilterSet.None) with { Tags = Tags.Add(tag) });
    }

    /// <summary>Keeps events with an actor of a name (ordinal); several calls require every actor.</summary>
    /// <param name="name">The actor's name.</param>
    /// <returns>The changed query. Each actor costs O(a) per candidate event with a actors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public TimelineQuery WithActor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return WithFilters((filters ?? FilterSet.None) with { Actors = Actors.Add(name) });
    }

    /// <summary>Keeps events with a place of a name (ordinal); several calls require every place.</summary>
    /// <param name="name">The place's name.</param>
    /// <returns>The changed query. Each place costs O(p) per candidate event with p places.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public TimelineQuery WithPlace(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return WithFilters((filters ?? FilterSet.None) with { Places = Places.Add(name) });
    }

    /// <summary>
    /// Keeps events whose status is one of these (any of them); events without a status are left out. A second call
    /// narrows further, to the statuses both calls name: <c>WithStatus(a, b).WithStatus(b, c)</c> is
    /// <c>WithStatus(b)</c>. With no statuses, nothing matches.
    /// </summary>
    /// <param name="statuses">The statuses.</param>
    /// <returns>The changed query. The filter costs O(s) per candidate event for s statuses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statuses"/> is null.</exception>
    public TimelineQuery WithStatus(params EventStatus[] statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return WithFilters((filters ?? FilterSet.None) with { Statuses = Narrow(Statuses, statuses, EqualityComparer<EventStatus>.Default) });
    }

    /// <summary>
    /// Keeps events whose id is one of these (ordinal, any of them). A second call narrows further, to the ids both
    /// calls name: <c>WithIds("a", "b").WithIds("b", "c")</c> is <c>WithIds("b")</c>. With no ids, nothing matches.
    /// </summary>
    /// <param name="ids">The ids.</param>
    /// <returns>The changed query. The filter costs O(i) per candidate event for i ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> or one of them is null.</exception>
    public TimelineQuery WithIds(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(ids));
        }

        return WithFilters((filters ?? FilterSet.None) with { Ids = Narrow(Ids, ids, StringComparer.Ordinal) });
    }

    /// <summary>Skips results, in the stable order; several calls add up.</summary>
    /// <param name="count">How many, at least 0.</param>
    /// <returns>The changed query. O(1) to make; the skipped results are still found and sorted when the query runs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public TimelineQuery Skip(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var taken = TakeCount is { } take ? Math.Max(0, take - count) : (int?)null;
        return this with { SkipCount = (int)Math.Min(int.MaxValue, (long)SkipCount + count), TakeCount = taken };
    }

    /// <summary>Returns at most some results, in the stable order.</summary>
    /// <param name="count">How many, at least 0.</param>
    /// <returns>The changed query. O(1) to make; the query still finds and sorts every match before taking.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public TimelineQuery Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return this with { TakeCount = TakeCount is { } take ? Math.Min(take, count) : count };
    }

    /// <summary>
    /// Counts the results without enumerating them: O(log n) for an unfiltered query with no time condition,
    /// certainly after, next or previous, and for an unfiltered possibly overlapping (also at and on: two rank
    /// searches, after the first such count of a snapshot has sorted its ends once, in O(n)); otherwise
    /// O(log n + k + f + s). No allocation but that first sort's.
    /// </summary>
    /// <returns>The number of results, Skip and Take applied.</returns>
    public int Count()
    {
        var all = QueryPlan.CountAll(Index, this);
        var remaining = Math.Max(0, all - SkipCount);
        return TakeCount is { } take ? Math.Min(take, remaining) : remaining;
    }

    /// <summary>Gets a value indicating whether there is any result; the cost of <see cref="Count"/>.</summary>
    /// <returns><see langword="true"/> if there is at least one result.</returns>
    public bool Any() => Count() > 0;

    /// <summary>Copies results, in order, into a span; with no allocation beyond a pooled buffer.</summary>
    /// <param name="destination">The span; at most its length results are copied.</param>
    /// <returns>How many results were copied.</returns>
    public int CopyTo(Span<TimelineEvent?> destination)
    {
        var written = 0;
        using var enumerator = GetEnumerator();
        while (written < destination.Length && enumerator.MoveNext())
        {
            destination[written++] = enumerator.Current;
        }

        return written;
    }

    /// <summary>Returns the results, in order, as an array.</summary>
    /// <returns>The results. The cost of running the query, plus O(k) to copy.</returns>
    public ImmutableArray<TimelineEvent> ToImmutableArray()
    {
        using var enumerator = GetEnumerator();
        var builder = ImmutableArray.CreateBuilder<TimelineEvent>(enumerator.Remaining);
        while (enumerator.MoveNext())
        {
            builder.Add(enumerator.Current);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Runs the query and returns an enumerator over its results, in the stable order. The enumerator holds a
    /// pooled buffer: dispose it (<c>foreach</c> does).
    /// </summary>
    /// <returns>The enumerator.</returns>
    public TimelineQueryEnumerator GetEnumerator()
    {
        var index = Index;
        var buffer = Array.Empty<int>();
        var count = new QueryPlan(index, this).Collect(ref buffer);
        var start = Math.Min(SkipCount, count);
        var end = TakeCount is { } take ? (int)Math.Min(count, (long)start + take) : count;
        return new TimelineQueryEnumerator(index, buffer, start, end);
    }

    /// <inheritdoc />
    IEnumerator<TimelineEvent> IEnumerable<TimelineEvent>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns the query, for diagnostics.</summary>
    /// <returns>Text such as <c>Overlapping 2022-03, Possibly, tags [sanctions], take 10</c>.</returns>
    public override string ToString()
    {
        var text = FormattableString.Invariant($"{Time}, {Certainty}, ongoing {OpenEnds}");
        text += Bounds == BoundsSource.Derived ? ", on derived bounds" : string.Empty;
        if (!Tags.IsDefaultOrEmpty)
        {
            text += ", tags [" + string.Join(", ", Tags) + "]";
        }

        if (!Actors.IsDefaultOrEmpty)
        {
            text += ", actors [" + string.Join(", ", Actors) + "]";
        }

        if (!Places.IsDefaultOrEmpty)
        {
            text += ", places [" + string.Join(", ", Places) + "]";
        }

        if (Statuses is { } statuses)
        {
            text += ", statuses [" + string.Join(", ", statuses) + "]";
        }

        if (Ids is { } ids)
        {
            text += ", ids [" + string.Join(", ", ids) + "]";
        }

        text += SkipCount > 0 ? FormattableString.Invariant($", skip {SkipCount}") : string.Empty;
        return text + (TakeCount is { } take ? FormattableString.Invariant($", take {take}") : string.Empty);
    }

    /// <summary>Gets the filters, or <see langword="null"/> when none is set.</summary>
    internal FilterSet? Filters => filters;

    internal static void ReturnBuffer(int[] buffer) => SlotBuffers.Return(buffer);

    private static void CheckRelation(AllenRelation relation)
    {
        if (relation is < AllenRelation.Before or > AllenRelation.After)
        {
            throw new ArgumentOutOfRangeException(nameof(relation), relation, RuleMessages.NotAnAllenRelation);
        }
    }

    // The values allowed by an earlier call (null for none) and also by this one: each once, in the order first given.
    private static ImmutableArray<T> Narrow<T>(ImmutableArray<T>? allowed, T[] values, IEqualityComparer<T> comparer)
    {
        var given = new HashSet<T>(values, comparer);
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var value in allowed ?? ImmutableArray.Create(values))
        {
            if (given.Remove(value))
            {
                builder.Add(value);
            }
        }

        return builder.ToImmutable();
    }

    private TimelineQuery WithFilters(FilterSet set)
    {
        _ = Timeline;
        return new TimelineQuery(this, set);
    }

    private TimelineQuery WithTime(TimeCondition time)
    {
        _ = Timeline;
        return this with { Time = time };
    }
}
