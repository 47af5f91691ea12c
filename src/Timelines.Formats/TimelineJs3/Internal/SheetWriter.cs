using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using CsvHelper;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>Writes the slides of a timeline as rows of the TimelineJS3 spreadsheet template.</summary>
internal static class SheetWriter
{
    public static void Write(Timeline timeline, TextWriter output, TimelineJs3Options options)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        csv.WriteHeader(SheetColumns.All);
        var title = SlideWriter.ForTitle(timeline);
        csv.WriteRecord(Row(title, "title"));
        var eras = new List<Slide>();
        foreach (var item in timeline.Events)
        {
            csv.WriteRecord(Row(SlideWriter.ForEvent(item, timeline.AsOf, options), string.Empty));
            if (options.Era?.Invoke(item) == true && SlideWriter.EraFor(item, timeline.TimeZone, timeline.AsOf) is { } era)
            {
                eras.Add(era);
            }
        }

        foreach (var era in eras)
        {
            csv.WriteRecord(Row(era, "era"));
        }
    }

    private static string[] Row(Slide slide, string type)
    {
        var row = new string[SheetColumns.All.Length];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = string.Empty;
        }

        void Set(string column, string? value) => row[System.Array.IndexOf(SheetColumns.All, column)] = value ?? string.Empty;

        if (slide.Start is { } start)
        {
            Set(SheetColumns.Year, start.Year.ToString(CultureInfo.InvariantCulture));
            Set(SheetColumns.Month, start.Month?.ToString(CultureInfo.InvariantCulture));
            Set(SheetColumns.Day, start.Day?.ToString(CultureInfo.InvariantCulture));
            Set(SheetColumns.Time, start.TimeText);
        }

        if (slide.End is { } end)
        {
            Set(SheetColumns.EndYear, end.Year.ToString(CultureInfo.InvariantCulture));
            Set(SheetColumns.EndMonth, end.Month?.ToString(CultureInfo.InvariantCulture));
            Set(SheetColumns.EndDay, end.Day?.ToString(CultureInfo.InvariantCulture));
            Set(SheetColumns.EndTime, end.TimeText);
        }

        Set(SheetColumns.DisplayDate, slide.DisplayDate);
        Set(SheetColumns.Headline, slide.Headline);
        Set(SheetColumns.Text, slide.Text);
        Set(SheetColumns.Media, slide.MediaUrl);
        Set(SheetColumns.MediaCredit, slide.MediaCredit is { } credit ? SlideText.ToHtml(credit) : null);
        Set(SheetColumns.MediaCaption, slide.MediaCaption is { } caption ? SlideText.ToHtml(caption) : null);
        Set(SheetColumns.MediaThumbnail, Kept(slide, "media", "thumbnail"));
        Set(SheetColumns.Type, type);
        Set(SheetColumns.Group, slide.Group);
        Set(SheetColumns.Background, Kept(slide, "background", "url") ?? Kept(slide, "background", "color"));
        return row;
    }

    private static string? Kept(Slide slide, string name, string member) =>
        slide.Leftovers.TryGetValue(name, out var kept) && kept.ValueKind == JsonValueKind.Object
        && kept.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
