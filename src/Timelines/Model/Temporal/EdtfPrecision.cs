namespace Timelines;

/// <summary>
/// The finest unit a source gave for an EDTF date. A value keeps the precision it was given: a month stays a month
/// and is never turned into its first day.
/// </summary>
public enum EdtfPrecision
{
    /// <summary>A calendar year, such as <c>2022</c> (or a span of years written with unspecified digits, <c>201X</c>).</summary>
    Year = 0,

    /// <summary>A season of a year, such as <c>2022-21</c> (spring 2022).</summary>
    Season = 1,

    /// <summary>A month of a year, such as <c>2022-02</c>.</summary>
    Month = 2,

    /// <summary>A calendar day, such as <c>2022-02-24</c>.</summary>
    Day = 3,

    /// <summary>A second of a day, such as <c>2022-02-24T04:00:00+02:00</c>.</summary>
    Second = 4,
}
