using System;
using System.IO;
using System.Text;
using System.Xml;
using Timelines.Svg.Drawing;
using Timelines.Svg.Layout;

namespace Timelines.Svg;

/// <summary>
/// Draws a timeline as one self-contained SVG picture: a time axis with year, month and day ticks as they fit; a
/// lane per group of events; each event's possible extent as a striped bar, its certain extent as a solid bar
/// over it, an event still going on fading out to an arrow, and an event too short to see as a diamond; labels
/// packed into rows so that none overlaps another event; a title and a legend.
/// </summary>
/// <remarks>
/// <para>
/// The picture needs nothing outside itself: no style sheet, font file or image. Every event is a <c>g</c>
/// element whose <c>id</c> is <c>event-</c> followed by the event's id (characters other than ASCII letters,
/// digits, '-' and '.' written as <c>_xHHHH_</c>), with a <c>data-event-id</c> attribute holding the id as it is
/// and a <c>title</c> child that browsers show on hover.
/// </para>
/// <para>
/// The output is deterministic: the same timeline and options give the same text on every machine and in every
/// culture. Labels are packed by an estimate of their width (generous for the usual sans-serif fonts), since the
/// fonts of the viewer are unknown.
/// </para>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
/// </remarks>
/// <example>
/// <code>
/// var timeline = TimelineJson.ReadFile("belarus-2022.timeline.json");
/// File.WriteAllText("belarus-2022.svg", TimelineSvg.Render(timeline, new TimelineSvgOptions { Width = 1400 }));
/// </code>
/// </example>
public static class TimelineSvg
{
    /// <summary>Draws a timeline as SVG text.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">How to draw it; <see cref="TimelineSvgOptions.Default"/> when null.</param>
    /// <returns>The SVG document, without an XML declaration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string Render(Timeline timeline, TimelineSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, Settings(null)))
        {
            Draw(writer, timeline, options);
        }

        return text.ToString();
    }

    /// <summary>Draws a timeline as SVG into a stream, in UTF-8 without a byte order mark. The stream is left open.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="destination">The stream to write to.</param>
    /// <param name="options">How to draw it; <see cref="TimelineSvgOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="destination"/> is null.</exception>
    public static void Write(Timeline timeline, Stream destination, TimelineSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = XmlWriter.Create(destination, Settings(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
        Draw(writer, timeline, options);
    }

    /// <summary>Draws a timeline as SVG into a text writer. The writer is flushed and left open.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="destination">The writer to write to.</param>
    /// <param name="options">How to draw it; <see cref="TimelineSvgOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="destination"/> is null.</exception>
    public static void Write(Timeline timeline, TextWriter destination, TimelineSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = XmlWriter.Create(destination, Settings(null));
        Draw(writer, timeline, options);
    }

    private static void Draw(XmlWriter writer, Timeline timeline, TimelineSvgOptions? options)
    {
        var layout = ChartLayout.Create(timeline, options ?? TimelineSvgOptions.Default);
        SvgChartWriter.Write(writer, layout);
    }

    private static XmlWriterSettings Settings(Encoding? encoding)
    {
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };
        if (encoding is not null)
        {
            settings.Encoding = encoding;
        }

        return settings;
    }
}
