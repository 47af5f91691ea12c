using NodaTime;
using Timelines.Querying;

namespace Timelines.Tests.Semantics;

/// <summary>
/// What a question is asked in: the timeline's zone, its as-of day and the query's choice for ongoing ends
/// (docs/semantics.md sections 1 and 4).
/// </summary>
internal sealed record TimeContext(DateTimeZone Zone, LocalDate? AsOf, OpenEnds Ongoing)
{
    /// <summary>A value alone (section 5, "Between two values"): a zone, no as-of day, open ends lasting forever.</summary>
    public static TimeContext Alone(DateTimeZone zone) => new(zone, null, OpenEnds.Forever);

    /// <summary>
    /// Gets T, the end of the as-of day in the timeline's zone, where an ongoing event ends; null when it lasts
    /// forever (<see cref="OpenEnds.Forever"/>, or no as-of day).
    /// </summary>
    public long? OngoingUntil => Ongoing == OpenEnds.UntilAsOf && AsOf is { } day ? TickAxis.EndOfDay(day, Zone) : null;

    public override string ToString() =>
        $"zone {Zone.Id}, as-of {(AsOf is { } day ? day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none")}, {Ongoing}";
}
