using System.Collections.Immutable;

namespace Timelines.Svg.Layout;

/// <summary>
/// One lane of the picture: a group's name, the header drawn for it (shortened to fit its column), the colour
/// it is drawn in (an index into the palette), its events with their rows, and its vertical band.
/// </summary>
internal sealed record Lane(string Name, string Header, int ColorIndex, ImmutableArray<EventShape> Events, double Top, double Height)
{
    public double RowTop(int row, ChartMetrics metrics) => Top + metrics.LanePadding + (row * metrics.RowHeight);
}
