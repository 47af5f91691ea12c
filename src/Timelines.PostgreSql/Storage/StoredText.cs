using System;

namespace Timelines.PostgreSql.Storage;

/// <summary>
/// PostgreSQL text cannot hold U+0000. The exact value of every field is kept in the event's JSON document, where
/// U+0000 is the escape <c>\u0000</c>; the columns that exist for SQL (title, tags, actor and place names, status)
/// and every query parameter have U+0000 replaced by U+FFFD, the same way, so a filter in SQL still finds every
/// candidate (perhaps a few more, which the exact test on the fetched events removes). Ids are keys and cannot be
/// replaced without colliding, so an id with U+0000 is refused.
/// </summary>
internal static class StoredText
{
    public const char Nul = '\0';

    public const char Replacement = '\uFFFD';

    public static bool HasNul(string? text) => text is not null && text.Contains(Nul, StringComparison.Ordinal);

    public static string ForColumn(string text) => HasNul(text) ? text.Replace(Nul, Replacement) : text;

    public static string? ForNullableColumn(string? text) => text is null ? null : ForColumn(text);
}
