using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Timelines;

/// <summary>
/// Structural equality for the JSON values of an extension bag: two values are equal when they mean the same
/// JSON, whatever their layout or the order of object members. (JsonElement.DeepEquals exists only from .NET 9.)
/// </summary>
internal static class JsonElementEquality
{
    public static bool AreEqual(JsonElement x, JsonElement y)
    {
        if (x.ValueKind != y.ValueKind)
        {
            return false;
        }

        switch (x.ValueKind)
        {
            case JsonValueKind.Object:
                var xs = x.EnumerateObject().ToList();
                var ys = y.EnumerateObject().ToList();
                if (xs.Count != ys.Count)
                {
                    return false;
                }

                var lookup = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var property in ys)
                {
                    lookup[property.Name] = property.Value;
                }

                return xs.All(p => lookup.TryGetValue(p.Name, out var other) && AreEqual(p.Value, other));
            case JsonValueKind.Array:
                return x.GetArrayLength() == y.GetArrayLength()
                    && x.EnumerateArray().Zip(y.EnumerateArray()).All(pair => AreEqual(pair.First, pair.Second));
            case JsonValueKind.String:
                return string.Equals(x.GetString(), y.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Number:
                return x.TryGetDecimal(out var a) && y.TryGetDecimal(out var b)
                    ? a == b
                    : string.Equals(x.GetRawText(), y.GetRawText(), StringComparison.Ordinal);
            default:
                return true;
        }
    }

    public static int GetHashCode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => StringComparer.Ordinal.GetHashCode(element.GetString()!),
        JsonValueKind.Number => element.TryGetDecimal(out var number) ? number.GetHashCode() : 0,
        JsonValueKind.Array => HashCode.Combine(element.ValueKind, element.GetArrayLength()),
        _ => element.ValueKind.GetHashCode(),
    };
}
