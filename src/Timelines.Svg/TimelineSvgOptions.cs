using System;
using NodaTime;

namespace Timelines.Svg;

/// <summary>
/// How <see cref="TimelineSvg"/> draws a timeline: the picture's width, its font size, the period shown, how events
/// are grouped into lanes, the title and the time zone. Every property has a default, so
/// <c>new TimelineSvgOptions()</c> draws the whole timeline.
/// </summary>
/// <remarks>
/// Each property checks its value when it is set, so a bad option fails where it is written, with the option's
/// name as the exception's parameter name.
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TimelineSvgOptions
{
    /// <summary>The narrowest picture, in pixels: room for a lane header and a readable axis.</summary>
    public const int MinWidth = 320;

    /// <summary>The widest picture, in pixels.</summary>
    public const int MaxWidth = 20_000;

    /// <summary>The smallest font size, in pixels.</summary>
    public const double MinFontSize = 6;

    /// <summary>The largest font size, in pixels.</summary>
    public const double MaxFontSize = 48;

    /// <summary>The shortest line of a label, in characters: room for a short word and a year.</summary>
    public const int MinLabelLineLength = 12;

    private readonly int width = 1200;
    private readonly double fontSize = 12;
    private readonly int maxLabelLineLength = 80;
    private readonly Interval? period;
    private readonly TimelineSvgGrouping grouping = TimelineSvgGrouping.ByFirstTag;

    /// <summary>Gets the options with every default: 1200 pixels wide, 12-pixel text, lanes by first tag.</summary>
    public static TimelineSvgOptions Default { get; } = new();

    /// <summary>Gets the width of the picture in pixels; 1200 by default. The height follows from the content.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below <see cref="MinWidth"/> or above <see cref="MaxWidth"/>.</exception>
    public int Width
    {
        get => width;
        init => width = value is >= MinWidth and <= MaxWidth
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Width), value, $"TimelineSvgOptions.Width must be between {MinWidth} and {MaxWidth} pixels.");
    }

    /// <summary>
    /// Gets the size of event labels in pixels; 12 by default. Rows, bars, marks and the axis scale with it, and the
    /// title is half as large again.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a number between <see cref="MinFontSize"/> and <see cref="MaxFontSize"/>.</exception>
    public double FontSize
    {
        get => fontSize;
        init => fontSize = value is >= MinFontSize and <= MaxFontSize
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FontSize), value, $"TimelineSvgOptions.FontSize must be between {MinFontSize} and {MaxFontSize} pixels.");
    }

    /// <summary>
    /// Gets the longest line of an event's label, in characters; 80 by default. A label is the event's whole title
    /// followed by its date in words; one longer than this, or than the room right of the event's start, is
    /// wrapped at spaces onto more lines. Labels are never cut.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below <see cref="MinLabelLineLength"/>.</exception>
    public int MaxLabelLineLength
    {
        get => maxLabelLineLength;
        init => maxLabelLineLength = value >= MinLabelLineLength
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxLabelLineLength), value, $"TimelineSvgOptions.MaxLabelLineLength must be at least {MinLabelLineLength} characters.");
    }

    /// <summary>
    /// Gets the period to show, or <see langword="null"/> (the default) for the extent of the events. Events that
    /// cannot fall in the period are left out; the others are cut at its ends. A missing end of the interval
    /// follows the events. An EDTF value gives a period through its possible extent, as in
    /// <c>EdtfValue.Parse("2022-02/2022-04").ToInterval(zone)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is empty.</exception>
    public Interval? Period
    {
        get => period;
        init => period = value is { HasStart: true, HasEnd: true } interval && interval.Start == interval.End
            ? throw new ArgumentException("TimelineSvgOptions.Period must not be empty; its end must be later than its start.", nameof(Period))
            : value;
    }

    /// <summary>Gets how events are grouped into lanes; <see cref="TimelineSvgGrouping.ByFirstTag"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TimelineSvgGrouping Grouping
    {
        get => grouping;
        init => grouping = value ?? throw new ArgumentNullException(nameof(Grouping), "TimelineSvgOptions.Grouping must not be null.");
    }

    /// <summary>
    /// Gets the title drawn above the picture, or <see langword="null"/> (the default) for the timeline's title. An
    /// empty string draws no title.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>
    /// Gets the zone in which days begin and end and in which the axis is drawn, or <see langword="null"/> (the
    /// default) for the timeline's own zone.
    /// </summary>
    public DateTimeZone? Zone { get; init; }
}
