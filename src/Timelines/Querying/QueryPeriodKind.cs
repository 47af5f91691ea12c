namespace Timelines.Querying;

/// <summary>How a <see cref="QueryPeriod"/> was given.</summary>
public enum QueryPeriodKind
{
    /// <summary>A NodaTime <see cref="NodaTime.Interval"/>, half-open, possibly without a start or an end.</summary>
    Interval = 0,

    /// <summary>A NodaTime <see cref="NodaTime.DateInterval"/>: whole days, both ends included, in a zone.</summary>
    Dates = 1,

    /// <summary>
    /// An EDTF value such as <c>2022-03</c> or <c>2022-02-24/2022-03</c>, in a zone, taken as the whole period it
    /// could cover: <c>2022-03</c> is the month of March, from its first moment to its last.
    /// </summary>
    Edtf = 2,

    /// <summary>A single instant: the one tick at which it starts.</summary>
    Instant = 3,

    /// <summary>
    /// An event's time, uncertainty kept: <c>2022-03</c> is some time in March, and a question about it is
    /// answered for every way the event could have happened, as the query's <see cref="Certainty"/> says.
    /// </summary>
    EventTime = 4,
}
