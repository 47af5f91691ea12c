namespace Timelines;

/// <summary>What an end of an EDTF interval holds.</summary>
public enum EdtfEndKind
{
    /// <summary>
    /// The end exists but is not known (written as an empty end, <c>1985-04-12/</c>): the event did end (or start),
    /// but the source does not say when.
    /// </summary>
    Unknown = 0,

    /// <summary>
    /// The interval is open at this end (written <c>..</c>): an open end means the event is still going on
    /// (<c>2022-02/..</c>), an open start that it reaches back indefinitely.
    /// </summary>
    Open = 1,

    /// <summary>The end is a date (<see cref="EdtfEnd.Date"/>).</summary>
    Date = 2,
}
