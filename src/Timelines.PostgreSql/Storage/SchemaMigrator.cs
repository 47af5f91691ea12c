using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Timelines.PostgreSql.Storage;

/// <summary>Applies <see cref="SchemaMigrations"/> in one transaction under an advisory lock, so concurrent migrators take turns.</summary>
internal static class SchemaMigrator
{
    public static async Task<int> ReadVersionAsync(NpgsqlDataSource dataSource, SchemaName schema, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadVersionAsync(connection, schema, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, SchemaName schema, int target, CancellationToken cancellationToken)
    {
        var steps = SchemaMigrations.Steps(schema);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // One lock for every schema of the database: the steps may create an extension, which is database-wide.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('timelines-postgresql-schema'))", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var create = new NpgsqlCommand(
            $"CREATE SCHEMA IF NOT EXISTS {schema.Quoted}; CREATE TABLE IF NOT EXISTS {schema.Migration} (version integer PRIMARY KEY, description text NOT NULL)",
            connection,
            transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var current = await ReadVersionAsync(connection, schema, cancellationToken).ConfigureAwait(false);
        if (current > steps.Count)
        {
            throw new TimelineStoreException(WrongVersion(schema, current, steps.Count));
        }

        foreach (var (version, description, sql) in steps)
        {
            if (version <= current || version > target)
            {
                continue;
            }

            await using var step = LongCommand.Create(sql, connection, transaction);
            await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand($"INSERT INTO {schema.Migration} (version, description) VALUES ($1, $2)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter { Value = version });
            record.Parameters.Add(new NpgsqlParameter { Value = description });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            current = version;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return current;
    }

    public static string WrongVersion(SchemaName schema, int found, int known) => found > known
        ? string.Create(CultureInfo.InvariantCulture, $"The schema '{schema.Name}' is at version {found}, newer than this library's {known}: use a newer Timelines.PostgreSql.")
        : string.Create(CultureInfo.InvariantCulture, $"The schema '{schema.Name}' is at version {found}, not {known}: call MigrateAsync to bring it up to date.");

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, SchemaName schema, CancellationToken cancellationToken)
    {
        // to_regclass takes the table's name as a value, so an absent schema is 0 rather than an error.
        await using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = schema.Migration });
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
        {
            return 0;
        }

        await using var read = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {schema.Migration}", connection);
        return (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
