using NodaTime;

namespace Timelines.PostgreSql.Storage;

/// <summary>Time zones by the ids the store keeps: those of the TZDB provider, as the JSON format reads them.</summary>
internal static class Zones
{
    public static DateTimeZone Find(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? (id == DateTimeZone.Utc.Id ? DateTimeZone.Utc
            : throw new TimelineStoreException($"The time zone '{id}' of a stored timeline is not in this machine's time zone database."));

    public static bool IsStorable(DateTimeZone zone) =>
        zone == DateTimeZone.Utc || DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone.Id) is not null;
}
