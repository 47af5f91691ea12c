using System;
using System.Collections.Frozen;
using System.Text.Json;

namespace Timelines;

/// <summary>
/// What an extension bag may hold, checked when an extension is set (in code) or read: a key is one-line text
/// that is not a property of the format, and a value is JSON that can be written back exactly.
/// </summary>
internal static class ExtensionRules
{
    /// <summary>Gets the properties of an event in the format, which no extension of an event may be named.</summary>
    public static FrozenSet<string> EventPropertyNames { get; } = FrozenSet.ToFrozenSet(
        ["id", "title", "when", "bounds", "summary", "status", "tags", "actors", "places", "sources", "relations"],
        StringComparer.Ordinal);

    /// <summary>Gets the properties of a timeline in the format, which no extension of a timeline may be named.</summary>
    public static FrozenSet<string> TimelinePropertyNames { get; } = FrozenSet.ToFrozenSet(
        ["format", "id", "title", "description", "timeZone", "asOf", "events"],
        StringComparer.Ordinal);

    /// <summary>Says why a key and value cannot be an extension, naming the parameter at fault.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="reserved">The format's own property names for the object that holds the bag.</param>
    /// <returns>The parameter and the problem, or <see langword="null"/> if the extension can be held and written.</returns>
    public static (string Parameter, string Problem)? Check(string key, JsonElement value, FrozenSet<string> reserved)
    {
        if (TextRules.Check(key, TextKind.Line) is { } text)
        {
            return (nameof(key), text);
        }

        if (reserved.Contains(key))
        {
            return (nameof(key), $"'{key}' is a property of the format, so it cannot also be an extension; rename it (for example 'x-{key}').");
        }

        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return (nameof(value), "The value is an undefined JsonElement; pass a value read from a document.");
        }

        return TextRules.CheckJson(value) is { } json ? (nameof(value), json) : null;
    }

    /// <summary>Checks an extension set in code.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="reserved">The format's own property names for the object that holds the bag.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key or the value cannot be an extension.</exception>
    public static void Require(string key, JsonElement value, FrozenSet<string> reserved)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Check(key, value, reserved) is var (parameter, problem))
        {
            throw new ArgumentException(problem, parameter);
        }
    }
}
