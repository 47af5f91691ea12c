using System;
using System.IO;
using System.Text;

namespace Timelines.Formats.Reading;

/// <summary>Reads a whole input as text, refusing bytes that are not UTF-8 instead of replacing them.</summary>
internal static class TextInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a stream as UTF-8 (a byte order mark is skipped); null when the bytes are not UTF-8.</summary>
    public static string? ReadUtf8(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 16384, leaveOpen: true);
        try
        {
            var text = reader.ReadToEnd();
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Reads a text reader to its end, skipping a byte order mark.</summary>
    public static string Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Reads a stream as UTF-8 or throws the format's error for bytes that are not UTF-8.</summary>
    public static string ReadUtf8OrThrow(Stream stream, string format)
    {
        if (ReadUtf8(stream) is { } text)
        {
            return text;
        }

        throw new TimelineFormatException(format, [new TimelineFormatError(0, 0, string.Empty, FormatMessages.InvalidUtf8)]);
    }
}
