using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Timelines.Svg.Tests;

/// <summary>
/// The properties every picture must have, as lists of problems (empty when the picture is right), so that the
/// example tests and the random properties check the same things.
/// </summary>
internal static class PictureChecks
{
    /// <summary>Each of the expected events appears exactly once, and no other.</summary>
    public static List<string> EachEventOnce(SvgPicture picture, IEnumerable<string> expectedIds)
    {
        var problems = new List<string>();
        var drawn = picture.Events.Select(g => (string)g.Attribute("data-event-id")!).ToList();
        foreach (var group in drawn.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Event '{group.Key}' is drawn {group.Count()} times.");
        }

        var expected = expectedIds.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(expected.Except(drawn, StringComparer.Ordinal).Select(id => $"Event '{id}' is missing."));
        problems.AddRange(drawn.Except(expected, StringComparer.Ordinal).Select(id => $"Event '{id}' should not be drawn."));

        var elementIds = picture.Root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        if (elementIds.Distinct(StringComparer.Ordinal).Count() != elementIds.Count)
        {
            problems.Add("Two elements share an id.");
        }

        return problems;
    }

    /// <summary>No two events' boxes (shapes and label together) overlap.</summary>
    public static List<string> NoOverlaps(SvgPicture picture)
    {
        var boxes = picture.Events.Select(g => (Id: (string)g.Attribute("data-event-id")!, Box: SvgPicture.EventBox(g))).ToList();
        var problems = new List<string>();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                if (boxes[i].Box.Overlaps(boxes[j].Box))
                {
                    problems.Add($"'{boxes[i].Id}' {boxes[i].Box} overlaps '{boxes[j].Id}' {boxes[j].Box}.");
                }
            }
        }

        return problems;
    }

    /// <summary>Every shape and label lies within the plot area.</summary>
    public static List<string> WithinPlot(SvgPicture picture)
    {
        var plot = picture.PlotArea;
        var problems = new List<string>();
        foreach (var group in picture.Events)
        {
            var id = (string)group.Attribute("data-event-id")!;
            foreach (var shape in SvgPicture.Shapes(group).Append(SvgPicture.Label(group)))
            {
                var box = shape.Name.LocalName == "text" ? SvgPicture.LabelBox(shape) : SvgPicture.ShapeBox(shape);
                if (!box.IsWithin(plot))
                {
                    problems.Add($"The {shape.Attribute("data-part")?.Value} of '{id}' {box} lies outside the plot {plot}.");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Later is further right: bars ordered by their earliest possible start have non-decreasing left edges, and
    /// marks ordered by the middle of their possible extent have non-decreasing centres.
    /// </summary>
    public static List<string> MonotoneInTime(SvgPicture picture, Timeline timeline, DateTimeZone zone)
    {
        var problems = new List<string>();
        var bars = new List<(long Time, double X, string Id)>();
        var marks = new List<(long Time, double X, string Id)>();
        foreach (var group in picture.Events)
        {
            var id = (string)group.Attribute("data-event-id")!;
            var extent = timeline[id].When.ToInterval(zone);
            var start = extent.HasStart ? extent.Start.ToUnixTimeTicks() : long.MinValue;
            if (SvgPicture.Parts(group, "possible").SingleOrDefault() is { } bar)
            {
                bars.Add((start, SvgPicture.ShapeBox(bar).Left, id));
            }
            else
            {
                var mark = SvgPicture.ShapeBox(SvgPicture.Parts(group, "mark").Single());
                var middle = start + ((extent.End.ToUnixTimeTicks() - start) / 2);
                marks.Add((middle, (mark.Left + mark.Right) / 2, id));
            }
        }

        foreach (var (kind, list) in new[] { ("bar", bars), ("mark", marks) })
        {
            var ordered = list.OrderBy(b => b.Time).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].X < ordered[i - 1].X - 0.011 && ordered[i].Time > ordered[i - 1].Time)
                {
                    problems.Add($"The {kind} of '{ordered[i].Id}' (x {ordered[i].X}) is left of the earlier '{ordered[i - 1].Id}' (x {ordered[i - 1].X}).");
                }
            }
        }

        return problems;
    }

    /// <summary>All of the above at once, for the random properties.</summary>
    public static List<string> All(SvgPicture picture, Timeline timeline, DateTimeZone zone, IEnumerable<string> expectedIds) =>
    [
        .. EachEventOnce(picture, expectedIds),
        .. NoOverlaps(picture),
        .. WithinPlot(picture),
        .. MonotoneInTime(picture, timeline, zone),
    ];
}
