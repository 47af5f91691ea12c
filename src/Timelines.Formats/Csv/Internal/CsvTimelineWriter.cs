using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsvHelper;

namespace Timelines.Formats.Csv.Internal;

/// <summary>Writes a timeline's events as CSV rows, one per event, in the columns of <see cref="CsvColumns"/>.</summary>
internal static class CsvTimelineWriter
{
    public static void Write(Timeline timeline, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        csv.WriteHeader(CsvColumns.All);
        foreach (var item in timeline.Events)
        {
            var parts = DateParts(item.When);
            csv.WriteRecord(
            [
                item.Id,
                item.Title,
                item.When.ToString(),
                .. parts,
                item.Summary ?? string.Empty,
                item.Status?.Name ?? string.Empty,
                CsvCells.Tags(item.Tags),
                CsvCells.Actors(item.Actors),
                CsvCells.Places(item.Places),
                item.Sources.FirstOrDefault(s => s.Url is not null)?.Url!.OriginalString ?? string.Empty,
                CsvCells.Sources(item.Sources),
                CsvCells.Relations(item.Relations),
                Extensions(item),
            ]);
        }
    }

    /// <summary>
    /// The year, month and day columns of the start and the end, filled only when they say the value exactly: a
    /// plain year, month or day, or an interval of two. Otherwise they are empty and <c>when</c> alone says it.
    /// </summary>
    public static string[] DateParts(EdtfValue when)
    {
        var parts = new string[6];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = string.Empty;
        }

        if (!IsPlain(when.Start) || !IsPlain(when.End))
        {
            return parts;
        }

        Fill(parts, 0, when.Start.Date);
        if (when.IsInterval)
        {
            Fill(parts, 3, when.End.Date);
        }

        return parts;

        static bool IsPlain(EdtfEnd end) =>
            end.Kind == EdtfEndKind.Date
            && end.Date.Qualifier == EdtfQualifier.None
            && !end.Date.HasUnspecifiedDigits
            && end.Date.Precision is EdtfPrecision.Year or EdtfPrecision.Month or EdtfPrecision.Day;

        static void Fill(string[] parts, int at, EdtfDate date)
        {
            parts[at] = date.Year.ToString(CultureInfo.InvariantCulture);
            parts[at + 1] = date.Month?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            parts[at + 2] = date.Day?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }

    private static string Extensions(TimelineEvent item)
    {
        if (item.Extensions.IsEmpty)
        {
            return string.Empty;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var pair in item.Extensions)
            {
                writer.WritePropertyName(pair.Key);
                pair.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
