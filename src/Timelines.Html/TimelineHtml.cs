using System;
using System.IO;
using System.Text;
using Timelines.Html.Page;

namespace Timelines.Html;

/// <summary>
/// Writes a timeline as one self-contained HTML page that works offline, opened straight from disk: a zoomable
/// timeline (wheel, drag, buttons, keys) with lanes by tag or actor, the details of an event on click (its date in
/// words with its qualifiers, summary, actors, places, sources as links, relations as links to the related
/// events), a search box, tag filters, a list of every event in order, and a print style sheet.
/// </summary>
/// <remarks>
/// <para>
/// Each event is drawn as in Timelines.Svg: its certain extent as a solid bar, the rest of its possible extent as a
/// lighter, thinner bar; <c>?</c> and <c>~</c> as badges on the qualified ends; ongoing events up to the as-of day,
/// ending in an arrow.
/// </para>
/// <para>
/// The interaction is vis-timeline's (https://visjs.github.io/vis-timeline/, Apache-2.0 OR MIT), carried inside
/// every page (about 570 kB): a well-kept library that already pans and zooms by mouse, wheel and touch, stacks
/// items in lanes and draws an axis at every scale from years to seconds. Writing that by hand would be smaller
/// on the wire but is a browser component of its own to get right and keep right; the page adds only what vis
/// lacks (keys, search, filters, details, the possible/certain drawing). The page loads nothing: a
/// Content-Security-Policy forbids every request, so it behaves the same offline.
/// </para>
/// <para>
/// A timeline of more than 200 events opens on the stretch of its first 200 rather than on all of them, and the
/// page hands vis only the events near the visible window, so that it opens quickly even with 10,000 events;
/// "Fit" shows everything.
/// </para>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
/// </remarks>
/// <example>
/// <code>
/// var timeline = TimelineJson.ReadFile("belarus-2022.timeline.json");
/// File.WriteAllText("belarus-2022.html", TimelineHtml.Render(timeline));
/// </code>
/// </example>
public static class TimelineHtml
{
    /// <summary>Writes a timeline as an HTML page.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">How to write it; <see cref="TimelineHtmlOptions.Default"/> when null.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string Render(Timeline timeline, TimelineHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        PageWriter.Write(writer, timeline, options ?? TimelineHtmlOptions.Default);
        return writer.ToString();
    }

    /// <summary>Writes a timeline as an HTML page into a stream, in UTF-8 without a byte order mark. The stream is left open.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="destination">The stream to write to.</param>
    /// <param name="options">How to write it; <see cref="TimelineHtmlOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="destination"/> is null.</exception>
    public static void Write(Timeline timeline, Stream destination, TimelineHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        PageWriter.Write(writer, timeline, options ?? TimelineHtmlOptions.Default);
    }

    /// <summary>Writes a timeline as an HTML page into a text writer. The writer is flushed and left open.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="destination">The writer to write to.</param>
    /// <param name="options">How to write it; <see cref="TimelineHtmlOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="destination"/> is null.</exception>
    public static void Write(Timeline timeline, TextWriter destination, TimelineHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(destination);
        PageWriter.Write(destination, timeline, options ?? TimelineHtmlOptions.Default);
    }
}
