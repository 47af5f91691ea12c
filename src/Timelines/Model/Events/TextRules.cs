using System;
using System.Buffers;
using System.Globalization;

namespace Timelines;

/// <summary>
/// What text the model may hold, and what counts as blank: the one home of these rules, used by the constructors
/// (which throw <see cref="ArgumentException"/>), by <see cref="TimelineValidator"/> and by every JSON reader
/// (which report the same message at the value's position); the words are in <see cref="RuleMessages"/>.
/// docs/json-format.md explains the reasons.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>No text holds half of a surrogate pair without the other half: it cannot be written as UTF-8, so it would
/// be changed or refused on save.</item>
/// <item>Prose (summaries, descriptions) holds no control character other than tab, line feed and carriage return.</item>
/// <item>One-line text (everything else) holds no control character, no line or paragraph separator, and no
/// bidirectional embedding, override or isolate control, which reorder how the text around them is shown.</item>
/// <item>Ids follow the one-line rules, hold no invisible format character other than the zero-width joiner and
/// non-joiner (which some scripts need), and, unless blank, neither start nor end with white space. They compare
/// ordinally and are never normalized.</item>
/// <item>Text is blank when it holds only white space and invisible format characters.</item>
/// </list>
/// </remarks>
internal static class TextRules
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    // Every character that some kind of text may not hold; the few hits are then judged one by one.
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        + SurrogateRange());

    /// <summary>Gets whether text is blank: empty, or only white space and invisible format characters (such as U+200B).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> if the text shows nothing.</returns>
    public static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && CharUnicodeInfo.GetUnicodeCategory(text, i) != UnicodeCategory.Format)
            {
                return false;
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }

        return true;
    }

    /// <summary>Says why text breaks the rules of its kind.</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns>The rule broken, as a sentence, or <see langword="null"/> if the text keeps every rule.</returns>
    public static string? Check(string text, TextKind kind)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(Suspects); i >= 0; i = Next(span, i))
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }

            if (kind == TextKind.Prose && c is '\t' or '\n' or '\r' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                continue;
            }

            return c switch
            {
                _ when char.IsSurrogate(c) => RuleMessages.UnpairedSurrogate(c, i),
                _ when kind == TextKind.Prose => RuleMessages.ControlInProse(c, i),
                _ when char.IsControl(c) => RuleMessages.ControlInLine(c, i),
                '\u2028' or '\u2029' => RuleMessages.SeparatorInLine(c, i),
                _ => RuleMessages.BidiControlInLine(c, i),
            };
        }

        return kind == TextKind.Id ? CheckId(text) : null;

        static int Next(ReadOnlySpan<char> span, int i)
        {
            var next = span[(i + 1)..].IndexOfAny(Suspects);
            return next < 0 ? -1 : i + 1 + next;
        }
    }

    /// <summary>Checks text given to a constructor or method.</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="parameterName">The parameter, for the exception.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> breaks a rule of its kind.</exception>
    public static string Require(string text, TextKind kind, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        return RequireOptional(text, kind, parameterName)!;
    }

    /// <summary>Checks optional text given to a constructor or method.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="parameterName">The parameter, for the exception.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> breaks a rule of its kind.</exception>
    public static string? RequireOptional(string? text, TextKind kind, string parameterName) =>
        text is not null && Check(text, kind) is { } problem ? throw new ArgumentException(problem, parameterName) : text;

    private static string? CheckId(string text)
    {
        if (IsBlank(text))
        {
            // Blank ids are a rule of a timeline, reported with every other problem when it is built.
            return null;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return RuleMessages.IdEdgeWhiteSpace;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u00AD')
            {
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.Format && c is not (ZeroWidthJoiner or ZeroWidthNonJoiner))
            {
                return RuleMessages.FormatCharacterInId(char.ConvertToUtf32(text, i), i);
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }

        return null;
    }

    private static string SurrogateRange()
    {
        var range = new char[0xE000 - 0xD800];
        for (var i = 0; i < range.Length; i++)
        {
            range[i] = (char)(0xD800 + i);
        }

        return new string(range);
    }
}
