using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Timelines.PostgreSql.Storage;

/// <summary>
/// A short hash of how the core library places EDTF values on the time line today: the extents and bounds it
/// gives for a fixed set of probe values in a few zones, and the time zone database's version.
/// </summary>
/// <remarks>
/// The extents in SQL are computed by the core when events are written. If a later version of the core (or of the
/// zone data) computed them differently, the stored ranges would no longer narrow candidates soundly. Each timeline
/// records the fingerprint its rows were computed with; a query or a write on a timeline whose fingerprint differs
/// from the running one is refused until <see cref="PostgresTimelineStore.MigrateAsync"/> has recomputed them. The
/// probes cover every precision, qualifier, end kind and the edges of the calendar, so a change in the rules shows.
/// </remarks>
internal static class ExtentsFingerprint
{
    // Bump when this package changes how it derives the columns from the core's answers.
    private const string DerivationVersion = "timelines-postgresql/1";

    private static readonly string[] Probes =
    [
        "2022", "2022-02", "2022-02-24", "2022-21", "2022-24", "2022-02-24T04:00:00Z", "2022-02-24T04:00:00",
        "2022-02-24T04:00:00+03:00", "2022?", "2022-02~", "2022-02-24%", "202X", "20XX", "2022-XX", "2022-02-XX",
        "2022-02/2022-03", "2022/2022-03", "2026-02-08/2026-02", "2022-02/..", "../2022-02", "/2022-02", "2022-02/",
        "1984?/2004-06~", "2022-02-24/2022-02-24T12:00:00Z", "-9998", "9999-12-31", "-9998-01-01/..", "../9999-12",
        "Y-9998", "0000", "1985-04-12/",
    ];

    private static readonly string[] Zones = ["Etc/UTC", "Europe/Minsk", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago"];

    private static readonly Lazy<string> Value = new(Compute);

    public static string Current => Value.Value;

    private static string Compute()
    {
        var text = new StringBuilder(DerivationVersion).Append('|').Append(DateTimeZoneProviders.Tzdb.VersionId);
        foreach (var probe in Probes)
        {
            if (!EdtfValue.TryParse(probe, out var value))
            {
                text.Append('|').Append(probe).Append(":invalid");
                continue;
            }

            text.Append('|').Append(value).Append(':').Append(value.Bounds);
            foreach (var zoneId in Zones)
            {
                var zone = DateTimeZoneProviders.Tzdb[zoneId];
                var possible = value.ToInterval(zone);
                text.Append(';').Append(Ticks(EventRow.Lower(possible))).Append(',').Append(Ticks(EventRow.Upper(possible)));
                if (value.ToCertainInterval(zone) is { } certain)
                {
                    text.Append(',').Append(Ticks(EventRow.Lower(certain))).Append(',').Append(Ticks(EventRow.Upper(certain)));
                }
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(hash, 0, 12).ToLowerInvariant();
    }

    private static string Ticks(long? ticks) => ticks?.ToString(CultureInfo.InvariantCulture) ?? "*";
}
