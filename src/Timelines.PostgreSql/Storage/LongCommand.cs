using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Timelines.PostgreSql.Storage;

/// <summary>
/// Commands whose work grows with a timeline's size (deleting or reading all its events, recomputing its extents,
/// building an index over existing rows): they run without Npgsql's command timeout, which would cut a big timeline's
/// save or migration at 30 seconds; the caller's cancellation token stops them instead. A binary <c>COPY</c> is
/// one of them: its completion waits while the server maintains the indexes over every row copied, which took more
/// than 30 seconds for a timeline of 10,000,000 events.
/// </summary>
internal static class LongCommand
{
    public static NpgsqlCommand Create(string sql, NpgsqlConnection connection, NpgsqlTransaction? transaction = null) =>
        new(sql, connection, transaction) { CommandTimeout = 0 };

    /// <summary>Begins a binary <c>COPY ... FROM STDIN</c> without a timeout (zero: Npgsql waits as long as it takes).</summary>
    public static async Task<NpgsqlBinaryImporter> BeginImportAsync(NpgsqlConnection connection, string copyFromCommand, CancellationToken cancellationToken)
    {
        var importer = await connection.BeginBinaryImportAsync(copyFromCommand, cancellationToken).ConfigureAwait(false);
        importer.Timeout = TimeSpan.Zero;
        return importer;
    }
}
