using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Timelines.Formats.Reading;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>Reads the rows of the TimelineJS3 spreadsheet template into slides, then into a timeline.</summary>
internal static partial class SheetReader
{
    public static Timeline Read(string text, TimelineReaderOptions options)
    {
        var errors = new ErrorCollector(TimelineJs3Sheet.FormatName, options);
        var table = CsvTable.Read(text, errors, StringComparer.OrdinalIgnoreCase);
        if (table is null)
        {
            throw errors.Exception();
        }

        foreach (var required in new[] { SheetColumns.Year, SheetColumns.Headline })
        {
            if (table.IndexOf(required) < 0)
            {
                errors.Add(1, 0, required, FormatMessages.MissingColumn(required));
            }
        }

        errors.ThrowIfAny();
        var slides = new SlideReader();
        string? title = null;
        string? description = null;
        var titleAt = SourceLocation.File;
        foreach (var record in table.Records)
        {
            if (errors.IsFull)
            {
                break;
            }

            var row = new Row(table, record);
            var type = row.Cell(SheetColumns.Type).ToLowerInvariant();
            if (type == "title" && title is null)
            {
                title = SlideText.ToText(row.Cell(SheetColumns.Headline));
                description = row.Cell(SheetColumns.Text) is { Length: > 0 } t ? SlideText.ToText(t) : null;
                titleAt = row.At(SheetColumns.Headline);
                continue;
            }

            slides.Add(ReadSlide(row, type == "era", errors), row.Locate);
        }

        var assembler = new TimelineAssembler();
        slides.AddEventsTo(assembler, errors);
        return assembler.Build(new FileHeader(null, title, description, null, slides.AsOf, titleAt), options, errors);
    }

    private static Slide ReadSlide(Row row, bool isEra, ErrorCollector errors)
    {
        var slide = new Slide
        {
            IsEra = isEra,
            Start = ReadDate(row, SheetColumns.Year, SheetColumns.Month, SheetColumns.Day, SheetColumns.Time, errors, out var startBroken),
            StartBroken = startBroken,
            End = ReadDate(row, SheetColumns.EndYear, SheetColumns.EndMonth, SheetColumns.EndDay, SheetColumns.EndTime, errors, out var endBroken),
            EndBroken = endBroken,
            DisplayDate = Nullable(row.Cell(SheetColumns.DisplayDate)),
            Headline = Nullable(row.Cell(SheetColumns.Headline)),
            Text = Nullable(row.Cell(SheetColumns.Text)),
            MediaUrl = Nullable(row.Cell(SheetColumns.Media)),
            MediaCredit = Nullable(row.Cell(SheetColumns.MediaCredit)),
            MediaCaption = Nullable(row.Cell(SheetColumns.MediaCaption)),
            Group = Nullable(row.Cell(SheetColumns.Group)),
        };

        var media = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        if (Nullable(row.Cell(SheetColumns.MediaThumbnail)) is { } thumbnail)
        {
            media["thumbnail"] = JsonValues.String(thumbnail);
        }

        if (Nullable(row.Cell("Alt Text")) is { } alt)
        {
            media["alt"] = JsonValues.String(alt);
        }

        if (media.Count > 0)
        {
            SlideReader.MergeInto(slide.Leftovers, "media", media);
        }

        if (Nullable(row.Cell(SheetColumns.Background)) is { } background)
        {
            // As TimelineJS3 reads the column: an address is an image, anything else a colour.
            var kind = background.StartsWith('/') || background.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || background.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "url" : "color";
            SlideReader.MergeInto(slide.Leftovers, "background", new(StringComparer.Ordinal) { [kind] = JsonValues.String(background) });
        }

        var others = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        for (var i = 0; i < row.Table.Headers.Count; i++)
        {
            var header = row.Table.Headers[i];
            if (Array.FindIndex(SheetColumns.All, c => string.Equals(c, header, StringComparison.OrdinalIgnoreCase)) < 0
                && !string.Equals(header, "Alt Text", StringComparison.OrdinalIgnoreCase)
                && Nullable(row.Record[i]?.Trim() ?? string.Empty) is { } value)
            {
                others[header] = JsonValues.String(value);
            }
        }

        if (others.Count > 0)
        {
            slide.Leftovers["columns"] = JsonValues.ToElement(others);
        }

        return slide;
    }

    /// <summary>The date of four columns; null when they are empty, or when they are not a date (then reported, and <paramref name="broken"/>).</summary>
    private static SlideDate? ReadDate(Row row, string yearColumn, string monthColumn, string dayColumn, string timeColumn, ErrorCollector errors, out bool broken)
    {
        var empty = row.Cell(yearColumn).Length == 0 && row.Cell(monthColumn).Length == 0 && row.Cell(dayColumn).Length == 0 && row.Cell(timeColumn).Length == 0;
        var date = empty ? null : ReadCells(row, yearColumn, monthColumn, dayColumn, timeColumn, errors);
        broken = date is null && !empty;
        return date;
    }

    private static SlideDate? ReadCells(Row row, string yearColumn, string monthColumn, string dayColumn, string timeColumn, ErrorCollector errors)
    {
        var year = Integer(row, yearColumn, errors, out var yearOk);
        var month = Integer(row, monthColumn, errors, out var monthOk);
        var day = Integer(row, dayColumn, errors, out var dayOk);
        var time = row.Cell(timeColumn);
        if (!yearOk || !monthOk || !dayOk)
        {
            return null;
        }

        if (year is not { } y)
        {
            if (month is not null || day is not null || time.Length > 0)
            {
                errors.Add(row.At(yearColumn), FormatMessages.NoYear);
            }

            return null;
        }

        int? hour = null, minute = null, second = null;
        if (time.Length > 0)
        {
            if (ParseTime(time) is not { } parsed)
            {
                errors.Add(row.At(timeColumn), FormatMessages.NotTime(time));
                return null;
            }

            (hour, minute, second) = parsed;
        }

        var date = new SlideDate(y, month, day, hour, minute, second);
        if (date.Check() is var (field, message))
        {
            var column = field switch { "year" => yearColumn, "month" => monthColumn, "day" => dayColumn, _ => timeColumn };
            errors.Add(row.At(column), message);
            return null;
        }

        return date.Normalized();
    }

    private static int? Integer(Row row, string column, ErrorCollector errors, out bool ok)
    {
        ok = true;
        // As TimelineJS3 cleans the cell: spaces and thousands separators are dropped.
        var text = Regex.Replace(row.Cell(column), @"[\s,]+", string.Empty);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(row.At(column), FormatMessages.NotNumber(column.ToLowerInvariant(), row.Cell(column)));
        ok = false;
        return null;
    }

    /// <summary>A time as TimelineJS3 reads the Time column: <c>14:30</c>, <c>14:30:05</c>, <c>2:30 PM</c>, <c>1430</c>.</summary>
    private static (int Hour, int Minute, int Second)? ParseTime(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["p"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var pm = char.ToLowerInvariant(match.Groups["p"].Value[0]) == 'p';
            hour = hour == 12 ? (pm ? 12 : 0) : (pm ? hour + 12 : hour);
        }

        return hour <= 23 && minute <= 59 && second <= 59 ? (hour, minute, second) : null;
    }

    private static string? Nullable(string text) => text.Length > 0 ? text : null;

    [GeneratedRegex(@"^\s*(?:(?<h>\d{1,2})(?<m>\d{2})|(?<h>\d{1,2})(?:[:.](?<m>\d{2})(?:[:.](?<s>\d{2})(?:[:.]\d{1,3})?)?)?)\s*(?:(?<p>[AaPp])\.?[Mm]\.?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    /// <summary>One record of the sheet with its cells by column name, trimmed as TimelineJS3 trims them.</summary>
    private sealed class Row(CsvTable table, CsvRecord record)
    {
        public CsvTable Table => table;

        public CsvRecord Record => record;

        public string Cell(string column) => record[table.IndexOf(column)]?.Trim() ?? string.Empty;

        public SourceLocation At(string column) => table.At(record, table.IndexOf(column));

        public SourceLocation Locate(string field) => field switch
        {
            "headline" or "unique_id" => At(SheetColumns.Headline),
            "start_date" => At(SheetColumns.Year),
            "end_date" => At(SheetColumns.EndYear),
            "display_date" => At(SheetColumns.DisplayDate),
            "text" => At(SheetColumns.Text),
            "media" => At(SheetColumns.Media),
            "group" => At(SheetColumns.Group),
            _ => new SourceLocation(record.Line, 0, string.Empty),
        };
    }
}
