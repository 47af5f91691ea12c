namespace Timelines.Formats.ICalendar.Internal;

/// <summary>One unfolded content line of an iCalendar file: its first line number, its name (uppercase), the text before the value (name and parameters) and the value as written.</summary>
internal sealed record ContentLine(long Line, string Name, string Head, string Value);
