using System;
using NodaTime;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The granules of one EDTF date in a zone (docs/semantics.md section 2): its days, whatever its precision, or
/// the one second of a date-time; a date is the run of them from <see cref="EdtfDate.FirstDay"/> to
/// <see cref="EdtfDate.LastDay"/>.
/// </summary>
internal sealed class Granules
{
    private readonly EdtfDate date;
    private readonly DateTimeZone zone;
    private readonly long? second;

    public Granules(EdtfDate date, DateTimeZone zone)
    {
        this.date = date;
        this.zone = zone;
        if (date.TimeOfDay is { } time)
        {
            var local = date.FirstDay.At(time);
            second = date.Offset is { } offset ? TickAxis.Place(local, offset) : TickAxis.Place(local, zone);
        }
    }

    private int Count => second.HasValue ? 1 : Period.DaysBetween(date.FirstDay, date.LastDay) + 1;

    /// <summary>Gets the start of the first granule.</summary>
    public long FirstStart => Start(0);

    /// <summary>Gets the start of the last granule.</summary>
    public long LastStart => Start(Count - 1);

    /// <summary>Gets the end of the first granule.</summary>
    public long FirstEnd => End(0);

    /// <summary>Gets the end of the last granule.</summary>
    public long LastEnd => End(Count - 1);

    /// <summary>The start of the last granule that begins before <paramref name="limit"/> (a narrowed latest start).</summary>
    public long LastStartBefore(long limit)
    {
        // Starts grow with the granule, so the granules that begin before the limit are a prefix: find its end.
        int lo = 0, hi = Count; // Invariant: granules below lo begin before the limit, those from hi on do not.
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (Start(mid) < limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 ? Start(lo - 1) : throw new InvalidOperationException($"No granule of {date} begins before {TickAxis.Show(limit)}: the semantics assume one does.");
    }

    /// <summary>The end of the first granule that ends after <paramref name="limit"/> (a narrowed earliest end).</summary>
    public long FirstEndAfter(long limit)
    {
        int lo = 0, hi = Count; // Invariant: granules below lo end at or before the limit, those from hi on after it.
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (End(mid) <= limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Count ? End(lo) : throw new InvalidOperationException($"No granule of {date} ends after {TickAxis.Show(limit)}: the semantics assume one does.");
    }

    private long Start(int index) => second ?? TickAxis.StartOfDay(date.FirstDay.PlusDays(index), zone);

    private long End(int index) => second is { } tick ? tick + NodaConstants.TicksPerSecond : TickAxis.EndOfDay(date.FirstDay.PlusDays(index), zone);
}
