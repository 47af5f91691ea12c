namespace Timelines.Formats.ICalendar.Internal;

/// <summary>
/// One unfolded content line of an iCalendar file: its first line number, its name (uppercase), the text before the
/// value (name and parameters), the value as written, and the indexes of its first and last physical lines.
/// </summary>
internal sealed record ContentLine(long Line, string Name, string Head, string Value, int FirstPhysical, int LastPhysical);
