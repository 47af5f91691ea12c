using Timelines.Querying.Indexing;

namespace Timelines.Querying;

/// <summary>
/// The exact test a <see cref="QueryPlan"/> puts each candidate slot of its window to: the time condition, answered
/// by <see cref="AllenAlgebra"/> from the event's bounds and the period's, then the filters (<see cref="FilterSet"/>)
/// and the event the period was given as, which is left out.
/// </summary>
internal readonly struct CandidateTest : ISlotTest
{
    private readonly EventIndex index;
    private readonly FilterSet filters;
    private readonly TimelineEvent? excludedEvent;
    private readonly EndpointCondition condition;
    private readonly AxisBounds period;
    private readonly bool forever;
    private readonly bool certainly;
    private readonly bool timeTested;
    private readonly bool filtered;

    public CandidateTest(
        EventIndex index, in TimeCondition time, in AxisBounds period, bool certainly, bool forever, bool timeTested, FilterSet? filters, TimelineEvent? excludedEvent)
    {
        this.index = index;
        this.filters = filters ?? FilterSet.None;
        this.excludedEvent = excludedEvent;
        condition = time.Comparisons;
        this.period = period;
        this.forever = forever;
        this.certainly = certainly;
        this.timeTested = timeTested;
        filtered = excludedEvent is not null || filters is not null;
    }

    private CandidateTest(in CandidateTest test, bool timeTested)
    {
        this = test;
        this.timeTested = timeTested;
    }

    /// <summary>Gets a value indicating whether some candidates fail the test: a window that is exactly the condition, unfiltered, needs none.</summary>
    public bool Tests => timeTested || filtered;

    /// <summary>Gets a value indicating whether the query has filters (or leaves an event out).</summary>
    public bool Filtered => filtered;

    /// <summary>Gets the test without its time condition, for a window every slot of which matches in time.</summary>
    public CandidateTest FiltersOnly => new(this, timeTested: false);

    /// <inheritdoc />
    public bool Passes(int slot)
    {
        if (timeTested && !AllenAlgebra.Holds(index.Bounds(slot, forever), condition, period, certainly))
        {
            return false;
        }

        return !filtered || PassesFilters(index.EventAt(slot));
    }

    private bool PassesFilters(TimelineEvent item) => !ReferenceEquals(item, excludedEvent) && filters.Passes(item);
}
