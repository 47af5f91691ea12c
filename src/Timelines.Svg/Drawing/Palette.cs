namespace Timelines.Svg.Drawing;

/// <summary>
/// The colours of the picture. Lanes take the Okabe–Ito colours in turn, which stay distinct to readers with the
/// common kinds of colour blindness; the rest is greys.
/// </summary>
internal static class Palette
{
    private static readonly string[] LaneColors =
    [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D1F", "#555555",
    ];

    public const string Background = "#FFFFFF";
    public const string Text = "#222222";
    public const string MutedText = "#666666";
    public const string LaneBand = "#F4F6F8";
    public const string YearLine = "#B8BEC6";
    public const string MonthLine = "#E2E5E9";
    public const string DayLine = "#EEF0F2";
    public const string AsOfLine = "#C0392B";
    public const string Legend = "#5A6470";

    public static int LaneColorCount => LaneColors.Length;

    public static string LaneColor(int index) => LaneColors[index % LaneColors.Length];
}
