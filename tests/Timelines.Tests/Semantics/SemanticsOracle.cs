using System;
using NodaTime;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The four points of a value and of a query period, computed from docs/semantics.md alone: section 2 (granules,
/// the tables for each kind of end, narrowing by whole granules), section 4 (ongoing ends) and section 5 (periods).
/// </summary>
/// <remarks>
/// Independence: this reads only the parsed structure of a value (<see cref="EdtfValue.Start"/>,
/// <see cref="EdtfValue.End"/>, <see cref="EdtfEnd.Kind"/>, <see cref="EdtfEnd.Date"/>,
/// <see cref="EdtfDate.FirstDay"/>, <see cref="EdtfDate.LastDay"/>, <see cref="EdtfDate.TimeOfDay"/>,
/// <see cref="EdtfDate.Offset"/>) and NodaTime's zones; nothing of the library that computes bounds or answers.
/// <c>OracleIndependenceTest</c> checks that by reading the compiled code.
/// </remarks>
internal static class SemanticsOracle
{
    /// <summary>The four points of an event's time, with its days in <paramref name="zone"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="zone">The zone its days and local date-times are placed in.</param>
    /// <param name="ongoingUntil">T, where an open end stops (section 4), or null when it lasts forever.</param>
    public static FourPoints Points(EdtfValue value, DateTimeZone zone, long? ongoingUntil)
    {
        var start = value.Start;
        var end = value.End;
        var a = start.Kind == EdtfEndKind.Date ? new Granules(start.Date, zone) : null;
        var b = end.Kind == EdtfEndKind.Date ? new Granules(end.Date, zone) : null;

        // Section 2, the table for A.
        var (es, ls) = start.Kind switch
        {
            EdtfEndKind.Date => (a!.FirstStart, a.LastStart),
            EdtfEndKind.Open => (TickAxis.OpenStart, TickAxis.OpenStart),
            _ => (TickAxis.UnknownStart, b!.LastStart),
        };

        long ee, le;
        switch (end.Kind)
        {
            case EdtfEndKind.Date:
                (ee, le) = (b!.FirstEnd, b.LastEnd);
                break;
            case EdtfEndKind.Unknown:
                (ee, le) = (a!.FirstEnd, TickAxis.UnknownEnd);
                break;
            default:
                // Section 4. An open end needs a dated start: an interval has a date at one end at least.
                if (ongoingUntil is not { } t)
                {
                    (ee, le) = (TickAxis.OpenEnd, TickAxis.OpenEnd);
                }
                else if (es < t)
                {
                    (ee, le) = (t, t);
                    if (ls >= t)
                    {
                        ls = a!.LastStartBefore(t);
                    }
                }
                else
                {
                    // Seen going on before it started: it lasts one granule of its start.
                    (ee, le) = (a!.FirstEnd, a.FirstEnd);
                    ls = es;
                }

                return Checked(value, new FourPoints(es, ls, ee, le));
        }

        // Section 2, narrowing by whole granules of the date being moved.
        if (a is not null && ls >= le)
        {
            ls = a.LastStartBefore(le);
        }

        if (b is not null && ee <= es)
        {
            ee = b.FirstEndAfter(es);
        }

        return Checked(value, new FourPoints(es, ls, ee, le));
    }

    /// <summary>The four points of a query period (section 5, "Periods"), in the context of the timeline it is asked of.</summary>
    public static FourPoints Points(PeriodSpec period, TimeContext context)
    {
        var zone = period.Zone ?? context.Zone;
        switch (period.Kind)
        {
            case PeriodKind.Interval:
                return FourPoints.Exact(
                    period.Start is { } start ? TickAxis.Of(start) : TickAxis.OpenStart,
                    period.End is { } end ? TickAxis.Of(end) : TickAxis.OpenEnd);
            case PeriodKind.Instant:
                var tick = TickAxis.Of(period.Start!.Value);
                return FourPoints.Exact(tick, tick + 1);
            case PeriodKind.Dates:
                return FourPoints.Exact(TickAxis.StartOfDay(period.Dates!.Start, zone), TickAxis.EndOfDay(period.Dates.End, zone));
            case PeriodKind.Covering:
                // p = ES exactly; q = LE for a dated end, the ongoing end of section 4 for an open one (EE = LE
                // there), and [EE, +∞ − 1] for an unknown one.
                var span = Points(period.Value!, zone, context.OngoingUntil);
                var earliestEnd = period.Value!.End.Kind == EdtfEndKind.Unknown ? span.EarliestEnd : span.LatestEnd;
                return new FourPoints(span.EarliestStart, span.EarliestStart, earliestEnd, span.LatestEnd);
            case PeriodKind.Edtf:
                return Points(period.Value!, zone, context.OngoingUntil);
            default:
                // An event of the timeline: its own time, in the timeline's zone.
                return Points(period.Event!.When, context.Zone, context.OngoingUntil);
        }
    }

    /// <summary>The four points of an event of a timeline, as its queries see it.</summary>
    public static FourPoints Points(TimelineEvent item, TimeContext context) => Points(item.When, context.Zone, context.OngoingUntil);

    private static FourPoints Checked(EdtfValue value, FourPoints points) => points.IsWellFormed
        ? points
        : throw new InvalidOperationException($"The semantics give {value} points without resolutions: {points}.");
}
