using System.Collections.Immutable;

namespace Timelines.Querying;

/// <summary>The filters of a <see cref="TimelineQuery"/>: tags, actors and places it requires, statuses and ids it allows.</summary>
internal sealed record FilterSet(
    ImmutableArray<string> Tags,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Places,
    ImmutableArray<EventStatus> Statuses,
    ImmutableArray<string> Ids)
{
    public static FilterSet None { get; } = new([], [], [], [], []);
}
