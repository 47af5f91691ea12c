using Timelines.PostgreSql.Querying;
using Timelines.Querying;

namespace Timelines.PostgreSql.Tests;

internal static class Queries
{
    /// <summary>Gets the same query made on another timeline, paging included.</summary>
    public static TimelineQuery On(this TimelineQuery query, Timeline timeline)
    {
        var moved = QueryRebinder.Rebind(query, timeline, query.Time.Count).Skip(query.SkipCount);
        return query.TakeCount is { } take ? moved.Take(take) : moved;
    }
}
