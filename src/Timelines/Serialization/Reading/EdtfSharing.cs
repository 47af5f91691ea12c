using System.Collections.Generic;

namespace Timelines.Serialization.Reading;

/// <summary>
/// Shares the equal calendar dates (days, months, seasons, years) of the EDTF values of one document, and the
/// single-date values made of them, beyond what <see cref="Utf8Cache{T}"/> keeps: a historical timeline repeats
/// the same few thousand days, months and years across its whole length in no particular order, which a small
/// direct-mapped cache of texts mostly misses, so every event kept a value and one or two dates of its own
/// (40 bytes each; issue 16).
/// </summary>
/// <remarks>
/// Date-times are not shared: there are too many of them to repeat. The tables stop growing at
/// <see cref="MaxDates"/> dates (about 14 MB while reading, at most), so memory is bounded whatever the input; later dates are kept as
/// read. Sharing is invisible to callers: values and dates are immutable and compare by value. Not thread-safe;
/// one reader owns it.
/// </remarks>
internal sealed class EdtfSharing
{
    /// <summary>The most dates remembered.</summary>
    public const int MaxDates = 1 << 17;

    private readonly Dictionary<EdtfDate, EdtfValue> singles = [];

    /// <summary>Gets the value to keep for a value just parsed: an equal one read before, or one made of dates read before.</summary>
    public EdtfValue Share(EdtfValue value)
    {
        if (value.Date is { } date)
        {
            return Single(date, value) ?? value;
        }

        var start = value.Start.Kind == EdtfEndKind.Date ? value.Start.Date : null;
        var end = value.End.Kind == EdtfEndKind.Date ? value.End.Date : null;
        var sharedStart = start is null ? null : Single(start, null)?.Date ?? start;
        var sharedEnd = end is null ? null : Single(end, null)?.Date ?? end;
        return ReferenceEquals(sharedStart, start) && ReferenceEquals(sharedEnd, end) ? value : value.WithDates(sharedStart, sharedEnd);
    }

    /// <summary>
    /// Gets the single-date value of a date read before, remembering this one (<paramref name="single"/>, or one made
    /// for it) if it is new; <see langword="null"/> for a date not shared.
    /// </summary>
    private EdtfValue? Single(EdtfDate date, EdtfValue? single)
    {
        if (date.TimeOfDay is not null)
        {
            return null;
        }

        if (singles.TryGetValue(date, out var shared))
        {
            return shared;
        }

        if (singles.Count >= MaxDates)
        {
            return null;
        }

        shared = single ?? EdtfValue.ForDate(date);
        singles.Add(date, shared);
        return shared;
    }
}
