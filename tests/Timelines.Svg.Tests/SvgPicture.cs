using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Timelines.Svg.Layout;

namespace Timelines.Svg.Tests;

/// <summary>
/// A rendered picture read back with LINQ to XML, and the boxes its elements cover, computed from the attributes
/// they carry (a label's width from its text and font size, by the estimate the renderer documents).
/// </summary>
internal sealed class SvgPicture
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] ShapeParts = ["possible", "certain", "ongoing", "open-start", "mark", "qualifier"];

    private SvgPicture(XDocument document)
    {
        Document = document;
    }

    public XDocument Document { get; }

    public XElement Root => Document.Root!;

    /// <summary>Gets the event groups, in document order.</summary>
    public List<XElement> Events => Root.Descendants(Svg + "g").Where(g => g.Attribute("data-event-id") is not null).ToList();

    public Box PlotArea => ShapeBox(Root.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("data-role") == "plot-area"));

    public static SvgPicture Parse(string text) => new(XDocument.Parse(text));

    public XElement Event(string id) => Events.Single(g => (string?)g.Attribute("data-event-id") == id);

    public static IEnumerable<XElement> Parts(XElement group, string part) =>
        group.Elements().Where(e => (string?)e.Attribute("data-part") == part);

    /// <summary>Gets the drawn shapes of an event (bars, arrows, marks), without its label.</summary>
    public static IEnumerable<XElement> Shapes(XElement group) =>
        group.Elements().Where(e => ShapeParts.Contains((string?)e.Attribute("data-part")));

    public static XElement Label(XElement group) => Parts(group, "label").Single();

    /// <summary>The box of everything an event draws: its shapes and its label.</summary>
    public static Box EventBox(XElement group) =>
        Shapes(group).Select(ShapeBox).Append(LabelBox(Label(group))).Aggregate(Box.Union);

    /// <summary>Gets the lines of a label, each a <c>tspan</c> with its own x and y.</summary>
    /// <remarks>A label written as one plain <c>text</c> (as before issue 19) is one line.</remarks>
    public static List<XElement> Lines(XElement label) =>
        label.Elements(Svg + "tspan").Any(t => t.Attribute("data-line") is not null)
            ? label.Elements(Svg + "tspan").Where(t => t.Attribute("data-line") is not null).ToList()
            : [label];

    /// <summary>Gets a label as it reads: its lines joined by spaces, or by nothing after a line that breaks a word.</summary>
    public static string LabelText(XElement label) =>
        string.Concat(Lines(label).Select((line, i) => (i == 0 ? string.Empty : BreaksWord(Lines(label)[i - 1]) ? string.Empty : " ") + line.Value));

    /// <summary>Gets a value indicating whether a line ends inside a word too long for any line.</summary>
    public static bool BreaksWord(XElement line) => (string?)line.Attribute("data-breaks") == "word";

    /// <summary>
    /// The box of a label: for each line, from one font size above its baseline to 0.3 below, as wide as the
    /// estimate of its text.
    /// </summary>
    public static Box LabelBox(XElement text)
    {
        var size = Number(text, "font-size");
        return Lines(text)
            .Select(line =>
            {
                var x = Number(line, "x");
                var y = Number(line, "y");
                return new Box(x, y - size, x + TextMetrics.Width(line.Value, size), y + (0.3 * size));
            })
            .Aggregate(Box.Union);
    }

    public static Box ShapeBox(XElement shape)
    {
        if (shape.Name == Svg + "g")
        {
            // A qualifier badge: its disc.
            return ShapeBox(shape.Element(Svg + "circle")!);
        }

        if (shape.Name == Svg + "circle")
        {
            var (cx, cy, r) = (Number(shape, "cx"), Number(shape, "cy"), Number(shape, "r"));
            return new Box(cx - r, cy - r, cx + r, cy + r);
        }

        if (shape.Name == Svg + "rect")
        {
            var x = Number(shape, "x");
            var y = Number(shape, "y");
            return new Box(x, y, x + Number(shape, "width"), y + Number(shape, "height"));
        }

        var points = ((string)shape.Attribute("points")!)
            .Split(' ')
            .Select(p => p.Split(','))
            .Select(p => (X: ParseNumber(p[0]), Y: ParseNumber(p[1])))
            .ToList();
        return new Box(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
    }

    public static double Number(XElement element, string attribute) =>
        ParseNumber((string?)element.Attribute(attribute) ?? throw new InvalidOperationException($"<{element.Name.LocalName}> has no {attribute}."));

    private static double ParseNumber(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
