using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using Timelines.PostgreSql.Storage;

namespace Timelines.PostgreSql;

/// <summary>
/// Keeps timelines in PostgreSQL and answers <see cref="Timelines.Querying.TimelineQuery"/> values in the database with
/// exactly the results, in exactly the order, that the same query gives on the timeline in memory.
/// </summary>
/// <remarks>
/// <para>
/// Create the schema once (<see cref="MigrateAsync"/>, idempotent), then <see cref="SaveAsync"/> whole timelines,
/// <see cref="AppendAsync"/> and <see cref="RemoveAsync"/> events, <see cref="LoadAsync"/> them back, and query them
/// with <see cref="QueryAsync"/>, <see cref="CountAsync"/>, <see cref="AnyAsync"/> and the aggregations. Every write
/// names the version it expects (<see cref="NoVersion"/> for a new timeline) and returns the new one; a writer that
/// lost a race gets a <see cref="TimelineConcurrencyException"/>, and nothing of its write is stored.
/// </para>
/// <para>
/// Queries: SQL narrows the candidates with range conditions on the stored extents that can only keep too many
/// (GiST and B-tree indexes), and the core library decides exactly on the fetched candidates, batch by batch in
/// order, by running the very same query on them; so the answers follow the core's semantics wherever they change.
/// Only values computed by the core and parameters reach SQL. See the package README for the schema.
/// </para>
/// <threadsafety>This type is thread-safe: it holds only the data source and the schema name, and every call uses
/// a connection of its own from the data source's pool.</threadsafety>
/// </remarks>
public sealed partial class PostgresTimelineStore
{
    /// <summary>The version to pass to a write that creates a timeline: it must not be stored yet.</summary>
    public const long NoVersion = 0;

    private readonly NpgsqlDataSource dataSource;
    private readonly SchemaName schema;

    /// <summary>Initializes a store on a data source.</summary>
    /// <param name="dataSource">
    /// The data source, built with Npgsql.NodaTime's <c>UseNodaTime()</c> (as <see cref="CreateDataSource"/> does);
    /// the store does not dispose it.
    /// </param>
    /// <param name="schema">The PostgreSQL schema for the store's tables: 1 to 63 lower-case letters, digits and underscores.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="schema"/> is not a plain identifier.</exception>
    public PostgresTimelineStore(NpgsqlDataSource dataSource, string schema = "timelines")
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        this.dataSource = dataSource;
        this.schema = SchemaName.Parse(schema);
    }

    /// <summary>Gets the schema version this library creates and reads.</summary>
    public static int SchemaVersion => SchemaMigrations.Latest;

    /// <summary>Gets the PostgreSQL schema that holds the store's tables.</summary>
    public string Schema => schema.Name;

    /// <summary>Creates a data source for a connection string, with the NodaTime types mapped (<c>UseNodaTime()</c>).</summary>
    /// <param name="connectionString">An Npgsql connection string, such as <c>Host=localhost;Username=app;Database=news</c>.</param>
    /// <returns>The data source; dispose it when done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNodaTime();
        return builder.Build();
    }

    /// <summary>
    /// Creates the schema when it does not exist; otherwise checks that it is at <see cref="SchemaVersion"/>.
    /// Idempotent; never changes an existing schema (use <see cref="MigrateAsync"/> for that).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the schema is ready.</returns>
    /// <exception cref="TimelineStoreException">The schema exists at another version.</exception>
    public async Task CreateSchemaAsync(CancellationToken cancellationToken = default)
    {
        var version = await SchemaMigrator.ReadVersionAsync(dataSource, schema, cancellationToken).ConfigureAwait(false);
        if (version == 0)
        {
            await SchemaMigrator.MigrateAsync(dataSource, schema, SchemaVersion, cancellationToken).ConfigureAwait(false);
        }
        else if (version != SchemaVersion)
        {
            throw new TimelineStoreException(SchemaMigrator.WrongVersion(schema, version, SchemaVersion));
        }
    }

    /// <summary>
    /// Brings the schema to <see cref="SchemaVersion"/>, creating it if needed, and recomputes the extents of any
    /// timeline stored by a version of the core library that placed dates differently. Idempotent, and safe to run
    /// from several processes at once (they take turns on an advisory lock).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema version, <see cref="SchemaVersion"/>.</returns>
    /// <exception cref="TimelineStoreException">The schema is newer than this library.</exception>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var version = await SchemaMigrator.MigrateAsync(dataSource, schema, SchemaVersion, cancellationToken).ConfigureAwait(false);
        await ExtentsRefresher.RefreshStaleAsync(dataSource, schema, cancellationToken).ConfigureAwait(false);
        return version;
    }

    /// <summary>Brings the schema to an earlier version than the current one, for tests of migration.</summary>
    internal Task<int> MigrateToAsync(int version, CancellationToken cancellationToken = default) =>
        SchemaMigrator.MigrateAsync(dataSource, schema, version, cancellationToken);
}
