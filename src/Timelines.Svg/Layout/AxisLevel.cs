namespace Timelines.Svg.Layout;

/// <summary>The rows of the time axis, from the coarsest, each with its own row of labels.</summary>
internal enum AxisLevel
{
    Year,
    Month,
    Day,
}
