using System;

namespace Timelines.Svg;

/// <summary>
/// How events are grouped into the lanes of a picture: by their first tag, by their first actor, all in one lane,
/// or by any key a function gives. Each event lies in exactly one lane.
/// </summary>
/// <remarks>
/// An event without a key (no tag, no actor, or a null or blank key from a custom function) goes to the lane
/// named <see cref="OtherLane"/>. Lanes are ordered by their earliest event, then by name.
/// <threadsafety>This type is immutable and thread-safe, provided a custom key function is.</threadsafety>
/// </remarks>
public sealed class TimelineSvgGrouping
{
    /// <summary>The name of the lane for events without a key.</summary>
    public const string OtherLane = "(other)";

    private readonly Func<TimelineEvent, string?> keyOf;

    private TimelineSvgGrouping(string description, Func<TimelineEvent, string?> keyOf)
    {
        Description = description;
        this.keyOf = keyOf;
    }

    /// <summary>Gets the grouping by each event's first tag (the default).</summary>
    public static TimelineSvgGrouping ByFirstTag { get; } =
        new("by first tag", item => item.Tags.IsEmpty ? null : item.Tags[0]);

    /// <summary>Gets the grouping by the name of each event's first actor.</summary>
    public static TimelineSvgGrouping ByFirstActor { get; } =
        new("by first actor", item => item.Actors.IsEmpty ? null : item.Actors[0].Name);

    /// <summary>Gets the grouping that puts every event in one lane, drawn without a lane header.</summary>
    public static TimelineSvgGrouping None { get; } = new("in one lane", _ => null);

    /// <summary>Gets a short description of the grouping, such as "by first tag".</summary>
    public string Description { get; }

    /// <summary>Creates a grouping by a key that a function gives for each event.</summary>
    /// <param name="laneOf">Gives the lane of an event: its name, or null for <see cref="OtherLane"/>.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="laneOf"/> is null.</exception>
    public static TimelineSvgGrouping By(Func<TimelineEvent, string?> laneOf)
    {
        ArgumentNullException.ThrowIfNull(laneOf);
        return new TimelineSvgGrouping("by a custom key", laneOf);
    }

    /// <summary>Returns <see cref="Description"/>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;

    /// <summary>Gets the lane of an event; the empty name is the one unnamed lane of <see cref="None"/>.</summary>
    internal string LaneOf(TimelineEvent item)
    {
        if (ReferenceEquals(this, None))
        {
            return string.Empty;
        }

        var key = keyOf(item);
        return string.IsNullOrWhiteSpace(key) ? OtherLane : key;
    }
}
