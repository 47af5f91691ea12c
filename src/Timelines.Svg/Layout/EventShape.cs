using System.Collections.Immutable;

namespace Timelines.Svg.Layout;

/// <summary>
/// Where one event is drawn, in pixels, before its place in the lane is known: its possible extent from
/// <see cref="PossibleLeft"/> to <see cref="PossibleRight"/> (or a mark at <see cref="MarkCenter"/>), its certain
/// extent, how its ends are drawn, its qualifier badges and its label's lines. <see cref="BoxLeft"/>,
/// <see cref="BoxRight"/> and <see cref="Height"/> enclose all of it, and are what a lane is packed by.
/// </summary>
internal sealed record EventShape
{
    public required TimelineEvent Event { get; init; }

    /// <summary>Gets the earliest possible start in ticks (<see cref="long.MinValue"/> when there is none), for ordering.</summary>
    public required long StartTicks { get; init; }

    /// <summary>Gets the latest possible end in ticks (<see cref="long.MaxValue"/> when there is none), for ordering.</summary>
    public required long EndTicks { get; init; }

    public required double PossibleLeft { get; init; }

    public required double PossibleRight { get; init; }

    public required double? CertainLeft { get; init; }

    public required double? CertainRight { get; init; }

    public required bool IsMark { get; init; }

    /// <summary>Gets the centre of the mark: the middle of the possible extent, moved inside the plot if it is at an edge.</summary>
    public required double MarkCenter { get; init; }

    /// <summary>
    /// Gets a value indicating whether the end is open: drawn up to the as-of day (or the plot's edge, when the
    /// as-of day is beyond it or not known) and ending in an arrow.
    /// </summary>
    public required bool HasOpenEnd { get; init; }

    /// <summary>Gets a value indicating whether the start is open: drawn with an arrow at the plot's left edge.</summary>
    public required bool HasOpenStart { get; init; }

    /// <summary>
    /// Gets a value indicating whether little more than a long stretch of possible time is known: a possible extent
    /// over a quarter of the plot, less than half of it certain. Such events ("2022?", "2022?/..") are placed below
    /// the better-dated ones.
    /// </summary>
    public required bool IsVague { get; init; }

    public required bool ClippedAtStart { get; init; }

    public required bool ClippedAtEnd { get; init; }

    public required ImmutableArray<QualifierBadge> Badges { get; init; }

    /// <summary>Gets the date in words that ends the label.</summary>
    public required string DateText { get; init; }

    public required ImmutableArray<LabelLine> Lines { get; init; }

    public required double LabelLeft { get; init; }

    public required double BoxLeft { get; init; }

    public required double BoxRight { get; init; }

    /// <summary>Gets the height of the event's slot: its label's lines, its bar and the air below.</summary>
    public required double Height { get; init; }

    /// <summary>Gets the top of the event's slot below the top of its lane's content; set by packing.</summary>
    public double Top { get; init; }
}
