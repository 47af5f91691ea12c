namespace Timelines.Svg.Layout;

/// <summary>One entry of the legend: what it shows, where its swatch starts, and its text.</summary>
internal sealed record LegendItem(LegendKind Kind, double X, double Y, string Text);
