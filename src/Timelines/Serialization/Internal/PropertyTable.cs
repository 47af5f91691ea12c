using System;
using System.Collections.Immutable;
using System.Text.Json;

namespace Timelines.Serialization.Internal;

/// <summary>
/// The property names of one part of the format, in a fixed order, as text (for messages and decoded names) and as
/// encoded UTF-8 (for matching and writing); both come from the one string each name is written as.
/// </summary>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
internal sealed class PropertyTable
{
    private readonly JsonEncodedText[] encoded;

    public PropertyTable(params string[] names)
    {
        Names = [.. names];
        encoded = Array.ConvertAll(names, name => JsonEncodedText.Encode(name));
    }

    /// <summary>Gets the names, in the table's order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Gets the number of names.</summary>
    public int Count => encoded.Length;

    /// <summary>Gets a name's text.</summary>
    public string this[int index] => Names[index];

    /// <summary>Gets a name as written to JSON; every name of the format is ASCII, so these are also its UTF-8 bytes.</summary>
    public JsonEncodedText Encoded(int index) => encoded[index];

    /// <summary>Gets a name's UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => encoded[index].EncodedUtf8Bytes;

    /// <summary>Finds the current property name (unescaped, in one segment) among the names, by its bytes.</summary>
    /// <returns>The name's index, or -1.</returns>
    public int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < encoded.Length; i++)
        {
            if (name.SequenceEqual(encoded[i].EncodedUtf8Bytes))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Finds a decoded name among the names.</summary>
    /// <returns>The name's index, or -1.</returns>
    public int IndexOf(string name) => Names.IndexOf(name, StringComparer.Ordinal);
}
