using System;
using NodaTime;
using Timelines.PostgreSql.Storage;
using Timelines.Querying;

namespace Timelines.PostgreSql.Querying;

/// <summary>
/// The possible extent of a query's period on the tick axis, from the core's public members: every moment the
/// period could cover, with days in the period's zone or the timeline's. Null ends are unbounded.
/// </summary>
internal static class PeriodExtent
{
    public static (long? Start, long? End) Of(QueryPeriod period, DateTimeZone timelineZone)
    {
        var zone = period.Zone ?? timelineZone;
        switch (period.Kind)
        {
            case QueryPeriodKind.Interval:
                var interval = period.Interval!.Value;
                return (EventRow.Lower(interval), EventRow.Upper(interval));
            case QueryPeriodKind.Instant:
                var tick = period.Instant!.Value.ToUnixTimeTicks();
                return (tick, tick + 1);
            case QueryPeriodKind.Dates:
                var dates = period.Dates!;
                var days = dates.Start == dates.End
                    ? EdtfValue.ForDate(EdtfDate.ForDay(dates.Start))
                    : EdtfValue.Interval(EdtfDate.ForDay(dates.Start), EdtfDate.ForDay(dates.End));
                return Of(days.ToInterval(zone));
            case QueryPeriodKind.Edtf:
            case QueryPeriodKind.Covering:
            case QueryPeriodKind.Event:
                // An event's time, a value's four points or the whole span it could cover: every resolution lies
                // in the possible extent (an open end that the query resolves as of a day can only shorten it).
                return Of(period.Edtf!.ToInterval(zone));
            default:
                throw new NotSupportedException($"The query period '{period}' is of a kind ({period.Kind}) this version of Timelines.PostgreSql does not know; it cannot narrow candidates for it soundly.");
        }
    }

    private static (long? Start, long? End) Of(Interval interval) => (EventRow.Lower(interval), EventRow.Upper(interval));
}
