using System.Collections.Immutable;

namespace Timelines.Svg.Layout;

/// <summary>
/// One lane of the picture: a group's name, the header drawn for it (shortened to fit its column), the colour
/// it is drawn in (an index into the palette), its events with their places, and its vertical band.
/// </summary>
internal sealed record Lane(string Name, string Header, int ColorIndex, ImmutableArray<EventShape> Events, double Top, double Height)
{
    /// <summary>Gets the top of an event's slot in the picture.</summary>
    public double SlotTop(EventShape shape, ChartMetrics metrics) => Top + metrics.LanePadding + shape.Top;

    /// <summary>Gets the baseline of the lane's header, level with the first line of the lane's top event.</summary>
    public double HeaderBaseline(ChartMetrics metrics) => Top + metrics.LanePadding + metrics.LineBaseline(0);
}
