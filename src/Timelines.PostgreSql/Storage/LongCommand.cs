using Npgsql;

namespace Timelines.PostgreSql.Storage;

/// <summary>
/// Commands whose work grows with a timeline's size (deleting or reading all its events, recomputing its extents,
/// building an index over existing rows): they run without Npgsql's command timeout, which would cut a big timeline's
/// save or migration at 30 seconds; the caller's cancellation token stops them instead.
/// </summary>
internal static class LongCommand
{
    public static NpgsqlCommand Create(string sql, NpgsqlConnection connection, NpgsqlTransaction? transaction = null) =>
        new(sql, connection, transaction) { CommandTimeout = 0 };
}
