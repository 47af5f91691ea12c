using NodaTime;

namespace Timelines.Querying.Internal;

/// <summary>
/// The words of the query types' exceptions, in one place (as <see cref="RuleMessages"/> holds the model's), so that a
/// rule checked in two places says the same thing and tests assert on these rather than on copies of the text.
/// </summary>
internal static class QueryMessages
{
    public const string EmptyInterval = "The interval is empty; give a period that covers at least one tick, or use an instant.";

    public const string NotACertainty = "Use Certainty.Possibly or Certainty.Certainly.";

    public const string NotAnOpenEndsChoice = "Use OpenEnds.UntilAsOf or OpenEnds.Forever.";

    public const string NotAHistogramUnit = "Use Day, Week, Month or Year.";

    public const string NotABoundsSource = "Use BoundsSource.Declared or BoundsSource.Derived.";

    public const string DerivedBoundsNotPerEvent =
        "A query on derived bounds answers on bounds inferred from the whole timeline: run it on the timeline to answer it.";

    public const string NotFromATimeline = "This query was not made by Timeline.Query(); start from a timeline.";

    public const string EnumeratorCannotReset = "Run the query again to enumerate its results again.";

    public const string EnumeratorNotOnAResult = "The enumerator is not on a result; call MoveNext first.";

    public static string NoSuchResult(int index, int count) =>
        $"Result {index} does not exist: there are {count} results, numbered from 0.";

    public static string TooFewCounts(int periods, int counts) =>
        $"There are {periods} periods but room for {counts} counts.";

    public static string NearestNotPerEvent(TimeConditionKind kind) =>
        $"{kind} picks the nearest events, which depends on the other events: run the query on a timeline to answer it.";

    public static string NotWholeDays(Interval period, string zoneId) =>
        $"The period {period} does not begin and end at the start of a day in {zoneId}, so it is not whole days; ask for the intervals instead (Coverage or Gaps).";
}
