using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using NodaTime;
using NodaTime.Text;
using Timelines.Svg.Drawing;
using Timelines.Svg.Layout;
using Timelines.Text;

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

    /// <summary>
    /// Every shape lies within the plot area, and every label an eighth of an em inside it (room for a glyph's ink
    /// beyond its advance).
    /// </summary>
    public static List<string> WithinPlot(SvgPicture picture)
    {
        var plot = picture.PlotArea;
        var problems = new List<string>();
        foreach (var group in picture.Events)
        {
            var id = (string)group.Attribute("data-event-id")!;
            foreach (var shape in SvgPicture.Shapes(group).Append(SvgPicture.Label(group)))
            {
                var isLabel = shape.Name.LocalName == "text";
                var box = isLabel ? SvgPicture.LabelBox(shape) : SvgPicture.ShapeBox(shape);
                var inset = isLabel ? (SvgPicture.Number(shape, "font-size") / 8) - 0.01 : 0;
                if (!box.IsWithin(plot with { Left = plot.Left + inset, Right = plot.Right - inset }))
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

    /// <summary>
    /// Every label says the event's whole title and its date in words, wrapped only where it had to be: no line
    /// but the last could have taken the next word within the line length and the room to the plot's right edge.
    /// </summary>
    public static List<string> LabelsWholeAndWrappedOnlyWhereNeeded(SvgPicture picture, Timeline timeline, int maxLineLength)
    {
        var problems = new List<string>();
        var plot = picture.PlotArea;
        foreach (var group in picture.Events)
        {
            var id = (string)group.Attribute("data-event-id")!;
            var item = timeline[id];
            var label = SvgPicture.Label(group);
            var expected = EventShaper.Flatten(SvgFormat.Text(item.Title)) + " " + EdtfDisplayFormatter.Format(item.When);
            var text = SvgPicture.LabelText(label);
            if (text != expected)
            {
                problems.Add($"The label of '{id}' reads \"{text}\", not its whole title and date \"{expected}\".");
                continue;
            }

            var size = SvgPicture.Number(label, "font-size");
            var lines = SvgPicture.Lines(label);

            // The room the renderer wraps to: right of the event's shapes, or 12 ems when that is less (the label
            // then moves left), and never more than the plot; an eighth of an em kept free at either edge.
            var inset = size / 8;
            var shapesLeft = Math.Max(SvgPicture.Shapes(group).Select(SvgPicture.ShapeBox).Min(b => b.Left), plot.Left + inset);
            var right = plot.Right - inset;
            var room = right - shapesLeft >= 12 * size ? right - shapesLeft : Math.Min(12 * size, plot.Right - plot.Left - (2 * inset));
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                if (SvgPicture.BreaksWord(lines[i]))
                {
                    // A word too long for a line: its head must have been as long as would fit.
                    var longer = lines[i].Value + StringInfo.GetNextTextElement(lines[i + 1].Value);
                    if (longer.Length <= maxLineLength && TextMetrics.Width(longer, size) <= room - 0.011)
                    {
                        problems.Add($"The label of '{id}' breaks a word after \"{lines[i].Value}\" although more of it fits.");
                    }

                    continue;
                }

                var next = lines[i + 1];
                // The date moves as one piece when it fits a line; a title word moves alone.
                var nextPiece = next.Elements().FirstOrDefault() is { } date && next.FirstNode is XElement
                    ? date.Value
                    : next.Value.Split(' ')[0];
                var joined = lines[i].Value + " " + nextPiece;
                if (joined.Length <= maxLineLength && TextMetrics.Width(joined, size) <= room - 0.011)
                {
                    problems.Add($"The label of '{id}' breaks after \"{lines[i].Value}\" although \"{nextPiece}\" fits on that line.");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Every qualified date is marked: a badge on its end of the bar with the qualifier's sign, "?" or "about" in
    /// the date in words, and a legend entry that explains the sign.
    /// </summary>
    public static List<string> QualifiersMarkedAndExplained(SvgPicture picture, Timeline timeline)
    {
        var problems = new List<string>();
        var legend = picture.Root.Descendants(SvgPicture.Svg + "g").Select(g => (string?)g.Attribute("data-legend")).OfType<string>().ToHashSet();
        foreach (var group in picture.Events)
        {
            var id = (string)group.Attribute("data-event-id")!;
            var when = timeline[id].When;
            var ends = when.IsInterval ? new[] { ("start", when.Start), ("end", when.End) } : [("date", when.Start)];
            var date = string.Concat(SvgPicture.Label(group).Descendants().Where(e => (string?)e.Attribute("data-part") == "date").Select(e => e.Value));
            foreach (var (name, end) in ends)
            {
                var qualifier = end.Kind == EdtfEndKind.Date ? end.Date.Qualifier : EdtfQualifier.None;
                var badges = SvgPicture.Parts(group, "qualifier").Where(b => (string?)b.Attribute("data-end") == name).ToList();
                if (qualifier == EdtfQualifier.None)
                {
                    if (badges.Count > 0)
                    {
                        problems.Add($"The {name} of '{id}' ({when}) is not qualified but has a badge.");
                    }

                    continue;
                }

                var sign = (qualifier & EdtfQualifier.Uncertain) != 0 ? (qualifier & EdtfQualifier.Approximate) != 0 ? "?~" : "?" : "~";
                if (badges.Count != 1 || (string?)badges[0].Attribute("data-qualifier") != sign)
                {
                    problems.Add($"The {name} of '{id}' ({when}) is qualified '{sign}' but has no badge saying so.");
                }

                if ((qualifier & EdtfQualifier.Uncertain) != 0 && (!date.Contains('?', StringComparison.Ordinal) || !legend.Contains("uncertain")))
                {
                    problems.Add($"The {name} of '{id}' ({when}) is uncertain, but its date \"{date}\" or the legend does not say so.");
                }

                if ((qualifier & EdtfQualifier.Approximate) != 0 && (!date.Contains("about", StringComparison.Ordinal) || !legend.Contains("approximate")))
                {
                    problems.Add($"The {name} of '{id}' ({when}) is approximate, but its date \"{date}\" or the legend does not say so.");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// The axis spans the dates and the as-of day and no more than a month (the rounding to whole months) past
    /// them at either end; every ongoing event reaches the as-of day when it is in the plot.
    /// </summary>
    public static List<string> AxisFitsTheDatesAndTheAsOfDay(SvgPicture picture, Timeline timeline, DateTimeZone zone)
    {
        var problems = new List<string>();
        if (picture.Events.Count == 0)
        {
            return problems;
        }

        var area = picture.Root.Descendants(SvgPicture.Svg + "rect").Single(r => (string?)r.Attribute("data-role") == "plot-area");
        var shownStart = InstantPattern.ExtendedIso.Parse((string)area.Attribute("data-start")!).Value;
        var shownEnd = InstantPattern.ExtendedIso.Parse((string)area.Attribute("data-end")!).Value;
        var moments = timeline.Events
            .SelectMany(e => new[] { e.When.ToInterval(zone), e.When.ToCertainInterval(zone) })
            .OfType<Interval>()
            .SelectMany(i => new[] { i.HasStart ? i.Start : (Instant?)null, i.HasEnd ? i.End : null })
            .OfType<Instant>()
            .ToList();
        if (timeline.AsOf is { } day)
        {
            moments.Add(zone.AtStartOfDay(day.PlusDays(1)).ToInstant());
        }

        var month = Duration.FromDays(31);
        if (shownEnd > moments.Max() + month)
        {
            problems.Add($"The axis runs on to {shownEnd}, past the last date or as-of day ({moments.Max()}).");
        }

        if (shownStart < moments.Min() - month)
        {
            problems.Add($"The axis starts at {shownStart}, well before the first date ({moments.Min()}).");
        }

        if (picture.Root.Descendants().SingleOrDefault(e => (string?)e.Attribute("data-role") == "as-of") is { } asOf)
        {
            var x = SvgPicture.Number(asOf.Elements().Single(), "x1");
            foreach (var group in picture.Events.Where(g => SvgPicture.Parts(g, "ongoing").Any()))
            {
                var tip = SvgPicture.ShapeBox(SvgPicture.Parts(group, "ongoing").Single()).Right;
                // An arrow is kept whole inside the plot: one for an as-of day at the plot's left edge ends just right of it.
                var arrowLength = 0.7 * SvgPicture.Number(SvgPicture.Label(group), "font-size");
                var expected = Math.Max(x, Math.Min(picture.PlotArea.Left + arrowLength, picture.PlotArea.Right));
                if (Math.Abs(tip - expected) > 0.02 && group.Attribute("data-clipped") is null)
                {
                    problems.Add($"The ongoing '{group.Attribute("data-event-id")!.Value}' ends at x {tip}, not at the as-of day's {x}.");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Vague events (a possible extent over a quarter of the plot, less than half of it certain, as for "2022?")
    /// never head their lane: each lies below every better-dated event of its lane that it shares a stretch of the
    /// plot with.
    /// </summary>
    public static List<string> VagueEventsBelowBetterDatedOnes(SvgPicture picture)
    {
        var problems = new List<string>();
        var plotWidth = picture.PlotArea.Right - picture.PlotArea.Left;
        var events = picture.Events
            .Select(g => (Group: g, Box: SvgPicture.EventBox(g), Vague: IsVague(g, plotWidth)))
            .ToList();
        foreach (var vague in events.Where(e => e.Vague == true))
        {
            foreach (var other in events.Where(e => e.Vague == false && e.Group.Attribute("data-lane")!.Value == vague.Group.Attribute("data-lane")!.Value))
            {
                if (other.Box.Left < vague.Box.Right && vague.Box.Left < other.Box.Right && vague.Box.Top < other.Box.Top)
                {
                    problems.Add($"The vague '{vague.Group.Attribute("data-event-id")!.Value}' lies above the better-dated '{other.Group.Attribute("data-event-id")!.Value}'.");
                }
            }
        }

        return problems;

        // Null where the two-decimal coordinates are too close to a threshold to tell.
        static bool? IsVague(XElement group, double plotWidth)
        {
            if (SvgPicture.Parts(group, "possible").SingleOrDefault() is not { } bar)
            {
                return false;
            }

            const double Slack = 0.05;
            var possible = SvgPicture.ShapeBox(bar);
            var certain = SvgPicture.Parts(group, "certain").Select(SvgPicture.ShapeBox).Sum(b => b.Right - b.Left);
            var width = possible.Right - possible.Left;
            if (Math.Abs(width - (plotWidth / 4)) < Slack || Math.Abs(certain - (width / 2)) < Slack)
            {
                return null;
            }

            return width > plotWidth / 4 && certain < width / 2;
        }
    }

    /// <summary>All of the above at once, for the random properties.</summary>
    /// <summary>All of the above at once, for the random properties.</summary>
    public static List<string> All(SvgPicture picture, Timeline timeline, TimelineSvgOptions options, IEnumerable<string> expectedIds)
    {
        var zone = options.Zone ?? timeline.TimeZone;
        return
        [
            .. EachEventOnce(picture, expectedIds),
            .. NoOverlaps(picture),
            .. WithinPlot(picture),
            .. MonotoneInTime(picture, timeline, zone),
            .. LabelsWholeAndWrappedOnlyWhereNeeded(picture, timeline, options.MaxLabelLineLength),
            .. QualifiersMarkedAndExplained(picture, timeline),
            .. options.Period is null ? AxisFitsTheDatesAndTheAsOfDay(picture, timeline, zone) : [],
            .. VagueEventsBelowBetterDatedOnes(picture),
        ];
    }
}
