using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Json;
using Timelines.Serialization.Internal;

namespace Timelines;

/// <summary>
/// What an extension bag may hold, checked when an extension is set (in code) or read: a key is one-line text
/// that is not a property of the format, and a value is JSON that can be written back exactly and means one
/// thing: every string and name valid Unicode, and no name given twice in one object (JSON leaves the meaning of
/// a repeated name open, and equality could not be defined for it).
/// </summary>
internal static class ExtensionRules
{
    /// <summary>Gets the properties of an event in the format, which no extension of an event may be named.</summary>
    public static FrozenSet<string> EventPropertyNames { get; } = FrozenSet.ToFrozenSet(PropertyNames.Event.All.Names, StringComparer.Ordinal);

    /// <summary>Gets the properties of a timeline in the format, which no extension of a timeline may be named.</summary>
    public static FrozenSet<string> TimelinePropertyNames { get; } = FrozenSet.ToFrozenSet(PropertyNames.Timeline.All.Names, StringComparer.Ordinal);

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
            return (nameof(key), RuleMessages.ExtensionKeyReserved(key));
        }

        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return (nameof(value), RuleMessages.ExtensionValueUndefined);
        }

        return CheckValue(value) is { } json ? (nameof(value), json) : null;
    }

    /// <summary>Says why a JSON value cannot be an extension's value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The problem, or <see langword="null"/> if the value can be held and written back exactly.</returns>
    public static string? CheckValue(JsonElement value)
    {
        try
        {
            return Walk(value);
        }
        catch (InvalidOperationException)
        {
            // GetString and Name throw on text that cannot be decoded, which is exactly the text that cannot be written.
            return RuleMessages.ExtensionValueNotUnicode;
        }

        static string? Walk(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    _ = value.GetString();
                    break;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        if (Walk(item) is { } problem)
                        {
                            return problem;
                        }
                    }

                    break;
                case JsonValueKind.Object:
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var property in value.EnumerateObject())
                    {
                        if (!names.Add(property.Name))
                        {
                            return RuleMessages.ExtensionNameRepeated(property.Name);
                        }

                        if (Walk(property.Value) is { } problem)
                        {
                            return problem;
                        }
                    }

                    break;
            }

            return null;
        }
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
