using System;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Timelines.Svg.Drawing;

/// <summary>Formats numbers and text for SVG: invariant culture, two decimals at most, only characters XML allows.</summary>
internal static class SvgFormat
{
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats Unix ticks as an ISO 8601 instant in UTC, such as <c>2022-01-01T00:00:00Z</c>.</summary>
    public static string Instant(long ticks) =>
        NodaTime.Text.InstantPattern.ExtendedIso.Format(NodaTime.Instant.FromUnixTimeTicks(ticks));

    /// <summary>
    /// Replaces what XML 1.0 cannot hold (control characters, lone surrogates) by U+FFFD, so that any title can be
    /// written; <see cref="XmlWriter"/> escapes the rest (&amp;, &lt;, quotes).
    /// </summary>
    public static string Text(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var valid = pair || XmlConvert.IsXmlChar(c);
            if (!valid)
            {
                cleaned ??= new StringBuilder(text, 0, i, text.Length);
                cleaned.Append('\uFFFD');
                continue;
            }

            cleaned?.Append(c);
            if (pair)
            {
                cleaned?.Append(text[i + 1]);
                i++;
            }
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>
    /// An element id for an event: "event-" and the event's id with every character but ASCII letters, digits,
    /// '-' and '.' written as _xHHHH_ (the underscore too, so two ids never give one element id).
    /// </summary>
    public static string EventElementId(string eventId)
    {
        var id = new StringBuilder("event-", eventId.Length + 6);
        foreach (var c in eventId)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
            {
                id.Append(c);
            }
            else
            {
                id.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return id.ToString();
    }
}
