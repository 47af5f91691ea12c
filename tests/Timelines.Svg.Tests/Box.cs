using System;
using System.Globalization;

namespace Timelines.Svg.Tests;

/// <summary>An axis-aligned box in pixels.</summary>
internal readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    /// <summary>The slack allowed for coordinates written with two decimals.</summary>
    private const double Tolerance = 0.011;

    public static Box Union(Box a, Box b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));

    /// <summary>Whether the two boxes share an area (touching edges do not count).</summary>
    public bool Overlaps(Box other) =>
        Left < other.Right - Tolerance && other.Left < Right - Tolerance
        && Top < other.Bottom - Tolerance && other.Top < Bottom - Tolerance;

    public bool IsWithin(Box outer) =>
        Left >= outer.Left - Tolerance && Right <= outer.Right + Tolerance
        && Top >= outer.Top - Tolerance && Bottom <= outer.Bottom + Tolerance;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Left}, {Top}]-[{Right}, {Bottom}]");
}
