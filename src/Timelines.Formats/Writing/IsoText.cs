using System.Globalization;

namespace Timelines.Formats.Writing;

/// <summary>
/// Dates in ISO 8601 as other formats take them: a bound (<c>2022-02-01</c>, <c>2022-02-24T04:00:00Z</c>), or one
/// side of an EDTF date at its own precision (<c>2022-02</c>), without EDTF's qualifiers, seasons or X digits.
/// </summary>
internal static class IsoText
{
    /// <summary>A bound as an ISO day, local date-time or UTC instant; null for an open or unknown bound.</summary>
    public static string? Of(EdtfBound bound) => bound.HasValue ? bound.ToString() : null;

    /// <summary>One side of a date at the precision it has: seasons become their first or last month, unspecified years their first or last year.</summary>
    public static string Side(EdtfDate date, bool first)
    {
        if (date.LocalDateTime is { } local)
        {
            var text = local.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            return date.Offset is { } offset
                ? text + (offset == NodaTime.Offset.Zero ? "Z" : offset.ToString("+HH':'mm", CultureInfo.InvariantCulture))
                : text;
        }

        var day = first ? date.FirstDay : date.LastDay;
        var year = date.UnspecifiedYearDigits > 0 || date.Season is not null ? day.Year : date.Year;
        var yearText = year < 0 ? "-" + (-year).ToString("0000", CultureInfo.InvariantCulture) : year.ToString("0000", CultureInfo.InvariantCulture);
        return date.Precision switch
        {
            EdtfPrecision.Day when !date.IsDayUnspecified => string.Create(CultureInfo.InvariantCulture, $"{yearText}-{day.Month:00}-{day.Day:00}"),
            EdtfPrecision.Day or EdtfPrecision.Season => string.Create(CultureInfo.InvariantCulture, $"{yearText}-{day.Month:00}"),
            EdtfPrecision.Month when !date.IsUnspecified && date.UnspecifiedYearDigits == 0 => string.Create(CultureInfo.InvariantCulture, $"{yearText}-{date.Month:00}"),
            _ => yearText,
        };
    }
}
