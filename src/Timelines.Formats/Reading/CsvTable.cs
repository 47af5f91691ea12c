using System;
using System.Collections.Generic;
using CsvHelper;

namespace Timelines.Formats.Reading;

/// <summary>
/// A CSV file read by CsvHelper into a header and records, each record with the line it starts on. Malformed
/// quoting, records with too many or too few fields, and repeated headers are reported with their lines.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> columns;

    private CsvTable(List<string> headers, List<CsvRecord> records, StringComparer comparer)
    {
        Headers = headers;
        Records = records;
        columns = new Dictionary<string, int>(comparer);
        for (var i = 0; i < headers.Count; i++)
        {
            columns.TryAdd(headers[i], i);
        }
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<CsvRecord> Records { get; }

    /// <summary>The index of a column by header, or -1.</summary>
    public int IndexOf(string header) => columns.TryGetValue(header, out var index) ? index : -1;

    /// <summary>Reads CSV text; null (with the errors reported) when it has no header or its header is unusable.</summary>
    public static CsvTable? Read(string text, ErrorCollector errors, StringComparer headerComparer)
    {
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => errors.Add(record.LineNumber, 0, string.Empty, FormatMessages.NotCsv(Describe(record.Reason))),
        };

        List<string> headers;
        var records = new List<CsvRecord>();
        try
        {
            using var reader = CsvReader.FromText(text, options);
            while (reader.Read())
            {
                var fields = reader.Current.ToArray();
                records.Add(new CsvRecord(reader.LineNumber, fields));
                if (errors.IsFull)
                {
                    break;
                }
            }

            headers = reader.Headers is { } read ? [.. read] : [];
        }
        catch (CsvFormatException e)
        {
            errors.Add(0, 0, string.Empty, FormatMessages.NotCsv(e.Message));
            return null;
        }

        if (headers.Count == 0 || headers.TrueForAll(h => h.Trim().Length == 0))
        {
            errors.Add(1, 0, string.Empty, FormatMessages.Empty);
            return null;
        }

        var trimmed = headers.ConvertAll(h => h.Trim());
        var seen = new HashSet<string>(headerComparer);
        for (var i = 0; i < trimmed.Count; i++)
        {
            if (trimmed[i].Length > 0 && !seen.Add(trimmed[i]))
            {
                errors.Add(1, i + 1, trimmed[i], FormatMessages.ColumnTwice(trimmed[i]));
            }
        }

        foreach (var record in records)
        {
            if (record.Fields.Length != trimmed.Count)
            {
                errors.Add(record.Line, 0, string.Empty, FormatMessages.WrongFieldCount(trimmed.Count, record.Fields.Length));
            }
        }

        return new CsvTable(trimmed, records, headerComparer);
    }

    /// <summary>Where a field of a record is: its line, its column number and its header.</summary>
    public SourceLocation At(CsvRecord record, int column) =>
        column >= 0 ? new SourceLocation(record.Line, column + 1, Headers[column]) : new SourceLocation(record.Line, 0, string.Empty);

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the whole field and double the quote).",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field.",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed.",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field.",
        CsvMalformedReason.FieldCountMismatch => "the record has a different number of fields than the header.",
        _ => reason.ToString() + ".",
    };
}
