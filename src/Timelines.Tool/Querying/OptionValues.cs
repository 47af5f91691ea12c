using System;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Timelines.Text;

namespace Timelines.Tool.Querying;

/// <summary>
/// Parses option values (EDTF periods, days, instants, zones, counts) with the library's and NodaTime's own
/// parsers, turning a bad value into a parse error that names the option, the value and the character at
/// fault, so that the command stops with exit code 2 before reading any file.
/// </summary>
internal static class OptionValues
{
    /// <summary>Parses an EDTF value, such as <c>2022-03</c> or <c>2022-02-24/..</c>.</summary>
    public static EdtfValue? Edtf(ArgumentResult result) => Edtf(result, Text(result));

    /// <summary>Parses a day, <c>yyyy-MM-dd</c>.</summary>
    public static LocalDate? Day(ArgumentResult result) =>
        FromNodaTime(result, LocalDatePattern.Iso.Parse(Text(result)), "a day such as 2022-10-15");

    /// <summary>Parses an instant with its offset, such as <c>2022-10-15T12:00:00Z</c> or <c>2022-10-15T15:00:00+03:00</c>.</summary>
    public static Instant? Instant(ArgumentResult result) =>
        FromNodaTime(result, OffsetDateTimePattern.ExtendedIso.Parse(Text(result)), "an instant such as 2022-10-15T12:00:00Z")?.ToInstant();

    /// <summary>Parses a TZDB zone id, such as <c>Europe/Minsk</c>.</summary>
    public static DateTimeZone? Zone(ArgumentResult result)
    {
        var text = Text(result);
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) is { } zone)
        {
            return zone;
        }

        result.AddError($"{OptionName(result)} {text}: not a time zone id of the TZDB (such as Europe/Minsk or UTC).");
        return null;
    }

    /// <summary>Parses a count, 0 or more.</summary>
    public static int? Count(ArgumentResult result)
    {
        var text = Text(result);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        result.AddError($"{OptionName(result)} {text}: not a whole number, 0 or more.");
        return null;
    }

    /// <summary>Parses <c>POINT[,COUNT]</c> for <c>--next</c> and <c>--previous</c>; the count is 1 when left out.</summary>
    public static NearestEvents? Nearest(ArgumentResult result)
    {
        var text = Text(result);
        var comma = text.LastIndexOf(',');
        var count = 1;
        if (comma >= 0 && !int.TryParse(text.AsSpan(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            result.AddError($"{OptionName(result)} {text}: the count after the comma must be a whole number, 0 or more (such as 2022-03,5).");
            return null;
        }

        var point = Edtf(result, comma >= 0 ? text[..comma] : text);
        return point is null ? null : new NearestEvents(point, count);
    }

    /// <summary>Parses <c>RELATION:PERIOD</c> or <c>RELATION:@EVENT-ID</c> for <c>--related</c>.</summary>
    public static RelatedTo? Related(ArgumentResult result)
    {
        var text = Text(result);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var names = string.Join(", ", AllenRelationNames.All.Select(AllenRelationNames.Of));
        if (colon <= 0 || AllenRelationNames.Parse(text[..colon]) is not { } relation)
        {
            result.AddError($"{OptionName(result)} {text}: give RELATION:PERIOD or RELATION:@EVENT-ID, such as during:2022-03, with a relation among {names}.");
            return null;
        }

        var target = text[(colon + 1)..];
        if (target.StartsWith('@'))
        {
            if (target.Length == 1)
            {
                result.AddError($"{OptionName(result)} {text}: the event id after @ is missing.");
                return null;
            }

            return new RelatedTo(relation, null, target[1..]);
        }

        var period = Edtf(result, target);
        return period is null ? null : new RelatedTo(relation, period, null);
    }

    private static EdtfValue? Edtf(ArgumentResult result, string text)
    {
        try
        {
            return EdtfValue.Parse(text);
        }
        catch (EdtfParseException exception)
        {
            // The library's reason and character, with a caret under it, as compilers show a column.
            var caret = new string(' ', Math.Clamp(exception.Index, 0, text.Length)) + "^";
            result.AddError($"{OptionName(result)} {text}: not EDTF: {exception.Reason} (at character {exception.Index + 1}).\n    {text}\n    {caret}");
            return null;
        }
    }

    private static T? FromNodaTime<T>(ArgumentResult result, ParseResult<T> parsed, string expected)
        where T : struct
    {
        if (parsed.Success)
        {
            return parsed.Value;
        }

        // NodaTime's message marks the character at fault with '^' inside the value it quotes.
        var reason = parsed.Exception.Message.Replace(Environment.NewLine, " ", StringComparison.Ordinal);
        result.AddError($"{OptionName(result)} {Text(result)}: not {expected}: {reason}");
        return null;
    }

    private static string Text(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
