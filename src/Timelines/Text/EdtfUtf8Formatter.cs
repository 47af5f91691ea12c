using System;
using NodaTime;

namespace Timelines.Text;

/// <summary>
/// Writes EDTF values as UTF-8 in the 2019 syntax, the same text as <see cref="EdtfValue.ToString"/>, straight
/// into a buffer: the JSON writer formats every date of a document, and a string for each would be garbage.
/// </summary>
internal static class EdtfUtf8Formatter
{
    /// <summary>Enough for any value: two date-times with offsets and the slash between them take 53 bytes.</summary>
    public const int MaxLength = 64;

    /// <summary>Writes a value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="destination">At least <see cref="MaxLength"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    public static int Format(EdtfValue value, Span<byte> destination)
    {
        if (!value.IsInterval)
        {
            return Format(value.Start.Date, destination);
        }

        var length = FormatEnd(value.Start, destination);
        destination[length++] = (byte)'/';
        return length + FormatEnd(value.End, destination[length..]);
    }

    /// <summary>Writes a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="destination">At least <see cref="MaxLength"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    public static int Format(EdtfDate date, Span<byte> destination)
    {
        var length = 0;
        var year = date.Year;
        if (year < 0)
        {
            destination[length++] = (byte)'-';
            year = -year;
        }

        WriteDigits(destination.Slice(length, 4), year);
        destination.Slice(length + 4 - date.UnspecifiedYearDigits, date.UnspecifiedYearDigits).Fill((byte)'X');
        length += 4;

        var month = date.IsUnspecified ? -1 : date.Season is { } season ? (int)season : date.Month ?? 0;
        length += WritePart(destination[length..], month);
        var day = date.IsDayUnspecified ? -1 : date.Day ?? 0;
        length += WritePart(destination[length..], day);

        if (date.TimeOfDay is { } time)
        {
            destination[length] = (byte)'T';
            WriteDigits(destination.Slice(length + 1, 2), time.Hour);
            destination[length + 3] = (byte)':';
            WriteDigits(destination.Slice(length + 4, 2), time.Minute);
            destination[length + 6] = (byte)':';
            WriteDigits(destination.Slice(length + 7, 2), time.Second);
            length += 9;
            if (date.Offset is { } offset)
            {
                length += WriteOffset(destination[length..], offset);
            }
        }

        switch (date.Qualifier)
        {
            case EdtfQualifier.Uncertain:
                destination[length++] = (byte)'?';
                break;
            case EdtfQualifier.Approximate:
                destination[length++] = (byte)'~';
                break;
            case EdtfQualifier.UncertainAndApproximate:
                destination[length++] = (byte)'%';
                break;
        }

        return length;
    }

    private static int FormatEnd(EdtfEnd end, Span<byte> destination)
    {
        switch (end.Kind)
        {
            case EdtfEndKind.Date:
                return Format(end.Date, destination);
            case EdtfEndKind.Open:
                destination[0] = (byte)'.';
                destination[1] = (byte)'.';
                return 2;
            default:
                return 0;
        }
    }

    // A month, season or day: nothing when absent (0), "-XX" when unspecified (-1), else "-" and two digits.
    private static int WritePart(Span<byte> destination, int value)
    {
        if (value == 0)
        {
            return 0;
        }

        destination[0] = (byte)'-';
        if (value < 0)
        {
            destination[1] = (byte)'X';
            destination[2] = (byte)'X';
        }
        else
        {
            WriteDigits(destination.Slice(1, 2), value);
        }

        return 3;
    }

    // As NodaTime's "+HH:mm" pattern, which EdtfDate uses: always a sign, two digits each.
    private static int WriteOffset(Span<byte> destination, Offset offset)
    {
        if (offset == Offset.Zero)
        {
            destination[0] = (byte)'Z';
            return 1;
        }

        var seconds = offset.Seconds;
        if (seconds % 60 != 0)
        {
            // Only from the API, never from EDTF text: left to NodaTime, whose pattern decides what happens to the seconds.
            return System.Text.Encoding.ASCII.GetBytes(offset.ToString("+HH:mm", System.Globalization.CultureInfo.InvariantCulture), destination);
        }

        destination[0] = seconds < 0 ? (byte)'-' : (byte)'+';
        seconds = Math.Abs(seconds);
        WriteDigits(destination.Slice(1, 2), seconds / 3600);
        destination[3] = (byte)':';
        WriteDigits(destination.Slice(4, 2), seconds / 60 % 60);
        return 6;
    }

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
