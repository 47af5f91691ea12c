using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Timelines.Serialization;

/// <summary>
/// Finds a name given twice in one object of an extension value, without making a string or a set for each
/// object: the names of the open objects are kept as UTF-8 in one reused buffer and compared as bytes, and only
/// an object with many names gets a set of its own, so that no object makes the check quadratic. Not thread-safe;
/// one reader owns it.
/// </summary>
internal sealed class NameChecker
{
    private const int NamesBeforeASet = 16;

    private readonly List<(int Start, int Length)> names = [];
    private readonly List<(int FirstName, HashSet<string>? Set)> objects = [];
    private byte[] buffer = new byte[256];
    private int used;

    /// <summary>Forgets every object, for a new value.</summary>
    public void Clear()
    {
        names.Clear();
        objects.Clear();
        used = 0;
    }

    /// <summary>Notes that an object starts.</summary>
    public void Open() => objects.Add((names.Count, null));

    /// <summary>Notes that the innermost object ends.</summary>
    public void Close()
    {
        var (firstName, _) = objects[^1];
        objects.RemoveAt(objects.Count - 1);
        used = firstName < names.Count ? names[firstName].Start : used;
        names.RemoveRange(firstName, names.Count - firstName);
    }

    /// <summary>Adds the current property name, which can be decoded, to the innermost object.</summary>
    /// <returns><see langword="false"/> if the object already has the name.</returns>
    public bool Add(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (used + length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, used + length));
        }

        // Unescaped, so that "\u0061" and "a" are the same name; the text was checked to be decodable before.
        var written = reader.CopyString(buffer.AsSpan(used, length));
        var name = buffer.AsSpan(used, written);
        var (firstName, set) = objects[^1];
        if (set is not null)
        {
            return set.Add(Encoding.UTF8.GetString(name));
        }

        for (var i = firstName; i < names.Count; i++)
        {
            if (name.SequenceEqual(buffer.AsSpan(names[i].Start, names[i].Length)))
            {
                return false;
            }
        }

        names.Add((used, written));
        used += written;
        if (names.Count - firstName == NamesBeforeASet)
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            for (var i = firstName; i < names.Count; i++)
            {
                set.Add(Encoding.UTF8.GetString(buffer, names[i].Start, names[i].Length));
            }

            objects[^1] = (firstName, set);
        }

        return true;
    }
}
