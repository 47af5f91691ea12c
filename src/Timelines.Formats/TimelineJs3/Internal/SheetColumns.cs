namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>The columns of the TimelineJS3 spreadsheet template, in the template's order.</summary>
internal static class SheetColumns
{
    public const string Year = "Year";
    public const string Month = "Month";
    public const string Day = "Day";
    public const string Time = "Time";
    public const string EndYear = "End Year";
    public const string EndMonth = "End Month";
    public const string EndDay = "End Day";
    public const string EndTime = "End Time";
    public const string DisplayDate = "Display Date";
    public const string Headline = "Headline";
    public const string Text = "Text";
    public const string Media = "Media";
    public const string MediaCredit = "Media Credit";
    public const string MediaCaption = "Media Caption";
    public const string MediaThumbnail = "Media Thumbnail";
    public const string Type = "Type";
    public const string Group = "Group";
    public const string Background = "Background";

    public static readonly string[] All =
    [
        Year, Month, Day, Time, EndYear, EndMonth, EndDay, EndTime, DisplayDate, Headline, Text,
        Media, MediaCredit, MediaCaption, MediaThumbnail, Type, Group, Background,
    ];
}
