using System;
using System.IO;
using Timelines.Svg;

namespace Timelines.Tool.Formats;

/// <summary>Draws SVG through <see cref="TimelineSvg"/>, mapping <c>timeline render</c>'s options to <see cref="TimelineSvgOptions"/>.</summary>
internal static class SvgPicture
{
    /// <summary>Gets the SVG picture format.</summary>
    public static PictureFormat Format { get; } = new(
        "svg",
        [".svg"],
        "SVG picture drawn by Timelines.Svg: lanes, possible and certain extents, open ends",
        Draw);

    private static void Draw(Timeline timeline, Stream output, PictureSettings settings)
    {
        TimelineSvg.Write(timeline, output, OptionsFor(settings));
        output.Flush();
    }

    /// <summary>Makes the renderer's options; a value out of its range is reported with the renderer's own message.</summary>
    private static TimelineSvgOptions OptionsFor(PictureSettings settings)
    {
        var defaults = TimelineSvgOptions.Default;
        try
        {
            return new TimelineSvgOptions
            {
                Width = settings.Width ?? defaults.Width,
                FontSize = settings.FontSize ?? defaults.FontSize,
                MaxLabelLineLength = settings.MaxLabelLineLength ?? defaults.MaxLabelLineLength,
                Period = settings.Period,
                Title = settings.Title,
                Zone = settings.Zone,
                Grouping = settings.Grouping switch
                {
                    PictureGrouping.Actor => TimelineSvgGrouping.ByFirstActor,
                    PictureGrouping.None => TimelineSvgGrouping.None,
                    _ => TimelineSvgGrouping.ByFirstTag,
                },
            };
        }
        catch (ArgumentException exception)
        {
            var message = exception.Message;
            var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            throw new ToolException(cut > 0 ? message[..cut] : message);
        }
    }
}
