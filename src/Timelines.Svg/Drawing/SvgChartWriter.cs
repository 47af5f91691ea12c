using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using Timelines.Svg.Layout;

namespace Timelines.Svg.Drawing;

/// <summary>
/// Writes a <see cref="ChartLayout"/> as SVG: presentation attributes only (no CSS, no external fonts or images),
/// so the file draws the same wherever it is opened. Every event is one <c>g</c> element with an <c>id</c>, a
/// <c>data-event-id</c> and a <c>title</c> for hover text; its parts carry <c>data-part</c> (possible, certain,
/// ongoing, open-start, mark, qualifier, label), and a label's lines are <c>tspan</c> elements with a
/// <c>data-line</c>, its date in words a <c>tspan</c> with <c>data-part="date"</c>.
/// </summary>
internal sealed class SvgChartWriter
{
    private const string Namespace = "http://www.w3.org/2000/svg";
    private const string FontFamily = "Helvetica, Arial, 'DejaVu Sans', sans-serif";

    private readonly XmlWriter writer;
    private readonly ChartLayout layout;
    private readonly ChartMetrics metrics;

    private SvgChartWriter(XmlWriter writer, ChartLayout layout)
    {
        this.writer = writer;
        this.layout = layout;
        metrics = layout.Metrics;
    }

    public static void Write(XmlWriter writer, ChartLayout layout) => new SvgChartWriter(writer, layout).Write();

    private void Write()
    {
        writer.WriteStartElement("svg", Namespace);
        Attribute("width", layout.Width);
        Attribute("height", layout.Height);
        writer.WriteAttributeString("viewBox", $"0 0 {SvgFormat.Number(layout.Width)} {SvgFormat.Number(layout.Height)}");
        writer.WriteAttributeString("font-family", FontFamily);
        Attribute("font-size", metrics.FontSize);
        if (layout.Title.Length > 0)
        {
            Element("title", layout.Title);
        }

        StartElement("rect");
        writer.WriteAttributeString("width", "100%");
        writer.WriteAttributeString("height", "100%");
        writer.WriteAttributeString("fill", Palette.Background);
        writer.WriteEndElement();

        WriteTitleBlock();
        WriteLegend();
        WriteLanes();
        WriteAxis();
        WriteEvents();
        WriteAsOf();
        writer.WriteEndElement();
    }

    private void WriteTitleBlock()
    {
        if (layout.Title.Length > 0)
        {
            Text(metrics.Margin, layout.TitleBaseline, layout.Title, metrics.TitleSize, Palette.Text, "title", bold: true);
        }

        Text(metrics.Margin, layout.SubtitleBaseline, layout.Subtitle, metrics.FontSize, Palette.MutedText, "subtitle");
    }

    private void WriteLegend()
    {
        StartElement("g");
        writer.WriteAttributeString("data-role", "legend");
        var swatchWidth = 2 * metrics.FontSize;
        var swatchHeight = metrics.BarHeight;
        foreach (var item in layout.Legend)
        {
            var top = item.Y + ((metrics.AxisRowHeight - swatchHeight) / 2);
            var middle = top + (swatchHeight / 2);
            StartElement("g");
            writer.WriteAttributeString("data-legend", item.Kind.ToString().ToLowerInvariant());
            switch (item.Kind)
            {
                case LegendKind.Certain:
                    Rect(item.X, top, swatchWidth, swatchHeight, Palette.Legend, null);
                    break;
                case LegendKind.Possible:
                    PossibleRect(item.X, swatchWidth, middle, Palette.Legend, null);
                    break;
                case LegendKind.Ongoing:
                    Rect(item.X, top, swatchWidth - (metrics.ArrowLength / 2), swatchHeight, Palette.Legend, null);
                    Arrow(item.X + swatchWidth, top, swatchHeight, Palette.Legend, null, pointsRight: true);
                    break;
                case LegendKind.Mark:
                    Diamond(item.X + (swatchWidth / 2), middle, Palette.Legend, null, solid: true);
                    break;
                case LegendKind.Uncertain:
                    Badge(new QualifierBadge("legend", EdtfQualifier.Uncertain, item.X + (swatchWidth / 2)), middle, Palette.Legend);
                    break;
                case LegendKind.Approximate:
                    Badge(new QualifierBadge("legend", EdtfQualifier.Approximate, item.X + (swatchWidth / 2)), middle, Palette.Legend);
                    break;
                default:
                    Line(item.X + (swatchWidth / 2), top - 2, item.X + (swatchWidth / 2), top + swatchHeight + 2, Palette.AsOfLine, 1.5, dashed: true);
                    break;
            }

            Text(item.X + swatchWidth + (0.5 * metrics.FontSize), item.Y + metrics.FontSize, item.Text, metrics.FontSize, Palette.Text, null);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void WriteLanes()
    {
        StartElement("g");
        writer.WriteAttributeString("data-role", "lanes");
        foreach (var lane in layout.Lanes)
        {
            StartElement("rect");
            writer.WriteAttributeString("data-role", "lane");
            writer.WriteAttributeString("data-lane", SvgFormat.Text(lane.Name));
            Attribute("x", metrics.Margin);
            Attribute("y", lane.Top);
            Attribute("width", layout.PlotRight - metrics.Margin);
            Attribute("height", lane.Height);
            writer.WriteAttributeString("fill", lane.ColorIndex % 2 == 0 ? Palette.LaneBand : Palette.Background);
            writer.WriteEndElement();
            if (lane.Header.Length > 0)
            {
                Text(metrics.Margin, lane.HeaderBaseline(metrics), lane.Header, metrics.FontSize, Palette.LaneColor(lane.ColorIndex), "lane-label", bold: true);
            }
        }

        if (layout.EmptyMessageBaseline is { } baseline)
        {
            Text(metrics.Margin, baseline, "No events to show.", metrics.FontSize, Palette.MutedText, "empty");
        }

        writer.WriteEndElement();
    }

    private void WriteAxis()
    {
        StartElement("g");
        writer.WriteAttributeString("data-role", "axis");
        foreach (var tick in layout.Ticks)
        {
            if (tick.HasLine)
            {
                var color = tick.Level switch
                {
                    AxisLevel.Year => Palette.YearLine,
                    AxisLevel.Month => Palette.MonthLine,
                    _ => Palette.DayLine,
                };
                var top = layout.AxisTop + ((int)tick.Level * metrics.AxisRowHeight);
                Line(tick.X, top, tick.X, layout.PlotBottom, color, tick.Level == AxisLevel.Year ? 1.2 : 1, dashed: false);
            }

            if (tick.Label is { } label)
            {
                var baseline = layout.AxisTop + ((int)tick.Level * metrics.AxisRowHeight) + metrics.FontSize;
                Text(tick.X + (0.3 * metrics.FontSize), baseline, label, metrics.FontSize, tick.Level == AxisLevel.Year ? Palette.Text : Palette.MutedText, "tick-label", bold: tick.Level == AxisLevel.Year);
            }
        }

        StartElement("rect");
        writer.WriteAttributeString("data-role", "plot-area");
        if (layout.Shown is { } shown)
        {
            // The period shown, for checks and scripts: the axis must not run past the dates and the as-of day.
            writer.WriteAttributeString("data-start", SvgFormat.Instant(shown.Start));
            writer.WriteAttributeString("data-end", SvgFormat.Instant(shown.End));
        }

        Attribute("x", layout.PlotLeft);
        Attribute("y", layout.PlotTop);
        Attribute("width", layout.PlotRight - layout.PlotLeft);
        Attribute("height", layout.PlotBottom - layout.PlotTop);
        writer.WriteAttributeString("fill", "none");
        writer.WriteAttributeString("stroke", Palette.YearLine);
        writer.WriteAttributeString("stroke-width", "1");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void WriteEvents()
    {
        StartElement("g");
        writer.WriteAttributeString("data-role", "events");
        foreach (var lane in layout.Lanes)
        {
            foreach (var shape in lane.Events)
            {
                WriteEvent(lane, shape);
            }
        }

        writer.WriteEndElement();
    }

    private void WriteEvent(Lane lane, EventShape shape)
    {
        var color = Palette.LaneColor(lane.ColorIndex);
        var slotTop = lane.SlotTop(shape, metrics);
        var barTop = slotTop + metrics.BarTop(shape.Lines.Length);
        var barMiddle = barTop + (metrics.BarHeight / 2);
        var item = shape.Event;

        StartElement("g");
        writer.WriteAttributeString("id", SvgFormat.EventElementId(item.Id));
        writer.WriteAttributeString("data-event-id", SvgFormat.Text(item.Id));
        writer.WriteAttributeString("data-when", item.When.ToString());
        writer.WriteAttributeString("data-lane", SvgFormat.Text(lane.Name));
        if (shape.ClippedAtStart || shape.ClippedAtEnd)
        {
            writer.WriteAttributeString("data-clipped", (shape.ClippedAtStart, shape.ClippedAtEnd) switch
            {
                (true, true) => "both",
                (true, false) => "start",
                _ => "end",
            });
        }

        Element("title", HoverText(shape));

        if (shape.IsMark)
        {
            Diamond(shape.MarkCenter, barMiddle, color, "mark", solid: shape.CertainLeft is not null);
        }
        else
        {
            PossibleRect(shape.PossibleLeft, shape.PossibleRight - shape.PossibleLeft, barMiddle, color, "possible");
            if (shape.CertainLeft is { } certainLeft && shape.CertainRight is { } certainRight)
            {
                Rect(certainLeft, barTop, certainRight - certainLeft, metrics.BarHeight, color, "certain");
            }

            if (shape.HasOpenEnd)
            {
                Arrow(shape.PossibleRight, barTop, metrics.BarHeight, color, "ongoing", pointsRight: true);
            }

            if (shape.HasOpenStart)
            {
                Arrow(shape.PossibleLeft, barTop, metrics.BarHeight, color, "open-start", pointsRight: false);
            }
        }

        foreach (var badge in shape.Badges)
        {
            Badge(badge, barMiddle, color);
        }

        WriteLabel(shape, slotTop);
        writer.WriteEndElement();
    }

    /// <summary>
    /// The label: one <c>text</c> with a <c>tspan</c> per line, the date in words in a muted inner <c>tspan</c>.
    /// Nothing but the lines goes between the tags, so no renderer draws stray spaces.
    /// </summary>
    private void WriteLabel(EventShape shape, double slotTop)
    {
        StartElement("text");
        writer.WriteAttributeString("data-part", "label");
        Attribute("x", shape.LabelLeft);
        Attribute("y", slotTop + metrics.LineBaseline(0));
        Attribute("font-size", metrics.FontSize);
        writer.WriteAttributeString("fill", Palette.Text);
        for (var i = 0; i < shape.Lines.Length; i++)
        {
            var line = shape.Lines[i];
            StartElement("tspan");
            writer.WriteAttributeString("data-line", i.ToString(CultureInfo.InvariantCulture));
            if (line.BreaksWord)
            {
                writer.WriteAttributeString("data-breaks", "word");
            }

            Attribute("x", shape.LabelLeft);
            Attribute("y", slotTop + metrics.LineBaseline(i));
            writer.WriteString(SvgFormat.Text(line.Title));
            if (line.Date.Length > 0)
            {
                if (line.Title.Length > 0)
                {
                    writer.WriteString(" ");
                }

                StartElement("tspan");
                writer.WriteAttributeString("data-part", "date");
                writer.WriteAttributeString("fill", Palette.MutedText);
                writer.WriteString(SvgFormat.Text(line.Date));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void WriteAsOf()
    {
        if (layout.AsOfX is { } x)
        {
            StartElement("g");
            writer.WriteAttributeString("data-role", "as-of");
            Line(x, layout.PlotTop, x, layout.PlotBottom, Palette.AsOfLine, 1.5, dashed: true);
            writer.WriteEndElement();
        }
    }

    private static string HoverText(EventShape shape)
    {
        var item = shape.Event;
        var notes = new List<string> { item.When.ToString() };
        if (shape.HasOpenEnd)
        {
            notes.Add("ongoing");
        }

        var text = $"{item.Title}\n{shape.DateText} ({string.Join(", ", notes)})";
        return item.Summary is { Length: > 0 } summary ? text + "\n" + summary : text;
    }

    private void Arrow(double tipX, double barTop, double barHeight, string color, string? part, bool pointsRight)
    {
        var length = metrics.ArrowLength;
        var baseX = pointsRight ? tipX - length : tipX + length;
        var overhang = 0.25 * barHeight;
        var points = string.Join(
            ' ',
            Point(baseX, barTop - overhang),
            Point(tipX, barTop + (barHeight / 2)),
            Point(baseX, barTop + barHeight + overhang));
        StartElement("polygon");
        Part(part);
        writer.WriteAttributeString("points", points);
        writer.WriteAttributeString("fill", color);
        writer.WriteEndElement();
    }

    /// <summary>A merely possible extent: lighter and thinner than a certain bar, centred on the bar's middle.</summary>
    private void PossibleRect(double x, double width, double middle, string color, string? part)
    {
        var half = metrics.PossibleHalfHeight;
        StartElement("rect");
        Part(part);
        Attribute("x", x);
        Attribute("y", middle - half);
        Attribute("width", System.Math.Max(width, 0));
        Attribute("height", 2 * half);
        writer.WriteAttributeString("fill", color);
        writer.WriteAttributeString("fill-opacity", "0.28");
        writer.WriteAttributeString("stroke", color);
        writer.WriteAttributeString("stroke-opacity", "0.7");
        writer.WriteAttributeString("stroke-width", "0.75");
        writer.WriteEndElement();
    }

    /// <summary>A qualifier badge: a white disc ringed in the event's colour, with <c>?</c>, <c>~</c> or <c>?~</c> in it.</summary>
    private void Badge(QualifierBadge badge, double middle, string color)
    {
        StartElement("g");
        writer.WriteAttributeString("data-part", "qualifier");
        writer.WriteAttributeString("data-end", badge.End);
        writer.WriteAttributeString("data-qualifier", badge.Glyph);
        StartElement("circle");
        Attribute("cx", badge.X);
        Attribute("cy", middle);
        Attribute("r", metrics.BadgeRadius);
        writer.WriteAttributeString("fill", Palette.Background);
        writer.WriteAttributeString("stroke", color);
        writer.WriteAttributeString("stroke-width", "1.25");
        writer.WriteEndElement();
        if (badge.Glyph == "~")
        {
            // A tilde drawn as a wave: in most fonts "~" sits low and small, and at this size reads as "-".
            var r = metrics.BadgeRadius;
            StartElement("path");
            writer.WriteAttributeString("d", string.Create(CultureInfo.InvariantCulture, $"M {SvgFormat.Number(badge.X - (0.55 * r))} {SvgFormat.Number(middle + (0.08 * r))} q {SvgFormat.Number(0.275 * r)} {SvgFormat.Number(-0.5 * r)} {SvgFormat.Number(0.55 * r)} 0 t {SvgFormat.Number(0.55 * r)} 0"));
            writer.WriteAttributeString("fill", "none");
            writer.WriteAttributeString("stroke", color);
            writer.WriteAttributeString("stroke-width", SvgFormat.Number(0.13 * metrics.FontSize));
            writer.WriteAttributeString("stroke-linecap", "round");
            writer.WriteEndElement();
        }
        else
        {
            var size = (badge.Glyph.Length > 1 ? 0.62 : 0.85) * metrics.FontSize;
            StartElement("text");
            Attribute("x", badge.X);
            Attribute("y", middle + (0.34 * size));
            Attribute("font-size", size);
            writer.WriteAttributeString("font-weight", "bold");
            writer.WriteAttributeString("text-anchor", "middle");
            writer.WriteAttributeString("fill", color);
            writer.WriteString(badge.Glyph);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void Diamond(double centerX, double centerY, string color, string? part, bool solid)
    {
        var half = metrics.MarkHalfSize;
        var points = string.Join(
            ' ',
            Point(centerX, centerY - half),
            Point(centerX + half, centerY),
            Point(centerX, centerY + half),
            Point(centerX - half, centerY));
        StartElement("polygon");
        Part(part);
        writer.WriteAttributeString("points", points);
        writer.WriteAttributeString("fill", solid ? color : Palette.Background);
        writer.WriteAttributeString("stroke", color);
        writer.WriteAttributeString("stroke-width", "1.5");
        writer.WriteEndElement();
    }

    private void Rect(double x, double y, double width, double height, string fill, string? part, string? stroke = null)
    {
        StartElement("rect");
        Part(part);
        Attribute("x", x);
        Attribute("y", y);
        Attribute("width", System.Math.Max(width, 0));
        Attribute("height", height);
        writer.WriteAttributeString("fill", fill);
        if (stroke is not null)
        {
            writer.WriteAttributeString("stroke", stroke);
            writer.WriteAttributeString("stroke-opacity", "0.6");
            writer.WriteAttributeString("stroke-width", "0.75");
        }

        writer.WriteEndElement();
    }

    private void Line(double x1, double y1, double x2, double y2, string color, double width, bool dashed)
    {
        StartElement("line");
        Attribute("x1", x1);
        Attribute("y1", y1);
        Attribute("x2", x2);
        Attribute("y2", y2);
        writer.WriteAttributeString("stroke", color);
        Attribute("stroke-width", width);
        if (dashed)
        {
            writer.WriteAttributeString("stroke-dasharray", "4 3");
        }

        writer.WriteEndElement();
    }

    private void Text(double x, double y, string text, double size, string color, string? role, bool bold = false)
    {
        StartElement("text");
        if (role is not null)
        {
            writer.WriteAttributeString("data-role", role);
        }

        Attribute("x", x);
        Attribute("y", y);
        Attribute("font-size", size);
        writer.WriteAttributeString("fill", color);
        if (bold)
        {
            writer.WriteAttributeString("font-weight", "bold");
        }

        writer.WriteString(SvgFormat.Text(text));
        writer.WriteEndElement();
    }

    private void Element(string name, string text)
    {
        StartElement(name);
        writer.WriteString(SvgFormat.Text(text));
        writer.WriteEndElement();
    }

    private void Part(string? part)
    {
        if (part is not null)
        {
            writer.WriteAttributeString("data-part", part);
        }
    }

    private void StartElement(string name) => writer.WriteStartElement(name, Namespace);

    private void Attribute(string name, double value) => writer.WriteAttributeString(name, SvgFormat.Number(value));

    private static string Point(double x, double y) => SvgFormat.Number(x) + "," + SvgFormat.Number(y);
}
