namespace Timelines;

/// <summary>
/// Allen's thirteen relations between two intervals <c>a</c> and <c>b</c>, each named as "a <em>relation</em> b".
/// For two intervals known exactly, exactly one of them holds.
/// </summary>
/// <remarks>
/// Intervals are half-open on the time line: a day-precision value covers its whole last day, so
/// <c>2022-02-01/2022-02-28</c> <see cref="Meets"/> <c>2022-03-01/2022-03-31</c>. A single month such as
/// <c>2022-02</c> is some time within February, so whether it meets <c>2022-03</c> is only
/// <see cref="TruthValue.Maybe"/>.
/// </remarks>
public enum AllenRelation
{
    /// <summary>a ends before b starts, with a gap between them.</summary>
    Before = 0,

    /// <summary>a ends exactly where b starts.</summary>
    Meets = 1,

    /// <summary>a starts first, b starts before a ends, and a ends before b ends.</summary>
    Overlaps = 2,

    /// <summary>a and b start together and a ends first.</summary>
    Starts = 3,

    /// <summary>a lies strictly inside b: it starts after b starts and ends before b ends.</summary>
    During = 4,

    /// <summary>a and b end together and a starts later.</summary>
    Finishes = 5,

    /// <summary>a and b start together and end together.</summary>
    Equals = 6,

    /// <summary>a and b end together and a starts earlier (the converse of <see cref="Finishes"/>).</summary>
    FinishedBy = 7,

    /// <summary>b lies strictly inside a (the converse of <see cref="During"/>).</summary>
    Contains = 8,

    /// <summary>a and b start together and b ends first (the converse of <see cref="Starts"/>).</summary>
    StartedBy = 9,

    /// <summary>b starts first, a starts before b ends, and b ends before a ends (the converse of <see cref="Overlaps"/>).</summary>
    OverlappedBy = 10,

    /// <summary>b ends exactly where a starts (the converse of <see cref="Meets"/>).</summary>
    MetBy = 11,

    /// <summary>b ends before a starts, with a gap between them (the converse of <see cref="Before"/>).</summary>
    After = 12,
}
