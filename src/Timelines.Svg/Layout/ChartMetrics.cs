using System;

namespace Timelines.Svg.Layout;

/// <summary>
/// The sizes of everything in a picture, all in pixels and all derived from the font size, so that a larger font
/// scales the whole picture and the proportions that keep rows apart hold at every size.
/// </summary>
/// <remarks>
/// A row holds one label above one bar: the label's box runs from the row's top to 1.3 font sizes below it, the
/// bar from 1.35 to 2.25 and a mark from 1.25 to 2.35, and the next row starts at 2.7, so rows never touch.
/// </remarks>
internal readonly record struct ChartMetrics(double FontSize)
{
    public double RowHeight => 2.7 * FontSize;

    /// <summary>Gets the label's baseline below the top of its row: one font size, room for the ascent.</summary>
    public double LabelBaseline => FontSize;

    public double BarTop => 1.35 * FontSize;

    public double BarHeight => 0.9 * FontSize;

    public double BarMiddle => BarTop + (BarHeight / 2);

    public double MarkHalfSize => 0.55 * FontSize;

    /// <summary>Gets the narrowest bar: an extent drawn narrower than this becomes a mark.</summary>
    public double MarkThreshold => Math.Max(6, 0.5 * FontSize);

    /// <summary>Gets the least space between two events (bar and label) in one row.</summary>
    public double Gap => 0.75 * FontSize;

    public double ArrowLength => 0.7 * FontSize;

    public double LanePadding => 0.3 * FontSize;

    public double TitleSize => 1.5 * FontSize;

    public double AxisRowHeight => 1.4 * FontSize;

    public double Margin => FontSize;
}
