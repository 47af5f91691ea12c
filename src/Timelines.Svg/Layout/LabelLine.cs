namespace Timelines.Svg.Layout;

/// <summary>
/// One line of an event's label: a part of its title, then a part of its date in words, drawn muted; either may
/// be empty, and only the label's last line or lines hold the date. <see cref="BreaksWord"/> says that the line
/// ends inside a word too long for any line, which goes on at the start of the next.
/// </summary>
internal sealed record LabelLine(string Title, string Date, bool BreaksWord = false)
{
    /// <summary>Gets the whole line as it reads.</summary>
    public string Text => Title.Length == 0 ? Date : Date.Length == 0 ? Title : Title + " " + Date;
}
