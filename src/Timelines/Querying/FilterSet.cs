using System;
using System.Collections.Immutable;

namespace Timelines.Querying;

/// <summary>
/// The filters of a <see cref="TimelineQuery"/>: tags, actors and places it requires, statuses and ids it allows
/// (null when there is no such filter; empty when the sets given share no value, so that nothing passes).
/// </summary>
internal sealed record FilterSet(
    ImmutableArray<string> Tags,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Places,
    ImmutableArray<EventStatus>? Statuses,
    ImmutableArray<string>? Ids)
{
    public static FilterSet None { get; } = new([], [], [], null, null);

    /// <summary>Gets a value indicating whether an event passes every filter: names and ids compare ordinally.</summary>
    public bool Passes(TimelineEvent item)
    {
        if (Ids is { } ids && !ContainsOrdinal(ids, item.Id))
        {
            return false;
        }

        if (Statuses is { } statuses && (item.Status is not { } status || !statuses.Contains(status)))
        {
            return false;
        }

        foreach (var tag in Tags)
        {
            if (!ContainsOrdinal(item.Tags, tag))
            {
                return false;
            }
        }

        foreach (var actor in Actors)
        {
            if (!HasName(item.Actors, actor, static a => a.Name))
            {
                return false;
            }
        }

        foreach (var place in Places)
        {
            if (!HasName(item.Places, place, static p => p.Name))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsOrdinal(ImmutableArray<string> items, string value)
    {
        foreach (var item in items)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasName<T>(ImmutableArray<T> items, string name, Func<T, string> nameOf)
    {
        foreach (var item in items)
        {
            if (string.Equals(nameOf(item), name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
