namespace Timelines.Formats.Csv.Internal;

/// <summary>The columns of the CSV format, in the order written; docs/formats/csv.md describes each.</summary>
internal static class CsvColumns
{
    public const string Id = "id";
    public const string Title = "title";
    public const string When = "when";
    public const string StartYear = "start_year";
    public const string StartMonth = "start_month";
    public const string StartDay = "start_day";
    public const string EndYear = "end_year";
    public const string EndMonth = "end_month";
    public const string EndDay = "end_day";
    public const string Summary = "summary";
    public const string Status = "status";
    public const string Tags = "tags";
    public const string Actors = "actors";
    public const string Places = "places";
    public const string SourceUrl = "source_url";
    public const string Sources = "sources";
    public const string Relations = "relations";
    public const string Extensions = "extensions";

    public static readonly string[] All =
    [
        Id, Title, When, StartYear, StartMonth, StartDay, EndYear, EndMonth, EndDay,
        Summary, Status, Tags, Actors, Places, SourceUrl, Sources, Relations, Extensions,
    ];

    public static readonly string[] DateParts = [StartYear, StartMonth, StartDay, EndYear, EndMonth, EndDay];

    /// <summary>A header as the reader matches it: trimmed, lowercase, spaces and hyphens as underscores ("Start Year" is start_year).</summary>
    public static string Normalize(string header) => header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
