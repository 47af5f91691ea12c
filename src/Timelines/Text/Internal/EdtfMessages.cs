using System;
using System.Globalization;

namespace Timelines.Text.Internal;

/// <summary>
/// The words of the EDTF parser, in one place, so that tests assert on these rather than on copies of the text.
/// Each is a reason, lower case and without a full stop, that <see cref="NotValid"/> sets in its sentence; a rule
/// the model's constructors check as well (a date-time's range, its qualifier, an interval's ends) reads as the
/// model's sentence in <see cref="RuleMessages"/>, made a reason by <see cref="Reason"/>.
/// </summary>
internal static class EdtfMessages
{
    /// <summary>The message of an <see cref="EdtfParseException"/> made with no details.</summary>
    public const string NotValidNoDetails = "The text is not valid EDTF.";

    public const string IntervalNotDate = "a single date was expected, not an interval";

    public const string Empty = "the text is empty; an EDTF value has at least a year, such as '2022'";

    public const string SlashCount = "an interval has exactly one '/'";

    public const string TimeAtIntervalEnd = "a time of day at an interval's end is outside EDTF levels 0 and 1; parse leniently to accept it";

    public const string YearDigits = "a year has four digits; longer years take the 'Y' prefix, and lie outside the range -9998 to 9999 that is supported";

    public const string NegativeZeroYear = "'-0000' is not a year; year zero is written '0000'";

    public const string YearMostlyUnspecified =
        "a year with more than two unspecified digits ('1XXX', 'XXXX') is EDTF level 2, which is not supported; level 1 allows '201X' and '20XX'";

    public const string NegativeYearUnspecified =
        "a negative year with unspecified digits needs a non-zero digit, such as '-1XXX'; the years -999 to 0 cannot be written this way";

    public const string UnspecifiedMonthAfterYear =
        "a month after a year with unspecified digits ('201X-XX') is EDTF level 2, which is not supported; write the year alone ('201X')";

    public const string SpecifiedMonthAfterYear =
        "only the last digits of a date may be unspecified at level 1; a specified month after an unspecified year is level 2";

    public const string SpecifiedDayAfterMonth =
        "only the last digits of a date may be unspecified at level 1; a specified day after an unspecified month is level 2";

    public const string SeasonWithDay = "a season has no day";

    public const string TimeNeedsFullDate = "a time needs a fully specified date";

    public const string TimeNeedsDay = "a time needs a date with a day, such as '2022-02-24T04:00:00Z'";

    public const string DateOutOfRange = "the date reaches outside the years -9998 to 9999 that NodaTime's ISO calendar supports";

    public const string LowercaseY = "the lowercase 'y' prefix is pre-2019 EDTF; write 'Y', or parse leniently";

    public const string YWithoutDigits = "'Y' must be followed by the digits of a year";

    public const string Exponent = "exponential years ('E') are EDTF level 2, which is not supported";

    public const string SignificantDigits = "significant digits ('S') are EDTF level 2, which is not supported";

    public const string ShortYWithPrefix = "the 'Y' prefix is only for years of more than four digits; write the year without it";

    public const string LeadingZeroWithPrefix =
        "the 'Y' prefix is only for years of more than four digits, written without leading zeros; write the year without it";

    public const string PrefixedYearAlone = "a letter-prefixed year stands alone, without month, day or qualifier";

    public const string TWithoutTime = "'T' must be followed by a time, hh:mm:ss";

    public const string FractionOfSecond = "fractions of a second are not part of EDTF levels 0 and 1";

    public const string TwoQualifiers = "a date takes one qualifier; write '%' for uncertain and approximate";

    public const string XBeforeDigit = "only the last digits may be unspecified ('X') at level 1; an 'X' before a digit is level 2";

    public const string LowercaseU = "'u' is pre-2019 EDTF; write 'X' for an unspecified digit, or parse leniently";

    /// <summary>The words of an <see cref="EdtfParseException"/> for a problem at a character of some text.</summary>
    public static string NotValid(string text, int index, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"'{text}' is not valid EDTF: {reason} (at character {index + 1}).");

    /// <summary>Makes one of the model's sentences a reason: lower case, without its full stop.</summary>
    public static string Reason(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..].TrimEnd('.');

    public static string PreEdtfEnd(ReadOnlySpan<char> word) =>
        $"'{word}' is pre-2019 EDTF; write {(word[0] == 'o' ? "'..'" : "nothing")} for an {word} end, or parse leniently";

    public static string Level2Season(int month) => string.Create(CultureInfo.InvariantCulture, $"'{month:D2}' is a level 2 season; level 1 has the seasons 21 to 24");

    public static string NotMonthOrSeason(int month) =>
        string.Create(CultureInfo.InvariantCulture, $"'{month:D2}' is neither a month (01 to 12) nor a season (21 to 24)");

    public static string NoSuchDay(int day, string monthName, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"day {day:D2} does not exist in {monthName} {year}");

    public static string Unexpected(char c) => $"unexpected '{c}'";

    public static string YearOutOfRange(ReadOnlySpan<char> year) =>
        $"the year {year} is outside the years -9998 to 9999 that NodaTime's ISO calendar supports";

    public static string NotATimeOfDay(ReadOnlySpan<char> time) => $"{time} is not a time of day (00:00:00 to 23:59:59)";

    public static string OffsetOutOfRange(ReadOnlySpan<char> offset) => $"the offset {offset} is out of range (-18:00 to +18:00)";

    /// <summary>A run of digits cut short, or a date part with too few digits.</summary>
    public static string DigitCount(string what, int count) => string.Create(CultureInfo.InvariantCulture, $"the {what} must have {count} digits");

    /// <summary>A month or day with more than two digits.</summary>
    public static string TwoDigits(string what) => $"the {what} must have two digits";

    public static string ExpectedDigit(string what, char found) => $"expected a digit of the {what}, found '{found}'";

    public static string PartlyUnspecified(string what) => $"a {what} is either wholly unspecified ('XX') or written in full at level 1";

    public static string EndsInside(string what) => $"the text ends inside the {what}";

    public static string EndsBefore(char expected) => $"the text ends where '{expected}' was expected";

    public static string ExpectedChar(char expected, char found) => $"expected '{expected}', found '{found}'";
}
