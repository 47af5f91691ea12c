using System;
using NodaTime;
using NodaTime.Text;

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
            parser.Fail(text.IndexOf('/', StringComparison.Ordinal), "a single date was expected, not an interval");
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
            Fail(0, "the text is empty; an EDTF value has at least a year, such as '2022'");
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
            Fail(secondSlash, "an interval has exactly one '/'");
            return null;
        }

        if (!TryReadEnd(0, slash, out var start) || !TryReadEnd(slash + 1, text.Length, out var finish))
        {
            return null;
        }

        var interval = EdtfValue.TryCreateInterval(start, finish, out var problem);
        if (interval is null)
        {
            Fail(start.Kind == EdtfEndKind.Date && finish.Kind == EdtfEndKind.Date ? slash + 1 : 0, FirstLower(problem!));
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
                Fail(from, $"'{segment}' is pre-2019 EDTF; write {(segment[0] == 'o' ? "'..'" : "nothing")} for an {segment} end, or parse leniently");
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
            Fail(from + Math.Max(0, x), "unspecified digits ('X') in the dates of an interval are EDTF level 2, which is not supported");
            return false;
        }

        if (date.TimeOfDay is not null && !lenient)
        {
            // Sources report intervals such as '2022-02-24T04:00:00+02:00/..'; the lenient syntax (and the JSON
            // format) keeps them as the one documented extension (docs/semantics.md, section 7).
            Fail(from + segment.IndexOf('T'), "a time of day at an interval's end is outside EDTF levels 0 and 1; parse leniently to accept it");
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
            Fail(pos, "a year has four digits; longer years take the 'Y' prefix, and lie outside the range -9998 to 9999 that is supported");
            return null;
        }

        if (negative && year == 0 && unspecifiedYearDigits == 0)
        {
            Fail(start, "'-0000' is not a year; year zero is written '0000'");
            return null;
        }

        if (unspecifiedYearDigits > 2)
        {
            Fail(yearStart + 4 - unspecifiedYearDigits, "a year with more than two unspecified digits ('1XXX', 'XXXX') is EDTF level 2, which is not supported; level 1 allows '201X' and '20XX'");
            return null;
        }

        // The year is kept as a signed number, so '-0XXX' would lose its sign and read as '0XXX' (0 to 999).
        if (negative && year == 0)
        {
            Fail(start, "a negative year with unspecified digits needs a non-zero digit, such as '-1XXX'; the years -999 to 0 cannot be written this way");
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
                    ? "a month after a year with unspecified digits ('201X-XX') is EDTF level 2, which is not supported; write the year alone ('201X')"
                    : "only the last digits of a date may be unspecified at level 1; a specified month after an unspecified year is level 2");
                return null;
            }

            if (month is 0 or (> 12 and < 21) or > 24)
            {
                Fail(monthStart, month is > 24 and <= 41
                    ? $"'{month:D2}' is a level 2 season; level 1 has the seasons 21 to 24"
                    : $"'{month:D2}' is neither a month (01 to 12) nor a season (21 to 24)");
                return null;
            }

            if (Peek() == '-')
            {
                pos++;
                var dayStart = pos;
                if (month >= 21)
                {
                    Fail(pos - 1, "a season has no day");
                    return null;
                }

                if (!ReadTwoDigitsOrX("day", out day))
                {
                    return null;
                }

                if (day != Unspecified && month == Unspecified)
                {
                    Fail(dayStart, "only the last digits of a date may be unspecified at level 1; a specified day after an unspecified month is level 2");
                    return null;
                }

                if (day != Unspecified && (day == 0 || day > CalendarSystem.Iso.GetDaysInMonth(InRange(year), month)))
                {
                    Fail(dayStart, $"day {day:D2} does not exist in {MonthName(month)} {year}");
                    return null;
                }

                if (Peek() == 'T')
                {
                    if (day == Unspecified)
                    {
                        Fail(pos, "a time needs a fully specified date");
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
            Fail(pos, "a time needs a date with a day, such as '2022-02-24T04:00:00Z'");
            return null;
        }

        var qualifier = ReadQualifier();
        if (error is not null)
        {
            return null;
        }

        if (qualifier != EdtfQualifier.None && time.HasValue)
        {
            Fail(pos - 1, "a date-time cannot carry a qualifier");
            return null;
        }

        if (pos < end)
        {
            Fail(pos, Peek() == '/' ? "an interval has exactly one '/'" : $"unexpected '{text[pos]}'");
            return null;
        }

        var (low, high) = EdtfDate.YearRange(year, unspecifiedYearDigits);
        if (low < EdtfDate.MinYear || high > EdtfDate.MaxYear || (month == (int)EdtfSeason.Winter && high == EdtfDate.MaxYear))
        {
            Fail(start, $"the date reaches outside the years -9998 to 9999 that NodaTime's ISO calendar supports");
            return null;
        }

        if (time is { } t && offset is { } o && !EdtfDate.IsInstantInRange(new LocalDate(year, month, day).At(t), o))
        {
            Fail(start, "the date-time is outside the instants -9998-01-01T00:00:00Z to 9999-12-31T23:59:59Z that NodaTime supports");
            return null;
        }

        return EdtfDate.FromParts(year, unspecifiedYearDigits, month, day, time, offset, qualifier);
    }

    private void ReadLetterPrefixedYear(int start)
    {
        if (Peek() == 'y' && !lenient)
        {
            Fail(pos, "the lowercase 'y' prefix is pre-2019 EDTF; write 'Y', or parse leniently");
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
            Fail(pos, "'Y' must be followed by the digits of a year");
        }
        else if (Peek() is 'E' or 'S')
        {
            Fail(pos, Peek() == 'E'
                ? "exponential years ('E') are EDTF level 2, which is not supported"
                : "significant digits ('S') are EDTF level 2, which is not supported");
        }
        else if (digits <= 4)
        {
            Fail(start, "the 'Y' prefix is only for years of more than four digits; write the year without it");
        }
        else if (text[digitsStart] == '0')
        {
            Fail(digitsStart, "the 'Y' prefix is only for years of more than four digits, written without leading zeros; write the year without it");
        }
        else if (pos < end)
        {
            Fail(pos, "a letter-prefixed year stands alone, without month, day or qualifier");
        }
        else
        {
            Fail(start, $"the year {text.Slice(start + 1, pos - start - 1)} is outside the years -9998 to 9999 that NodaTime's ISO calendar supports");
        }
    }

    private bool ReadTime(out LocalTime time, out Offset? offset)
    {
        time = default;
        offset = null;
        if (pos >= end)
        {
            Fail(pos, "'T' must be followed by a time, hh:mm:ss");
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
            Fail(timeStart, $"{text.Slice(timeStart, 8)} is not a time of day (00:00:00 to 23:59:59)");
            return false;
        }

        time = new LocalTime(hour, minute, second);
        if (Peek() is '.' or ',')
        {
            Fail(pos, "fractions of a second are not part of EDTF levels 0 and 1");
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
                    Fail(offsetStart, $"the offset {text.Slice(offsetStart, pos - offsetStart)} is out of range (-18:00 to +18:00)");
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
            Fail(pos, "a date takes one qualifier; write '%' for uncertain and approximate");
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
                    Fail(pos, "only the last digits may be unspecified ('X') at level 1; an 'X' before a digit is level 2");
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
                Fail(pos, "'u' is pre-2019 EDTF; write 'X' for an unspecified digit, or parse leniently");
                return false;
            }
            else
            {
                Fail(pos, pos >= end || c == '-'
                    ? $"the {what} must have {count} digits"
                    : $"expected a digit of the {what}, found '{c}'");
                return false;
            }

            pos++;
        }

        if (!allowPartial && unspecified > 0 && unspecified < count)
        {
            Fail(pos - count, $"a {what} is either wholly unspecified ('XX') or written in full at level 1");
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
            Fail(pos, $"the {what} must have two digits");
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
                Fail(pos, pos >= end ? $"the text ends inside the {what}" : $"expected a digit of the {what}, found '{c}'");
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

        Fail(pos, pos >= end ? $"the text ends where '{expected}' was expected" : $"expected '{expected}', found '{text[pos]}'");
        return false;
    }

    private readonly char Peek() => pos < end ? text[pos] : '\0';

    private readonly bool IsDigitLike(char c) => char.IsAsciiDigit(c) || c == 'X' || (lenient && c == 'u');

    // The day check needs a real year; year 0 and negative years are valid ISO years, so only clamp to the range.
    private static int InRange(int year) => Math.Clamp(year, EdtfDate.MinYear, EdtfDate.MaxYear);

    private static string MonthName(int month) =>
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static string FirstLower(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..].TrimEnd('.');
}
