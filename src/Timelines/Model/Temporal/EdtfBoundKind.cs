namespace Timelines;

/// <summary>What one of the four bounds of an EDTF value (<see cref="EdtfBounds"/>) holds.</summary>
public enum EdtfBoundKind
{
    /// <summary>A calendar day (<see cref="EdtfBound.Date"/>), for values of year, season, month or day precision.</summary>
    Date = 0,

    /// <summary>
    /// A second on the local time line with no offset (<see cref="EdtfBound.LocalDateTime"/>), for date-times written
    /// without <c>Z</c> or an offset; it becomes an instant only once a time zone is chosen.
    /// </summary>
    LocalDateTime = 1,

    /// <summary>A second on the global time line (<see cref="EdtfBound.Instant"/>), for date-times with <c>Z</c> or an offset.</summary>
    Instant = 2,

    /// <summary>The value is open at this end: no start (indefinite past) or no end yet (still going on).</summary>
    Open = 3,

    /// <summary>The end exists but is not known, so no bound can be given on this side.</summary>
    Unknown = 4,
}
