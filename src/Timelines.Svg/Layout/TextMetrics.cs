using System.Globalization;
using System.Text;

namespace Timelines.Svg.Layout;

/// <summary>
/// Estimates how wide a text is drawn, without a font: a width per character in ems, chosen at or above the
/// widest of the usual sans-serif fonts (DejaVu Sans, which Linux renderers fall back on, is wider than Arial or
/// Helvetica), so that labels packed by this estimate do not overlap when drawn.
/// </summary>
internal static class TextMetrics
{
    private const string Ellipsis = "…";

    /// <summary>Gets the estimated width of a text in pixels at a font size.</summary>
    public static double Width(string text, double fontSize)
    {
        var ems = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            ems += Ems(elements.GetTextElement());
        }

        return ems * fontSize;
    }

    /// <summary>
    /// Shortens a text to at most <paramref name="maxElements"/> characters (text elements, so a surrogate pair or
    /// a letter with its accents stays whole) and at most <paramref name="maxWidth"/> pixels, ending a shortened
    /// text with an ellipsis.
    /// </summary>
    public static string Fit(string text, int maxElements, double maxWidth, double fontSize)
    {
        if (StringInfo.ParseCombiningCharacters(text).Length <= maxElements && Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var budget = maxWidth - Width(Ellipsis, fontSize);
        var result = new StringBuilder();
        var used = 0.0;
        var count = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && count < maxElements - 1)
        {
            var element = elements.GetTextElement();
            var width = Ems(element) * fontSize;
            if (used + width > budget)
            {
                break;
            }

            result.Append(element);
            used += width;
            count++;
        }

        return result.ToString().TrimEnd() + Ellipsis;
    }

    private static double Ems(string element)
    {
        var c = element[0];
        if (char.IsHighSurrogate(c) || IsWide(c))
        {
            // Emoji and East Asian wide characters fill a whole em.
            return 1.0;
        }

        return c switch
        {
            'M' or 'W' or 'm' or 'w' or '@' or '%' or '—' => 1.0,
            'i' or 'l' or 'j' or 'I' or '.' or ',' or ':' or ';' or '|' or '!' or '\'' or ' ' => 0.34,
            'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' => 0.44,
            >= '0' and <= '9' => 0.64,
            >= 'A' and <= 'Z' => 0.78,
            >= 'a' and <= 'z' => 0.64,
            _ when char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter => 0.78,
            _ => 0.68,
        };
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6');
}
