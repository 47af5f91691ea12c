using System;
using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Timelines.Serialization;

/// <summary>
/// Decodes the text of a string or property name token, or says why it cannot be decoded: bytes that are not
/// UTF-8, or the escape of half a surrogate pair (such as <c>\ud800</c>). <see cref="Utf8JsonReader"/> checks
/// neither while it reads, only when asked for the text, and then throws <see cref="InvalidOperationException"/>.
/// </summary>
internal static class Utf8Text
{
    /// <summary>Decodes the current string or property name.</summary>
    /// <param name="reader">The reader, on a <see cref="JsonTokenType.String"/> or <see cref="JsonTokenType.PropertyName"/>.</param>
    /// <param name="problem">Why the text cannot be decoded, when it cannot.</param>
    /// <returns>The text, or <see langword="null"/> when it cannot be decoded.</returns>
    public static string? TryGetString(ref Utf8JsonReader reader, out string? problem)
    {
        // Checked before it is decoded, not by catching what decoding throws: an exception costs tens of
        // microseconds, and a document can hold many thousands of bad names.
        problem = Check(ref reader);
        if (problem is not null)
        {
            return null;
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // Not expected, as Check finds what GetString refuses; still a located error, not an escape.
            problem = RuleMessages.NotUtf8;
            return null;
        }
    }

    /// <summary>Says why the current string or property name cannot be decoded, without decoding it.</summary>
    /// <param name="reader">The reader, on a <see cref="JsonTokenType.String"/> or <see cref="JsonTokenType.PropertyName"/>.</param>
    /// <returns>The problem, or <see langword="null"/> when the text can be decoded.</returns>
    public static string? Check(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (!Utf8.IsValid(raw))
        {
            return RuleMessages.NotUtf8;
        }

        return reader.ValueIsEscaped ? CheckEscapes(raw) : null;
    }

    /// <summary>
    /// Finds the first half of a surrogate pair without its other half in JSON text given as a string, which
    /// could not be turned into UTF-8 without changing it, and makes the error for it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="firstLine">The line, counting from 1, of the text's first character.</param>
    /// <returns>The error, with its line and byte in UTF-8, or <see langword="null"/> when the text can be encoded exactly.</returns>
    public static TimelineJsonError? UnencodableError(string text, long firstLine = 1)
    {
        var span = text.AsSpan();
        var i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0)
        {
            if (!char.IsHighSurrogate(span[i]) || i + 1 == span.Length || !char.IsLowSurrogate(span[i + 1]))
            {
                var lineStart = span[..i].LastIndexOf('\n') + 1;
                var line = firstLine + span[..i].Count('\n');
                return new TimelineJsonError("$", line, System.Text.Encoding.UTF8.GetByteCount(span[lineStart..i]) + 1, RuleMessages.UnpairedSurrogate(span[i]));
            }

            i += 2;
            var next = span[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }

        return null;
    }

    private static string? CheckEscapes(ReadOnlySpan<byte> raw)
    {
        // The reader has checked the syntax of every escape, so each \u has four hex digits.
        var pendingHigh = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                if (pendingHigh >= 0)
                {
                    return RuleMessages.UnpairedSurrogate(pendingHigh);
                }

                continue;
            }

            if (raw[i + 1] != (byte)'u')
            {
                if (pendingHigh >= 0)
                {
                    return RuleMessages.UnpairedSurrogate(pendingHigh);
                }

                i++;
                continue;
            }

            var unit = 0;
            foreach (var digit in raw.Slice(i + 2, 4))
            {
                unit = (unit * 16) + (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
            }

            i += 5;
            if (pendingHigh >= 0)
            {
                if (unit is < 0xDC00 or > 0xDFFF)
                {
                    return RuleMessages.UnpairedSurrogate(pendingHigh);
                }

                pendingHigh = -1;
            }
            else if (unit is >= 0xD800 and <= 0xDBFF)
            {
                pendingHigh = unit;
            }
            else if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return RuleMessages.UnpairedSurrogate(unit);
            }
        }

        return pendingHigh >= 0 ? RuleMessages.UnpairedSurrogate(pendingHigh) : null;
    }
}
