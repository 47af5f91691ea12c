using System;

namespace Timelines.Serialization;

/// <summary>
/// Remembers the values made from short UTF-8 texts that a document repeats (tags, names, country codes, EDTF
/// dates), so that each is decoded once and shared: fewer objects that live as long as the timeline, which is
/// most of the cost of reading a large document, as the garbage collector copies every one of them.
/// </summary>
/// <remarks>
/// Direct-mapped: each text has one slot, and a new text takes the slot of an old one. Memory is bounded, the
/// work per lookup is one hash and one comparison, and no input can make lookups slow. Sharing is invisible to
/// callers: the values are immutable and compare by value. Not thread-safe; one reader owns it.
/// </remarks>
/// <typeparam name="T">The type of value made from a text.</typeparam>
internal sealed class Utf8Cache<T>
    where T : class
{
    /// <summary>The longest text kept; longer ones are rarely repeated and not worth the copy of their key.</summary>
    public const int MaxKeyLength = 64;

    private const int Size = 1024;

    private readonly byte[]?[] keys = new byte[Size][];
    private readonly T?[] values = new T?[Size];

    /// <summary>Looks a text up.</summary>
    /// <param name="key">The UTF-8 text, at most <see cref="MaxKeyLength"/> bytes.</param>
    /// <param name="slot">The slot of the text, for <see cref="Set"/> after a miss.</param>
    /// <returns>The value made from the same text before, or <see langword="null"/>.</returns>
    public T? Get(ReadOnlySpan<byte> key, out int slot)
    {
        slot = Slot(key);
        var stored = keys[slot];
        return stored is not null && key.SequenceEqual(stored) ? values[slot] : null;
    }

    /// <summary>Remembers the value made from a text, in the slot that <see cref="Get"/> gave.</summary>
    public void Set(int slot, ReadOnlySpan<byte> key, T value)
    {
        var stored = keys[slot];
        keys[slot] = stored is not null && stored.Length == key.Length ? stored : new byte[key.Length];
        key.CopyTo(keys[slot]);
        values[slot] = value;
    }

    private static int Slot(ReadOnlySpan<byte> key)
    {
        // FNV-1a: the keys are short, and a direct-mapped table needs only a fair spread, not a strong hash.
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & (Size - 1));
    }
}
