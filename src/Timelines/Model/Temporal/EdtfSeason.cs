namespace Timelines;

/// <summary>
/// The EDTF level 1 seasons, written as month numbers 21 to 24 (<c>2022-21</c> is spring 2022).
/// </summary>
/// <remarks>
/// EDTF does not say which months a season covers. Timelines uses the northern-hemisphere meteorological seasons:
/// spring is March to May, summer June to August, autumn September to November, and winter December of the year
/// to February of the next year (so <c>2022-24</c> runs from 1 December 2022 to 28 February 2023).
/// </remarks>
public enum EdtfSeason
{
    /// <summary>Spring (21): 1 March to 31 May.</summary>
    Spring = 21,

    /// <summary>Summer (22): 1 June to 31 August.</summary>
    Summer = 22,

    /// <summary>Autumn (23): 1 September to 30 November.</summary>
    Autumn = 23,

    /// <summary>Winter (24): 1 December to the last day of February of the following year.</summary>
    Winter = 24,
}
