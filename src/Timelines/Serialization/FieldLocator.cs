using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Timelines.Serialization;

/// <summary>
/// Finds where fields such as <c>places[1].latitude</c> are in the JSON of an object (an event, or the timeline),
/// all in one pass. Only errors need positions, and a valid document is never read twice; this way an object with
/// many problems is read once more in all, not once per problem, so reporting stays linear in the input.
/// </summary>
internal static class FieldLocator
{
    /// <summary>Finds the values of fields of the object that starts at <paramref name="objectStart"/>.</summary>
    /// <param name="json">The input, already read once without a syntax error up to the object's end.</param>
    /// <param name="objectStart">The offset of the object's first byte in <paramref name="json"/>.</param>
    /// <param name="fields">The fields, as paths within the object.</param>
    /// <param name="offsets">
    /// Receives, for each field, the offset in <paramref name="json"/> of its value, or of the deepest part of its
    /// path that exists (the object itself when none does).
    /// </param>
    /// <returns>The number of bytes read.</returns>
    public static long Locate(ReadOnlySpan<byte> json, long objectStart, ReadOnlySpan<FieldPath> fields, Span<long> offsets)
    {
        offsets.Fill(objectStart);
        if (objectStart < 0 || objectStart >= json.Length)
        {
            return 0;
        }

        var names = new List<string>();
        foreach (var field in fields)
        {
            if (field.Name is { } name && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        var reader = new Utf8JsonReader(json[(int)objectStart..], new JsonReaderOptions { MaxDepth = 1000 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return reader.BytesConsumed;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string? name = null;
                foreach (var candidate in names)
                {
                    if (reader.ValueTextEquals(candidate))
                    {
                        name = candidate;
                        break;
                    }
                }

                reader.Read();
                if (name is null)
                {
                    reader.Skip();
                    continue;
                }

                var hasItems = false;
                for (var i = 0; i < fields.Length; i++)
                {
                    if (string.Equals(fields[i].Name, name, StringComparison.Ordinal))
                    {
                        offsets[i] = objectStart + reader.TokenStartIndex;
                        hasItems |= fields[i].Index >= 0;
                    }
                }

                if (hasItems && reader.TokenType == JsonTokenType.StartArray)
                {
                    LocateItems(ref reader, objectStart, name, fields, offsets);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Past the object's end, or deeper than the reader allows: the positions found so far stand.
        }

        return reader.BytesConsumed;
    }

    private static void LocateItems(ref Utf8JsonReader reader, long objectStart, string name, ReadOnlySpan<FieldPath> fields, Span<long> offsets)
    {
        var wanted = new Dictionary<int, List<int>>();
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Index >= 0 && string.Equals(fields[i].Name, name, StringComparison.Ordinal))
            {
                if (!wanted.TryGetValue(fields[i].Index, out var list))
                {
                    wanted[fields[i].Index] = list = [];
                }

                list.Add(i);
            }
        }

        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (!wanted.TryGetValue(index, out var atIndex))
            {
                reader.Skip();
                continue;
            }

            var hasMembers = false;
            foreach (var i in atIndex)
            {
                offsets[i] = objectStart + reader.TokenStartIndex;
                hasMembers |= fields[i].Member is not null;
            }

            if (!hasMembers || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = -1;
                foreach (var i in atIndex)
                {
                    if (fields[i].Member is { } wantedMember && reader.ValueTextEquals(wantedMember))
                    {
                        member = i;
                        break;
                    }
                }

                reader.Read();
                if (member >= 0)
                {
                    foreach (var i in atIndex)
                    {
                        if (string.Equals(fields[i].Member, fields[member].Member, StringComparison.Ordinal))
                        {
                            offsets[i] = objectStart + reader.TokenStartIndex;
                        }
                    }
                }

                reader.Skip();
            }
        }
    }
}
