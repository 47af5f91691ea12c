using System.Collections.Generic;
using System.Linq;

namespace Timelines.Svg.Layout;

/// <summary>
/// Packs the events of a lane into rows so that no two boxes (bar and label together) in a row come closer than
/// a gap: greedy first fit, by left edge of the box. A box goes into the first row whose boxes all end at least a
/// gap before it starts, which is the classic interval-partitioning greedy: it never uses more rows than the
/// largest number of boxes that overlap at one point.
/// </summary>
internal static class RowPacker
{
    public static List<EventShape> Pack(IEnumerable<EventShape> shapes, double gap, out int rowCount)
    {
        var ordered = shapes
            .OrderBy(s => s.BoxLeft)
            .ThenBy(s => s.StartTicks)
            .ThenBy(s => s.EndTicks)
            .ThenBy(s => s.Event.Id, System.StringComparer.Ordinal);
        var rowEnds = new List<double>();
        var packed = new List<EventShape>();
        foreach (var shape in ordered)
        {
            var row = rowEnds.FindIndex(end => end + gap <= shape.BoxLeft);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(shape.BoxRight);
            }
            else
            {
                rowEnds[row] = shape.BoxRight;
            }

            packed.Add(shape with { Row = row });
        }

        rowCount = rowEnds.Count;
        return packed;
    }
}
