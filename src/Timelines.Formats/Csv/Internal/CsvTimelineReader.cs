using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Timelines.Formats.Reading;

namespace Timelines.Formats.Csv.Internal;

/// <summary>Reads CSV rows into events, reporting every bad cell with its line and column.</summary>
internal static class CsvTimelineReader
{
    public static Timeline Read(string text, TimelineReaderOptions options)
    {
        var errors = new ErrorCollector(TimelineCsv.FormatName, options);
        var table = CsvTable.Read(text, errors, StringComparer.Ordinal);
        if (table is null)
        {
            throw errors.Exception();
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (!columns.TryAdd(CsvColumns.Normalize(table.Headers[i]), i) && table.Headers[i].Length > 0)
            {
                errors.Add(1, i + 1, table.Headers[i], FormatMessages.ColumnTwice(table.Headers[i]));
            }
        }

        if (!columns.ContainsKey(CsvColumns.Title))
        {
            errors.Add(1, 0, CsvColumns.Title, FormatMessages.MissingColumn(CsvColumns.Title));
        }

        if (!columns.ContainsKey(CsvColumns.When) && !columns.ContainsKey(CsvColumns.StartYear))
        {
            errors.Add(1, 0, CsvColumns.When, FormatMessages.MissingColumn($"{CsvColumns.When}' or '{CsvColumns.StartYear}"));
        }

        errors.ThrowIfAny();
        var assembler = new TimelineAssembler();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            if (errors.IsFull)
            {
                break;
            }

            var row = new Row(table, record, columns);
            if (RefusedText.Build(() => ReadEvent(row, taken, errors), row.Locate, errors) is { } item)
            {
                assembler.Add(item, row.Locate);
            }
        }

        return assembler.Build(FileHeader.None, options, errors);
    }

    private static TimelineEvent? ReadEvent(Row row, HashSet<string> taken, ErrorCollector errors)
    {
        var failed = false;
        var when = ReadWhen(row, errors);
        var title = row.Cell(CsvColumns.Title);
        var id = row.Cell(CsvColumns.Id) is { Length: > 0 } given ? given : IdSlug.Unique(title, "row", taken);

        var tags = Parse(row, CsvColumns.Tags, CsvCells.ParseTags, errors, ref failed);
        var actors = Parse(row, CsvColumns.Actors, CsvCells.ParseActors, errors, ref failed);
        var places = Parse(row, CsvColumns.Places, CsvCells.ParsePlaces, errors, ref failed);
        var sources = Parse(row, CsvColumns.Sources, CsvCells.ParseSources, errors, ref failed);
        var relations = Parse(row, CsvColumns.Relations, CsvCells.ParseRelations, errors, ref failed);
        sources = ReadSourceUrl(row, sources, errors, ref failed);
        var extensions = ReadExtensions(row, errors, ref failed);
        if (when is null || failed)
        {
            return null;
        }

        var item = new TimelineEvent(id, title, when)
            .WithSummary(row.Cell(CsvColumns.Summary) is { Length: > 0 } summary ? summary : null)
            .WithStatus(row.Cell(CsvColumns.Status) is { } status && status.Trim().Length > 0 ? new EventStatus(status) : null)
            .WithTags(tags ?? [])
            .WithActors(actors ?? [])
            .WithPlaces(places ?? [])
            .WithSources(sources ?? [])
            .WithRelations(relations ?? []);
        foreach (var pair in extensions)
        {
            item = item.WithExtension(pair.Key, pair.Value);
        }

        return item;
    }

    private static T? Parse<T>(Row row, string column, ParseCell<T> parse, ErrorCollector errors, ref bool failed)
        where T : class
    {
        var cell = row.Cell(column);
        if (cell.Length == 0)
        {
            return null;
        }

        var value = parse(cell, out var problem);
        if (value is null)
        {
            errors.Add(row.At(column), problem!);
            failed = true;
        }

        return value;
    }

    private delegate T? ParseCell<T>(string cell, out string? problem);

    private static EdtfValue? ReadWhen(Row row, ErrorCollector errors)
    {
        var text = row.Cell(CsvColumns.When).Trim();
        var fromParts = ReadDateParts(row, errors, out var partsOk);
        if (!partsOk)
        {
            return null;
        }

        if (text.Length == 0)
        {
            if (fromParts is null)
            {
                errors.Add(row.At(row.Has(CsvColumns.When) ? CsvColumns.When : CsvColumns.StartYear), "The event has no date: give 'when' (EDTF) or 'start_year'.");
            }

            return fromParts;
        }

        var parsed = Timelines.Text.EdtfPattern.Lenient.Parse(text);
        if (!parsed.Success)
        {
            errors.Add(row.At(CsvColumns.When), parsed.Exception.Message);
            return null;
        }

        if (fromParts is not null && fromParts != parsed.Value)
        {
            errors.Add(row.At(CsvColumns.StartYear), FormatMessages.Disagree(CsvColumns.When, CsvColumns.StartYear));
            return null;
        }

        return parsed.Value;
    }

    /// <summary>The value the year, month and day columns say, or null when they are empty; reports bad parts.</summary>
    private static EdtfValue? ReadDateParts(Row row, ErrorCollector errors, out bool ok)
    {
        ok = true;
        var numbers = new int?[6];
        for (var i = 0; i < 6; i++)
        {
            var column = CsvColumns.DateParts[i];
            var cell = row.Cell(column).Trim();
            if (cell.Length == 0)
            {
                continue;
            }

            if (int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                numbers[i] = number;
            }
            else
            {
                errors.Add(row.At(column), FormatMessages.NotNumber(column.Replace('_', ' '), cell));
                ok = false;
            }
        }

        if (!ok || numbers.All(n => n is null))
        {
            return null;
        }

        var start = Date(numbers[0], numbers[1], numbers[2], 0);
        (string? Text, string? Problem, string? Column)? end = numbers[3] is null && numbers[4] is null && numbers[5] is null ? null : Date(numbers[3], numbers[4], numbers[5], 3);
        foreach (var side in end is { } last ? new[] { start, last } : [start])
        {
            if (side.Problem is { } problem)
            {
                errors.Add(row.At(side.Column!), problem);
                ok = false;
                return null;
            }
        }

        var text = end is { } e ? start.Text + "/" + e.Text : start.Text;
        var parsed = Timelines.Text.EdtfPattern.Strict.Parse(text!);
        if (!parsed.Success)
        {
            errors.Add(row.At(CsvColumns.EndYear), $"The end {end!.Value.Text} is before the start {start.Text}.");
            ok = false;
            return null;
        }

        return parsed.Value;

        static (string? Text, string? Problem, string? Column) Date(int? year, int? month, int? day, int at)
        {
            var columns = CsvColumns.DateParts;
            if (year is not { } y)
            {
                return (null, FormatMessages.NeedsPart("month or day", "year"), columns[at]);
            }

            if (y is < -9998 or > 9999)
            {
                return (null, FormatMessages.OutOfRange("year", y.ToString(CultureInfo.InvariantCulture), "from -9998 to 9999"), columns[at]);
            }

            if (day is not null && month is null)
            {
                return (null, FormatMessages.NeedsPart("day", "month"), columns[at + 2]);
            }

            if (month is { } m && m is < 1 or > 12)
            {
                return (null, FormatMessages.OutOfRange("month", m.ToString(CultureInfo.InvariantCulture), "from 1 to 12"), columns[at + 1]);
            }

            if (day is { } d && (d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, month!.Value)))
            {
                return (null, FormatMessages.OutOfRange("day", d.ToString(CultureInfo.InvariantCulture), $"a day of {y}-{month:00}"), columns[at + 2]);
            }

            var yearText = y < 0 ? "-" + (-y).ToString("0000", CultureInfo.InvariantCulture) : y.ToString("0000", CultureInfo.InvariantCulture);
            var text = month is null ? yearText : day is null ? $"{yearText}-{month:00}" : $"{yearText}-{month:00}-{day:00}";
            return (text, null, null);
        }
    }

    private static List<Source>? ReadSourceUrl(Row row, List<Source>? sources, ErrorCollector errors, ref bool failed)
    {
        var url = row.Cell(CsvColumns.SourceUrl).Trim();
        if (url.Length == 0)
        {
            return sources;
        }

        if (!AbsoluteUrl.TryParse(url, out var uri))
        {
            errors.Add(row.At(CsvColumns.SourceUrl), FormatMessages.NotAbsoluteUrl(url));
            failed = true;
            return sources;
        }

        if (sources is null)
        {
            return [new Source(url: uri)];
        }

        if (sources.FirstOrDefault(s => s.Url is not null)?.Url?.OriginalString != url)
        {
            errors.Add(row.At(CsvColumns.SourceUrl), FormatMessages.Disagree(CsvColumns.SourceUrl, CsvColumns.Sources));
            failed = true;
        }

        return sources;
    }

    private static List<KeyValuePair<string, JsonElement>> ReadExtensions(Row row, ErrorCollector errors, ref bool failed)
    {
        var extensions = new List<KeyValuePair<string, JsonElement>>();
        var cell = row.Cell(CsvColumns.Extensions);
        if (cell.Trim().Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(cell);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(row.At(CsvColumns.Extensions), FormatMessages.NotA("a JSON object, such as {\"x-confidence\": 0.8}"));
                    failed = true;
                }
                else
                {
                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        extensions.Add(new(property.Name, property.Value.Clone()));
                    }
                }
            }
            catch (JsonException e)
            {
                errors.Add(row.At(CsvColumns.Extensions), FormatMessages.NotJson(e.Message));
                failed = true;
            }
        }

        // Columns the format does not know are kept, as text, under their own header.
        foreach (var (header, index) in row.Unknown())
        {
            if (row.Record[index] is { Length: > 0 } value)
            {
                extensions.Add(new(header, JsonValues.String(value)));
            }
        }

        return extensions;
    }

    /// <summary>One record with its cells by (normalized) column name.</summary>
    private sealed class Row(CsvTable table, CsvRecord record, Dictionary<string, int> columns)
    {
        public CsvRecord Record => record;

        public bool Has(string column) => columns.ContainsKey(column);

        public string Cell(string column) => columns.TryGetValue(column, out var index) ? record[index] ?? string.Empty : string.Empty;

        public SourceLocation At(string column) => table.At(record, columns.TryGetValue(column, out var index) ? index : -1);

        public IEnumerable<(string Header, int Index)> Unknown()
        {
            for (var i = 0; i < table.Headers.Count; i++)
            {
                if (table.Headers[i].Length > 0 && Array.IndexOf(CsvColumns.All, CsvColumns.Normalize(table.Headers[i])) < 0)
                {
                    yield return (table.Headers[i], i);
                }
            }
        }

        /// <summary>The cell a core field (as <see cref="TimelineProblem.Field"/> names it) was read from.</summary>
        public SourceLocation Locate(string field)
        {
            var name = field.Split('[', '.')[0];
            return At(name switch
            {
                "id" or "title" or "when" or "summary" or "status" or "tags" or "actors" or "places" or "sources" or "relations" => name,
                _ => CsvColumns.Extensions,
            });
        }
    }
}
