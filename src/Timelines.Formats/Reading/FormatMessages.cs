namespace Timelines.Formats.Reading;

/// <summary>
/// Every message the readers give, in one place, so that one rule always says the same words (and tests assert on
/// these, not on copies).
/// </summary>
internal static class FormatMessages
{
    public const string Empty = "The file is empty.";
    public const string InvalidUtf8 = "The file is not valid UTF-8.";
    public const string NoTitle = "The event has no title; every event needs one.";
    public const string NoStartDate = "The event has no start date; every event needs one.";
    public const string NoYear = "The date has no year; every date needs one.";

    public static string NotJson(string reason) => $"The text is not valid JSON: {FirstSentences(reason)}";

    /// <summary>
    /// System.Text.Json's messages without what they append for programmers ("LineNumber: 0 | BytePositionInLine:
    /// 1.", "Path: $", "Change the reader options."): the error already says where, counted from 1.
    /// </summary>
    private static string FirstSentences(string message)
    {
        foreach (var tail in new[] { " Path: ", " LineNumber: ", " Change the reader options." })
        {
            var cut = message.IndexOf(tail, System.StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message;
    }

    public static string NotA(string what) => $"The value must be {what}.";

    public static string Unknown(string what, string name) => $"'{name}' is not a known {what}.";

    public static string Twice(string name) => $"'{name}' is given twice.";

    public static string OutOfRange(string what, string text, string range) => $"The {what} '{text}' is not {range}.";

    public static string NotNumber(string what, string text) => $"The {what} '{text}' is not a whole number.";

    public static string NeedsPart(string part, string missing) => $"A {part} needs a {missing} too.";

    public static string NotAbsoluteUrl(string text) => $"'{text}' is not an absolute URL.";

    public static string Disagree(string first, string second) => $"The columns '{first}' and '{second}' disagree; correct one of them or leave one empty.";

    public static string NotCsv(string reason) => $"The text is not valid CSV: {reason}";

    public static string MissingColumn(string name) => $"The header has no '{name}' column.";

    public static string ColumnTwice(string name) => $"The header names the column '{name}' twice.";

    public static string WrongFieldCount(int expected, int actual) => $"The row has {actual} fields, but the header has {expected}.";

    public static string NotTime(string text) => $"'{text}' is not a time of day (such as 14:30 or 2:30 PM).";

    public static string NotICalendar(string reason) => $"The text is not valid iCalendar: {reason}";
}
