using System;

namespace Timelines.Svg.Layout;

/// <summary>
/// The sizes of everything in a picture, all in pixels and all derived from the font size, so that a larger font
/// scales the whole picture and the proportions that keep events apart hold at every size.
/// </summary>
/// <remarks>
/// An event is a slot: its label's lines on top (each <see cref="LineHeight"/> high, the first baseline one font
/// size below the slot's top), then its bar, 0.15 font sizes below the last line and <see cref="BarHeight"/> high,
/// then <see cref="SlotGap"/> of air. A one-line event's slot is 2.7 font sizes high; marks and qualifier badges
/// reach only a little past the bar, never into the next slot.
/// </remarks>
internal readonly record struct ChartMetrics(double FontSize)
{
    /// <summary>Gets the distance between the baselines of two lines of a label.</summary>
    public double LineHeight => 1.2 * FontSize;

    public double BarHeight => 0.9 * FontSize;

    /// <summary>Gets the half height of a merely possible extent: thinner than a certain bar, so it reads as lighter.</summary>
    public double PossibleHalfHeight => 0.3 * FontSize;

    public double MarkHalfSize => 0.55 * FontSize;

    /// <summary>Gets the radius of the badge that marks a qualified (<c>?</c>, <c>~</c>) end of an event.</summary>
    public double BadgeRadius => 0.52 * FontSize;

    /// <summary>Gets the narrowest bar: an extent drawn narrower than this becomes a mark.</summary>
    public double MarkThreshold => Math.Max(6, 0.5 * FontSize);

    /// <summary>Gets the least space between two events (bar and label) side by side.</summary>
    public double Gap => 0.75 * FontSize;

    /// <summary>Gets the air below an event's bar before the next event's label.</summary>
    public double SlotGap => 0.45 * FontSize;

    public double ArrowLength => 0.7 * FontSize;

    public double LanePadding => 0.3 * FontSize;

    public double TitleSize => 1.5 * FontSize;

    public double AxisRowHeight => 1.4 * FontSize;

    public double Margin => FontSize;

    /// <summary>Gets the narrowest room right of an event's start in which its label is wrapped rather than moved left.</summary>
    public double MinLabelRoom => 12 * FontSize;

    /// <summary>Gets the baseline of a label's line below the top of its slot.</summary>
    public double LineBaseline(int line) => FontSize + (line * LineHeight);

    /// <summary>Gets the top of the bar below the top of the slot of an event whose label has <paramref name="lines"/> lines.</summary>
    public double BarTop(int lines) => (lines * LineHeight) + (0.15 * FontSize);

    /// <summary>Gets the height of the slot of an event whose label has <paramref name="lines"/> lines.</summary>
    public double SlotHeight(int lines) => BarTop(lines) + BarHeight + SlotGap;
}
