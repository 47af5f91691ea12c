using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Svg.Layout;

/// <summary>
/// Everything a picture shows and where, in pixels, worked out before a single element is written: the title
/// block, the legend, the axis ticks, and the lanes with each event's bar, mark and label in its row.
/// </summary>
/// <remarks>
/// From top to bottom: the title, a subtitle, the legend, the axis labels (a row each for years, months, days),
/// then the lanes. Lane headers sit in a column left of the plot. Everything in the plot lies between
/// <see cref="PlotLeft"/> and <see cref="PlotRight"/>, <see cref="PlotTop"/> and <see cref="PlotBottom"/>.
/// </remarks>
internal sealed class ChartLayout
{
    private ChartLayout()
    {
    }

    public required ChartMetrics Metrics { get; init; }

    public required double Width { get; init; }

    public required double Height { get; init; }

    public required string Title { get; init; }

    public required double TitleBaseline { get; init; }

    public required string Subtitle { get; init; }

    public required double SubtitleBaseline { get; init; }

    public required ImmutableArray<LegendItem> Legend { get; init; }

    public required double AxisTop { get; init; }

    public required ImmutableArray<AxisTick> Ticks { get; init; }

    public required double PlotLeft { get; init; }

    public required double PlotRight { get; init; }

    public required double PlotTop { get; init; }

    public required double PlotBottom { get; init; }

    public required ImmutableArray<Lane> Lanes { get; init; }

    /// <summary>Gets the period the plot shows, in Unix ticks, or <see langword="null"/> when no event is shown.</summary>
    public required (long Start, long End)? Shown { get; init; }

    /// <summary>Gets the x of the end of the as-of day, when the timeline has one within the plot.</summary>
    public required double? AsOfX { get; init; }

    /// <summary>Gets the baseline of the message drawn instead of lanes when no event is shown.</summary>
    public double? EmptyMessageBaseline { get; init; }

    public static ChartLayout Create(Timeline timeline, TimelineSvgOptions options)
    {
        var metrics = new ChartMetrics(options.FontSize);
        var fontSize = metrics.FontSize;
        var zone = options.Zone ?? timeline.TimeZone;
        var width = (double)options.Width;
        var margin = metrics.Margin;

        var period = options.Period;
        var events = period is { } p ? InPeriod(timeline, zone, p) : [.. timeline.Events];
        long? asOf = timeline.AsOf is { } day ? CalendarTicks.StartOfDay(day.PlusDays(1), zone) : null;
        var domain = TimeDomain.Choose(events, asOf, period, zone);

        // The title block.
        var y = margin;
        // The title is bold, about a tenth wider than the estimate for regular text.
        var title = TextMetrics.Fit(EventShaper.Flatten(options.Title ?? timeline.Title), int.MaxValue, (width - (2 * margin)) / 1.1, metrics.TitleSize);
        var titleBaseline = y + metrics.TitleSize;
        if (title.Length > 0)
        {
            y += metrics.TitleSize * 1.4;
        }

        var subtitleBaseline = y + fontSize;
        y += fontSize * 1.7;

        // Lanes and their header column.
        var lanesByName = events.GroupBy(options.Grouping.LaneOf, StringComparer.Ordinal).ToList();
        var headerWidthLimit = width * 0.22;
        var headers = lanesByName.ToDictionary(
            group => group.Key,
            group => TextMetrics.Fit(group.Key, 40, headerWidthLimit, fontSize),
            StringComparer.Ordinal);
        var headerWidth = headers.Values.Select(h => TextMetrics.Width(h, fontSize)).DefaultIfEmpty(0).Max();
        // Headers are bold, about a tenth wider than the estimate for regular text.
        var plotLeft = margin + (headerWidth > 0 ? (1.1 * headerWidth) + fontSize : 0);
        var plotRight = width - margin;

        // The legend, wrapped to the picture's width.
        var legend = ImmutableArray.CreateBuilder<LegendItem>();
        var legendX = margin;
        var legendY = y;
        foreach (var (kind, text) in LegendEntries(events, timeline.AsOf, asOf, domain))
        {
            var itemWidth = (2.5 * fontSize) + TextMetrics.Width(text, fontSize) + (1.5 * fontSize);
            if (legendX + itemWidth > width - margin && legendX > margin)
            {
                legendX = margin;
                legendY += metrics.AxisRowHeight;
            }

            legend.Add(new LegendItem(kind, legendX, legendY, text));
            legendX += itemWidth;
        }

        y = legendY + (metrics.AxisRowHeight * 1.5);

        var subtitle = TextMetrics.Fit(DescribeContents(timeline, events.Count, options, zone), int.MaxValue, width - (2 * margin), fontSize);
        if (domain is not { } shown)
        {
            return new ChartLayout
            {
                Metrics = metrics,
                Width = width,
                Height = y + (3 * fontSize),
                Title = title,
                TitleBaseline = titleBaseline,
                Subtitle = subtitle,
                SubtitleBaseline = subtitleBaseline,
                Legend = legend.ToImmutable(),
                AxisTop = y,
                Ticks = [],
                PlotLeft = plotLeft,
                PlotRight = plotRight,
                PlotTop = y,
                PlotBottom = y,
                Lanes = [],
                AsOfX = null,
                Shown = null,
                EmptyMessageBaseline = y + (1.5 * fontSize),
            };
        }

        var scale = new TimeScale(shown.Start, shown.End, plotLeft, plotRight);
        var ticks = AxisTicks.Choose(scale, zone, metrics);
        var axisTop = y;
        var axisRows = ticks.Count == 0 ? 1 : ticks.Max(t => (int)t.Level) + 1;
        y += (axisRows * metrics.AxisRowHeight) + (0.4 * fontSize);
        var plotTop = y;

        var shaper = new EventShaper(scale, metrics, options.MaxLabelLineLength, asOf, zone);
        var lanes = ImmutableArray.CreateBuilder<Lane>();
        var shapedLanes = lanesByName
            .Select(group => (group.Key, Shapes: group.Select(shaper.Shape).ToList()))
            .OrderBy(lane => lane.Shapes.Min(shape => shape.StartTicks))
            .ThenBy(lane => lane.Key, StringComparer.Ordinal);
        foreach (var (key, shapes) in shapedLanes)
        {
            var packed = LanePacker.Pack(shapes, metrics.Gap, out var contentHeight);
            var height = contentHeight + (2 * metrics.LanePadding);
            var ordered = packed
                .OrderBy(s => s.StartTicks)
                .ThenBy(s => s.EndTicks)
                .ThenBy(s => s.Event.Id, StringComparer.Ordinal)
                .ToImmutableArray();
            lanes.Add(new Lane(key, headers[key], lanes.Count, ordered, y, height));
            y += height;
        }

        var asOfX = asOf is { } asOfTicks && scale.Contains(asOfTicks) ? scale.X(asOfTicks) : (double?)null;
        return new ChartLayout
        {
            Metrics = metrics,
            Width = width,
            Height = y + margin,
            Title = title,
            TitleBaseline = titleBaseline,
            Subtitle = subtitle,
            SubtitleBaseline = subtitleBaseline,
            Legend = legend.ToImmutable(),
            AxisTop = axisTop,
            Ticks = [.. ticks],
            PlotLeft = plotLeft,
            PlotRight = plotRight,
            PlotTop = plotTop,
            PlotBottom = y,
            Lanes = lanes.ToImmutable(),
            AsOfX = asOfX,
            Shown = shown,
            EmptyMessageBaseline = lanes.Count == 0 ? y + (1.5 * fontSize) : null,
        };
    }

    /// <summary>
    /// The legend: the two extents and the marks always, so a reader learns the picture's language at once; the
    /// qualifiers and the as-of day only when the picture shows them.
    /// </summary>
    private static IEnumerable<(LegendKind Kind, string Text)> LegendEntries(List<TimelineEvent> events, LocalDate? asOfDay, long? asOf, (long Start, long End)? domain)
    {
        var asOfShown = asOfDay is not null && asOf is { } at && domain is { } shown && at >= shown.Start && at <= shown.End;
        yield return (LegendKind.Certain, "certainly going on");
        yield return (LegendKind.Possible, "possibly: when it may have been");
        yield return (LegendKind.Ongoing, asOfShown ? "still going on at the as-of day" : asOfDay is null ? "still going on (no as-of day)" : "still going on");
        yield return (LegendKind.Mark, "short or instant");
        var qualifiers = events
            .SelectMany(item => new[] { item.When.Start, item.When.End })
            .Where(end => end.Kind == EdtfEndKind.Date)
            .Aggregate(EdtfQualifier.None, (all, end) => all | end.Date.Qualifier);
        if ((qualifiers & EdtfQualifier.Uncertain) != 0)
        {
            yield return (LegendKind.Uncertain, "? uncertain: the source is unsure of the date");
        }

        if ((qualifiers & EdtfQualifier.Approximate) != 0)
        {
            yield return (LegendKind.Approximate, "~ approximate: about that date");
        }

        if (asOfShown)
        {
            yield return (LegendKind.AsOf, "as of " + asOfDay!.Value.ToString("d MMMM uuuu", CultureInfo.InvariantCulture));
        }
    }

    private static string DescribeContents(Timeline timeline, int shown, TimelineSvgOptions options, DateTimeZone zone)
    {
        var count = shown == timeline.Count
            ? Plural(shown, "event")
            : $"{shown.ToString(CultureInfo.InvariantCulture)} of {Plural(timeline.Count, "event")} in the period";
        var lanes = ReferenceEquals(options.Grouping, TimelineSvgGrouping.None) ? string.Empty : $" · lanes {options.Grouping.Description}";
        return $"{count}{lanes} · days in {zone.Id}";
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>
    /// The events the core's query finds possibly overlapping the period, in the timeline's order: in the picture's
    /// zone (which may not be the timeline's), an ongoing event lasting forever, as the picture draws it to its edge.
    /// </summary>
    private static List<TimelineEvent> InPeriod(Timeline timeline, DateTimeZone zone, Interval period)
    {
        var inZone = zone.Equals(timeline.TimeZone) ? timeline : timeline.WithTimeZone(zone);
        var query = inZone.Query().Possibly().Overlapping(period).WithOpenEnds(OpenEnds.Forever);
        return [.. timeline.Events.Where(query.Matches)];
    }
}
