namespace Timelines.Querying;

/// <summary>How a <see cref="QueryPeriod"/> was given; docs/semantics.md, section 5, says what each means.</summary>
public enum QueryPeriodKind
{
    /// <summary>A NodaTime <see cref="NodaTime.Interval"/>, half-open, possibly without a start or an end: exact.</summary>
    Interval = 0,

    /// <summary>A NodaTime <see cref="NodaTime.DateInterval"/>: whole days, both ends included, in a zone: exact.</summary>
    Dates = 1,

    /// <summary>
    /// An EDTF value such as <c>2022-03</c>, with its own four points as an event's: <c>2022-03</c> is some period
    /// within March, and a question about it is answered for every way both it and the event could be resolved.
    /// </summary>
    Edtf = 2,

    /// <summary>A single instant: the one tick at which it starts.</summary>
    Instant = 3,

    /// <summary>An event's time, as <see cref="Edtf"/>; the event itself is left out of the results.</summary>
    Event = 4,

    /// <summary>
    /// The whole span an EDTF value could cover, as an exact period from its earliest start to its latest end:
    /// <c>2022-03</c> is all of March. An unknown end stays unknown.
    /// </summary>
    Covering = 5,
}
