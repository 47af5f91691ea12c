namespace Timelines.Querying;

/// <summary>The calendar unit of a histogram's buckets.</summary>
public enum HistogramUnit
{
    /// <summary>One bucket per day.</summary>
    Day = 0,

    /// <summary>One bucket per ISO week, Monday to Sunday.</summary>
    Week = 1,

    /// <summary>One bucket per calendar month.</summary>
    Month = 2,

    /// <summary>One bucket per calendar year.</summary>
    Year = 3,
}
