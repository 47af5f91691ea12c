namespace Timelines.Svg.Layout;

/// <summary>What a legend entry explains.</summary>
internal enum LegendKind
{
    Certain,
    Possible,
    Ongoing,
    Mark,
    Uncertain,
    Approximate,
    AsOf,
}
