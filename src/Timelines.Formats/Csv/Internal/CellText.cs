using System.Collections.Generic;
using System.Text;

namespace Timelines.Formats.Csv.Internal;

/// <summary>
/// The small syntax of list cells (<c>military; drills</c>, <c>Belarus [BY] (host)</c>): items separated by
/// <c>;</c>, parts marked by a few characters, and a backslash before any character that is meant literally
/// (<c>\;</c>, <c>\[</c>, <c>\\</c>, and spaces at either end of an item). Whitespace around items and parts is
/// not part of them.
/// </summary>
internal static class CellText
{
    public const char Escape = '\\';

    /// <summary>Escapes text so that it reads back as itself: backslashes, the given special characters, and whitespace at its ends.</summary>
    public static string Quote(string text, string specials)
    {
        var quoted = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var edge = (i == 0 || i == text.Length - 1) && char.IsWhiteSpace(c);
            if (c == Escape || specials.Contains(c) || edge)
            {
                quoted.Append(Escape);
            }

            quoted.Append(c);
        }

        return quoted.ToString();
    }

    /// <summary>Splits raw cell text at each unescaped separator; the parts keep their escapes.</summary>
    public static List<string> Split(string raw, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == Escape)
            {
                i++;
            }
            else if (raw[i] == separator)
            {
                parts.Add(raw[start..i]);
                start = i + 1;
            }
        }

        parts.Add(raw[start..]);
        return parts;
    }

    /// <summary>The index of the first unescaped occurrence of a character, or -1.</summary>
    public static int IndexOf(string raw, char c, int from = 0)
    {
        for (var i = from; i < raw.Length; i++)
        {
            if (raw[i] == Escape)
            {
                i++;
            }
            else if (raw[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the raw text is only whitespace.</summary>
    public static bool IsBlank(string raw) => raw.Trim().Length == 0;

    /// <summary>The literal text of a raw part: unescaped whitespace at its ends dropped, escapes removed.</summary>
    public static string Unquote(string raw)
    {
        var start = 0;
        while (start < raw.Length && char.IsWhiteSpace(raw[start]))
        {
            start++;
        }

        var end = raw.Length;
        while (end > start && char.IsWhiteSpace(raw[end - 1]) && !IsEscaped(raw, end - 1))
        {
            end--;
        }

        var text = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (raw[i] == Escape && i + 1 < end)
            {
                i++;
            }

            text.Append(raw[i]);
        }

        return text.ToString();
    }

    /// <summary>Whether the character at an index is preceded by an odd number of backslashes.</summary>
    private static bool IsEscaped(string raw, int index)
    {
        var count = 0;
        for (var i = index - 1; i >= 0 && raw[i] == Escape; i--)
        {
            count++;
        }

        return count % 2 == 1;
    }
}
