namespace Timelines.Formats.Reading;

/// <summary>One record of a CSV file: the line it starts on and its fields.</summary>
internal sealed record CsvRecord(long Line, string[] Fields)
{
    /// <summary>The field at a column, or null when the column is absent or the record too short.</summary>
    public string? this[int column] => column >= 0 && column < Fields.Length ? Fields[column] : null;
}
