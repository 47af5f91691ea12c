using System;
using System.Collections.Generic;
using System.Linq;

namespace Timelines.Svg.Layout;

/// <summary>
/// Stacks the events of a lane so that no two come closer than a gap side by side or touch one above the other:
/// each event, in order, goes to the highest place where its box (label and bar, of its own height) meets no box
/// already placed. Vague events (<see cref="EventShape.IsVague"/>) are placed after all the others and below
/// every one of them they share a stretch of the plot with, so they never head the lane.
/// </summary>
/// <remarks>
/// With slots of one height this is the classic first-fit interval partitioning; with labels of several lines it
/// is a skyline placement. Either way an event is never placed lower than it needs to be given those before it.
/// </remarks>
internal static class LanePacker
{
    public static List<EventShape> Pack(IEnumerable<EventShape> shapes, double gap, out double height)
    {
        var ordered = shapes
            .OrderBy(s => s.IsVague)
            .ThenBy(s => s.BoxLeft)
            .ThenBy(s => s.StartTicks)
            .ThenBy(s => s.EndTicks)
            .ThenBy(s => s.Event.Id, StringComparer.Ordinal);
        var placed = new List<EventShape>();
        height = 0;
        foreach (var shape in ordered)
        {
            var neighbours = placed
                .Where(p => p.BoxLeft < shape.BoxRight + gap && shape.BoxLeft < p.BoxRight + gap)
                .OrderBy(p => p.Top)
                .ToList();
            // A vague event goes below every better-dated one beside it, not into a hole above one.
            var top = shape.IsVague ? neighbours.Where(p => !p.IsVague).Select(p => p.Top + p.Height).DefaultIfEmpty(0).Max() : 0.0;
            foreach (var neighbour in neighbours)
            {
                // Neighbours are in order of their tops: the first that does not leave room above it pushes this one below it.
                if (neighbour.Top < top + shape.Height && top < neighbour.Top + neighbour.Height)
                {
                    top = neighbour.Top + neighbour.Height;
                }
            }

            var done = shape with { Top = top };
            placed.Add(done);
            height = Math.Max(height, top + shape.Height);
        }

        return placed;
    }
}
