using NodaTime;

namespace Timelines.Tool.Formats;

/// <summary>The options of <c>timeline render</c>, common to every picture format; each renderer takes those it has.</summary>
/// <param name="Width">The width in pixels, or <see langword="null"/> for the renderer's default.</param>
/// <param name="Grouping">How events are put in lanes.</param>
/// <param name="Period">The period to show, or <see langword="null"/> for the events' whole extent.</param>
/// <param name="Title">The title, or <see langword="null"/> for the timeline's.</param>
/// <param name="FontSize">The font size in pixels, or <see langword="null"/> for the renderer's default.</param>
/// <param name="MaxLabelLineLength">The longest line of a label in characters before it wraps, or <see langword="null"/>.</param>
/// <param name="Zone">The zone days begin and end in, or <see langword="null"/> for the timeline's.</param>
internal sealed record PictureSettings(
    int? Width = null,
    PictureGrouping Grouping = PictureGrouping.Tag,
    Interval? Period = null,
    string? Title = null,
    double? FontSize = null,
    int? MaxLabelLineLength = null,
    DateTimeZone? Zone = null);
