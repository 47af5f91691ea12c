using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>
/// TimelineJS3 headlines and texts are HTML. A timeline's titles and summaries are plain text: the writers escape
/// them (and turn line breaks into <c>&lt;br&gt;</c>), and the readers turn HTML back into text.
/// </summary>
internal static partial class SlideText
{
    public static string ToHtml(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\n' => "<br>",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    /// <summary>
    /// The text of some HTML: paragraphs and line breaks become line breaks, other tags are dropped, entities
    /// decoded. What <see cref="ToHtml"/> wrote comes back exactly; other HTML is also trimmed.
    /// </summary>
    public static string ToText(string html)
    {
        var text = Paragraph().Replace(html, "\n\n");
        text = LineBreak().Replace(text, "\n");
        text = WebUtility.HtmlDecode(Tag().Replace(text, string.Empty));
        return ToHtml(text) == html ? text : text.Trim();
    }

    /// <summary>Whether the HTML says more than its text (markup the writer would not write), so that it is worth keeping as it was.</summary>
    public static bool HasMarkup(string html) => ToHtml(ToText(html)) != html;

    [GeneratedRegex(@"</p>\s*<p(\s[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
