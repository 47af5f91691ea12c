using System;

namespace Timelines.Tool.Input;

/// <summary>
/// Turns the library's byte within a line into the column an editor shows: the library counts UTF-8 bytes, an
/// editor counts characters, and the two differ on any line with a letter outside ASCII before the fault.
/// </summary>
internal static class Columns
{
    /// <summary>Gets the column, from 1, of a byte position, from 1, within a line; 0 when the position is unknown.</summary>
    /// <param name="line">The line's bytes (all of them, or at least those before the position).</param>
    /// <param name="bytePosition">The byte, from 1, or 0 when unknown.</param>
    /// <returns>The number of characters (Unicode scalar values) before the byte, plus one.</returns>
    public static long Of(ReadOnlySpan<byte> line, long bytePosition)
    {
        if (bytePosition <= 0)
        {
            return 0;
        }

        var known = (int)Math.Min(bytePosition - 1, line.Length);
        long characters = 0;
        foreach (var b in line[..known])
        {
            // Every byte but a UTF-8 continuation byte (10xxxxxx) starts a character.
            if ((b & 0xC0) != 0x80)
            {
                characters++;
            }
        }

        // A position past the bytes given (the line was cut short) counts the rest as one character per byte.
        return characters + (bytePosition - 1 - known) + 1;
    }
}
