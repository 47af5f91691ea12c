using System.Globalization;
using System.Text.Json;

namespace Timelines.Serialization.Internal;

/// <summary>
/// The messages the readers of the format give for bad input, in one place, so that the same fault reads the same
/// in every reader and tests assert on these rather than on copies of the text. A rule of the model (text, ids,
/// dates, relations) that a reader reports reads as the model gives it, from <see cref="RuleMessages"/>.
/// </summary>
internal static class ReadMessages
{
    public const string EmptyDocument = "The JSON is malformed: the document is empty.";

    public const string DocumentEndsEarly = "The document ends before it is complete.";

    public const string NumberOutOfRange = "The number is out of the range of a double.";

    public const string NotAPoint = "A point must be the string \"start\" or \"end\".";

    public static string GivenTwice(string name) => $"The property '{name}' is given twice.";

    public static string MissingRequired(string name) => $"The required property '{name}' is missing.";

    /// <summary>The message for an object that is not one: <paramref name="what"/> is "An event", "A place" and so on.</summary>
    public static string NotAnObject(string what, JsonTokenType actual) => $"{what} must be a JSON object, not {Describe(actual)}.";

    /// <summary>The message for a value of the wrong kind: <paramref name="expected"/> is "a string", "an array of events" and so on.</summary>
    public static string Expected(string expected, JsonTokenType actual) => $"Expected {expected}, not {Describe(actual)}.";

    public static string UnreadableName(string problem) => "A property name cannot be read. " + problem;

    public static string NotAPropertyOf(string name, string what) =>
        $"'{name}' is not a property of {what}; put data of your own on the event, where unknown properties are kept.";

    public static string UnsupportedFormat(string format, string supported) => $"The format '{format}' is not supported; this library reads \"{supported}\".";

    public static string NotATimeZone(string zoneId) => $"'{zoneId}' is not a time zone id of the TZDB (such as 'Europe/Minsk' or 'UTC').";

    public static string NotADay(string text) => $"'{text}' is not a day in the form yyyy-MM-dd.";

    public static string NotAUrl(string text) => $"'{text}' is not a URL.";

    public static string NotAGap(string text) => $"'{text}' is not a gap: give an ISO 8601 period such as P2D, PT12H or P-3M.";

    public static string DocumentTooLarge(int bytes, long limit) => $"The document is {bytes} bytes, more than the limit (MaxDocumentBytes = {limit}).";

    /// <summary>The message for a document found too large before all of it was read, so its length is a lower bound.</summary>
    public static string DocumentTooLargeAtLeast(long bytes, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit (MaxDocumentBytes = {limit}); {bytes} bytes or more.");

    public static string EventTooLarge(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"The value is larger than the limit for streaming (MaxEventBytes = {limit}).");

    public static string LineTooLong(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"The line is longer than the limit (MaxEventBytes = {limit}).");

    /// <summary>Names a token for a message, as "an object", "a string" or "null".</summary>
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };
}
