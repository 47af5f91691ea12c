namespace Timelines.Svg.Layout;

/// <summary>
/// Where one event is drawn, in pixels, before its row is known: its possible extent as a bar from
/// <see cref="PossibleLeft"/> to <see cref="PossibleRight"/> (or a mark at <see cref="MarkCenter"/>), its certain
/// extent, how its ends are drawn, and its label; <see cref="BoxLeft"/> and <see cref="BoxRight"/> enclose all of
/// it, and are what rows are packed by.
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

    /// <summary>Gets a value indicating whether the end is open: drawn fading out, with an arrow at the plot's right edge.</summary>
    public required bool IsOngoing { get; init; }

    /// <summary>Gets a value indicating whether the start is open: drawn with an arrow at the plot's left edge.</summary>
    public required bool HasOpenStart { get; init; }

    public required bool ClippedAtStart { get; init; }

    public required bool ClippedAtEnd { get; init; }

    public required string Label { get; init; }

    public required double LabelLeft { get; init; }

    public required double BoxLeft { get; init; }

    public required double BoxRight { get; init; }

    /// <summary>Gets the row within the lane, counted from 0 at the top; set by packing.</summary>
    public int Row { get; init; }
}
