using System;
using NodaTime;
using NodaTime.Text;
using Timelines.Text.Internal;

namespace Timelines.Text;

/// <summary>
/// The EDTF reader behind <see cref="EdtfPattern"/>: one pass over the text, failing at the first character
/// that cannot be right, with a reason a person can act on.
/// </summary>
/// <remarks>
/// A <see langword="ref struct"/> over a span, so that a reader of JSON can parse a value straight from its
/// buffer: a successful parse allocates only the value itself.
/// </remarks>
internal ref struct EdtfParser
{
    private const int Unspecified = -1;

    // EDTF is ASCII and short; longer UTF-8 input is not copied to the stack but parsed from a string instead.
    private const int MaxStackLength = 128;

    private readonly ReadOnlySpan<char> text;
    private readonly bool lenient;
    private int pos;
    private int end;
    private int errorIndex;
    private string? error;

    private EdtfParser(ReadOnlySpan<char> text, bool lenient)
    {
        this.text = text;
        this.lenient = lenient;
    }

    public static ParseResult<EdtfValue> ParseValue(string text, bool lenient)
    {
        var parser = new EdtfParser(text, lenient);
        var value = parser.ReadValue();
        return value is not null ? ParseResult<EdtfValue>.ForValue(value) : parser.Failure<EdtfValue>(text);
    }

    /// <summary>Parses a value, returning <see langword="null"/> for bad text; the reason is not kept.</summary>
    public static EdtfValue? TryParseValue(ReadOnlySpan<char> text, bool lenient) => new EdtfParser(text, lenient).ReadValue();

    /// <summary>
    /// Parses a value from UTF-8 without making a string of it, returning <see langword="null"/> for bad text
    /// (parse the text as a string to learn why).
    /// </summary>
    public static EdtfValue? TryParseValue(ReadOnlySpan<byte> utf8Text, bool lenient)
    {
        if (utf8Text.Length > MaxStackLength)
        {
            return TryParseValue(System.Text.Encoding.UTF8.GetString(utf8Text), lenient);
        }

        Span<char> chars = stackalloc char[MaxStackLength];

        // Any non-ASCII byte makes the text invalid EDTF; it fails here and is explained by the string parser.
        return System.Text.Ascii.ToUtf16(utf8Text, chars, out var written) == System.Buffers.OperationStatus.Done
            ? TryParseValue(chars[..written], lenient)
            : null;
    }

    public static ParseResult<EdtfDate> ParseDate(string text, bool lenient)
    {
        var parser = new EdtfParser(text, lenient);
        if (text.Contains('/', StringComparison.Ordinal))
        {
            parser.Fail(text.IndexOf('/', StringComparison.Ordinal), EdtfMessages.IntervalNotDate);
            return parser.Failure<EdtfDate>(text);
        }

        var date = parser.ReadDateOrFail(0, text.Length);
        return date is not null ? ParseResult<EdtfDate>.ForValue(date) : parser.Failure<EdtfDate>(text);
    }

    private readonly ParseResult<T> Failure<T>(string source)
    {
        var (index, reason) = (errorIndex, error!);
        return ParseResult<T>.ForException(() => new EdtfParseException(source, index, reason));
    }

    private void Fail(int index, string reason)
    {
        if (error is null)
        {
            errorIndex = index;
            error = reason;
        }
    }

    private EdtfValue? ReadValue()
    {
        if (text.Length == 0)
        {
            Fail(0, EdtfMessages.Empty);
            return null;
        }

        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            var date = ReadDateOrFail(0, text.Length);
            return date is null ? null : EdtfValue.ForDate(date);
        }

        var secondSlash = text[(slash + 1)..].IndexOf('/');
        secondSlash = secondSlash < 0 ? -1 : slash + 1 + secondSlash;
        if (secondSlash >= 0)
        {
            Fail(secondSlash, EdtfMessages.SlashCount);
            return null;
        }

        if (!TryReadEnd(0, slash, out var start) || !TryReadEnd(slash + 1, text.Length, out var finish))
        {
            return null;
        }

        var interval = EdtfValue.TryCreateInterval(start, finish, out var problem);
        if (interval is null)
        {
            Fail(start.Kind == EdtfEndKind.Date && finish.Kind == EdtfEndKind.Date ? slash + 1 : 0, EdtfMessages.Reason(problem!));
        }

        return interval;
    }

    private bool TryReadEnd(int from, int to, out EdtfEnd value)
    {
        var segment = text.Slice(from, to - from);
        if (segment.IsEmpty)
        {
            value = EdtfEnd.Unknown;
            return true;
        }

        if (segment.SequenceEqual("..".AsSpan()))
        {
            value = EdtfEnd.Open;
            return true;
        }

        if (segment.SequenceEqual("unknown".AsSpan()) || segment.SequenceEqual("open".AsSpan()))
        {
            if (!lenient)
            {
                value = default;
                Fail(from, EdtfMessages.PreEdtfEnd(segment));
                return false;
            }

            value = segment[0] == 'o' ? EdtfEnd.Open : EdtfEnd.Unknown;
            return true;
        }

        var date = ReadDateOrFail(from, to);
        value = date is null ? default : EdtfEnd.At(date);
        if (date is null)
        {
            return false;
        }

        if (date.HasUnspecifiedDigits)
        {
            var x = segment.IndexOfAny('X', 'u');
            Fail(from + Math.Max(0, x), EdtfMessages.Reason(RuleMessages.IntervalWithUnspecifiedDigits));
            return false;
        }

        if (date.TimeOfDay is not null && !lenient)
        {
            // Sources report intervals such as '2022-02-24T04:00:00+02:00/..'; the lenient syntax (and the JSON
            // format) keeps them as the one documented extension (docs/semantics.md, section 7).
            Fail(from + segment.IndexOf('T'), EdtfMessages.TimeAtIntervalEnd);
            return false;
        }

        return true;
    }

    private EdtfDate? ReadDateOrFail(int from, int to)
    {
        pos = from;
        end = to;
        var date = ReadDate();
        return error is null ? date : null;
    }

    private EdtfDate? ReadDate()
    {
        var start = pos;
        if (Peek() is 'Y' or 'y')
        {
            ReadLetterPrefixedYear(start);
            return null;
        }

        var negative = Peek() == '-';
        if (negative)
        {
            pos++;
        }

        var yearStart = pos;
        if (!ReadDigits(4, "year", out var year, out var unspecifiedYearDigits, allowPartial: true))
        {
            return null;
        }

        if (IsDigitLike(Peek()))
        {
            Fail(pos, EdtfMessages.YearDigits);
            return null;
        }

        if (negative && year == 0 && unspecifiedYearDigits == 0)
        {
            Fail(start, EdtfMessages.NegativeZeroYear);
            return null;
        }

        if (unspecifiedYearDigits > 2)
        {
            Fail(yearStart + 4 - unspecifiedYearDigits, EdtfMessages.YearMostlyUnspecified);
            return null;
        }

        // The year is kept as a signed number, so '-0XXX' would lose its sign and read as '0XXX' (0 to 999).
        if (negative && year == 0)
        {
            Fail(start, EdtfMessages.NegativeYearUnspecified);
            return null;
        }

        year = negative ? -year : year;
        var month = 0;
        var day = 0;
        LocalTime? time = null;
        Offset? offset = null;

        if (Peek() == '-')
        {
            pos++;
            var monthStart = pos;
            if (!ReadTwoDigitsOrX("month", out month))
            {
                return null;
            }

            if (unspecifiedYearDigits > 0)
            {
                Fail(monthStart, month == Unspecified
                    ? EdtfMessages.UnspecifiedMonthAfterYear
                    : EdtfMessages.SpecifiedMonthAfterYear);
                return null;
            }

            if (month is 0 or (> 12 and < 21) or > 24)
            {
                Fail(monthStart, month is > 24 and <= 41
                    ? EdtfMessages.Level2Season(month)
                    : EdtfMessages.NotMonthOrSeason(month));
                return null;
            }

            if (Peek() == '-')
            {
                pos++;
                var dayStart = pos;
                if (month >= 21)
                {
                    Fail(pos - 1, EdtfMessages.SeasonWithDay);
                    return null;
                }

                if (!ReadTwoDigitsOrX("day", out day))
                {
                    return null;
                }

                if (day != Unspecified && month == Unspecified)
                {
                    Fail(dayStart, EdtfMessages.SpecifiedDayAfterMonth);
                    return null;
                }

                if (day != Unspecified && (day == 0 || day > CalendarSystem.Iso.GetDaysInMonth(InRange(year), month)))
                {
                    Fail(dayStart, EdtfMessages.NoSuchDay(day, MonthName(month), year));
                    return null;
                }

                if (Peek() == 'T')
                {
                    if (day == Unspecified)
                    {
                        Fail(pos, EdtfMessages.TimeNeedsFullDate);
                        return null;
                    }

                    pos++;
                    if (!ReadTime(out var timeOfDay, out offset))
                    {
                        return null;
                    }

                    time = timeOfDay;
                }
            }
        }

        if (Peek() == 'T')
        {
            Fail(pos, EdtfMessages.TimeNeedsDay);
            return null;
        }

        var qualifier = ReadQualifier();
        if (error is not null)
        {
            return null;
        }

        if (qualifier != EdtfQualifier.None && time.HasValue)
        {
            Fail(pos - 1, EdtfMessages.Reason(RuleMessages.DateTimeWithQualifier));
            return null;
        }

        if (pos < end)
        {
            Fail(pos, Peek() == '/' ? EdtfMessages.SlashCount : EdtfMessages.Unexpected(text[pos]));
            return null;
        }

        var (low, high) = EdtfDate.YearRange(year, unspecifiedYearDigits);
        if (low < EdtfDate.MinYear || high > EdtfDate.MaxYear || (month == (int)EdtfSeason.Winter && high == EdtfDate.MaxYear))
        {
            Fail(start, EdtfMessages.DateOutOfRange);
            return null;
        }

        if (time is { } t && offset is { } o && !EdtfDate.IsInstantInRange(new LocalDate(year, month, day).At(t), o))
        {
            Fail(start, EdtfMessages.Reason(RuleMessages.DateTimeOutOfRange));
            return null;
        }

        return EdtfDate.FromParts(year, unspecifiedYearDigits, month, day, time, offset, qualifier);
    }

    private void ReadLetterPrefixedYear(int start)
    {
        if (Peek() == 'y' && !lenient)
        {
            Fail(pos, EdtfMessages.LowercaseY);
            return;
        }

        pos++;
        if (Peek() == '-')
        {
            pos++;
        }

        var digitsStart = pos;
        while (pos < end && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        var digits = pos - digitsStart;
        if (digits == 0)
        {
            Fail(pos, EdtfMessages.YWithoutDigits);
        }
        else if (Peek() is 'E' or 'S')
        {
            Fail(pos, Peek() == 'E'
                ? EdtfMessages.Exponent
                : EdtfMessages.SignificantDigits);
        }
        else if (digits <= 4)
        {
            Fail(start, EdtfMessages.ShortYWithPrefix);
        }
        else if (text[digitsStart] == '0')
        {
            Fail(digitsStart, EdtfMessages.LeadingZeroWithPrefix);
        }
        else if (pos < end)
        {
            Fail(pos, EdtfMessages.PrefixedYearAlone);
        }
        else
        {
            Fail(start, EdtfMessages.YearOutOfRange(text.Slice(start + 1, pos - start - 1)));
        }
    }

    private bool ReadTime(out LocalTime time, out Offset? offset)
    {
        time = default;
        offset = null;
        if (pos >= end)
        {
            Fail(pos, EdtfMessages.TWithoutTime);
            return false;
        }

        var timeStart = pos;
        if (!ReadNumber(2, "hour", out var hour) || !Expect(':') || !ReadNumber(2, "minute", out var minute)
            || !Expect(':') || !ReadNumber(2, "second", out var second))
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            Fail(timeStart, EdtfMessages.NotATimeOfDay(text.Slice(timeStart, 8)));
            return false;
        }

        time = new LocalTime(hour, minute, second);
        if (Peek() is '.' or ',')
        {
            Fail(pos, EdtfMessages.FractionOfSecond);
            return false;
        }

        switch (Peek())
        {
            case 'Z':
                pos++;
                offset = Offset.Zero;
                return true;
            case '+' or '-':
                var sign = text[pos] == '-' ? -1 : 1;
                var offsetStart = pos;
                pos++;
                if (!ReadNumber(2, "offset hour", out var offsetHours))
                {
                    return false;
                }

                var offsetMinutes = 0;
                if (Peek() == ':' && (pos++ >= 0) && !ReadNumber(2, "offset minute", out offsetMinutes))
                {
                    return false;
                }

                if (offsetHours > 18 || offsetMinutes > 59 || (offsetHours == 18 && offsetMinutes > 0))
                {
                    Fail(offsetStart, EdtfMessages.OffsetOutOfRange(text.Slice(offsetStart, pos - offsetStart)));
                    return false;
                }

                offset = Offset.FromSeconds(sign * ((offsetHours * 3600) + (offsetMinutes * 60)));
                return true;
            default:
                return true;
        }
    }

    private EdtfQualifier ReadQualifier()
    {
        var qualifier = QualifierOf(Peek());
        if (qualifier == EdtfQualifier.None)
        {
            return qualifier;
        }

        pos++;
        if (QualifierOf(Peek()) != EdtfQualifier.None)
        {
            Fail(pos, EdtfMessages.TwoQualifiers);
        }

        return qualifier;

        static EdtfQualifier QualifierOf(char c) => c switch
        {
            '?' => EdtfQualifier.Uncertain,
            '~' => EdtfQualifier.Approximate,
            '%' => EdtfQualifier.UncertainAndApproximate,
            _ => EdtfQualifier.None,
        };
    }

    /// <summary>Reads a fixed number of digits, where unspecified digits (X, or u when lenient) may end the run.</summary>
    private bool ReadDigits(int count, string what, out int value, out int unspecified, bool allowPartial)
    {
        value = 0;
        unspecified = 0;
        for (var i = 0; i < count; i++)
        {
            var c = Peek();
            if (char.IsAsciiDigit(c))
            {
                if (unspecified > 0)
                {
                    Fail(pos, EdtfMessages.XBeforeDigit);
                    return false;
                }

                value = (value * 10) + (c - '0');
            }
            else if (c == 'X' || (c == 'u' && lenient))
            {
                unspecified++;
                value *= 10;
            }
            else if (c == 'u')
            {
                Fail(pos, EdtfMessages.LowercaseU);
                return false;
            }
            else
            {
                Fail(pos, pos >= end || c == '-'
                    ? EdtfMessages.DigitCount(what, count)
                    : EdtfMessages.ExpectedDigit(what, c));
                return false;
            }

            pos++;
        }

        if (!allowPartial && unspecified > 0 && unspecified < count)
        {
            Fail(pos - count, EdtfMessages.PartlyUnspecified(what));
            return false;
        }

        return true;
    }

    private bool ReadTwoDigitsOrX(string what, out int value)
    {
        if (!ReadDigits(2, what, out value, out var unspecified, allowPartial: false))
        {
            return false;
        }

        if (unspecified == 2)
        {
            value = Unspecified;
        }

        if (IsDigitLike(Peek()))
        {
            Fail(pos, EdtfMessages.TwoDigits(what));
            return false;
        }

        return true;
    }

    private bool ReadNumber(int count, string what, out int value)
    {
        value = 0;
        for (var i = 0; i < count; i++)
        {
            var c = Peek();
            if (!char.IsAsciiDigit(c))
            {
                Fail(pos, pos >= end ? EdtfMessages.EndsInside(what) : EdtfMessages.ExpectedDigit(what, c));
                return false;
            }

            value = (value * 10) + (c - '0');
            pos++;
        }

        return true;
    }

    private bool Expect(char expected)
    {
        if (Peek() == expected)
        {
            pos++;
            return true;
        }

        Fail(pos, pos >= end ? EdtfMessages.EndsBefore(expected) : EdtfMessages.ExpectedChar(expected, text[pos]));
        return false;
    }

    private readonly char Peek() => pos < end ? text[pos] : '\0';

    private readonly bool IsDigitLike(char c) => char.IsAsciiDigit(c) || c == 'X' || (lenient && c == 'u');

    // The day check needs a real year; year 0 and negative years are valid ISO years, so only clamp to the range.
    private static int InRange(int year) => Math.Clamp(year, EdtfDate.MinYear, EdtfDate.MaxYear);

    private static string MonthName(int month) =>
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
