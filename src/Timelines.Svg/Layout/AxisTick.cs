namespace Timelines.Svg.Layout;

/// <summary>
/// One tick of the time axis: a grid line at <see cref="X"/> when <see cref="HasLine"/>, and a label starting just
/// right of it when <see cref="Label"/> is not null (a label without a line names the period the plot starts in).
/// </summary>
internal sealed record AxisTick(AxisLevel Level, double X, string? Label, bool HasLine);
