using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Timelines.PostgreSql.Tests;

/// <summary>
/// The real PostgreSQL every test here runs against: the one named by <c>TIMELINES_POSTGRESQL</c> (an Npgsql
/// connection string; <c>.ci/run</c> starts one with <c>.ci/setup-postgresql</c>), or else a private one this
/// fixture starts with the same script and stops at the end. When neither works, every test fails with the reason:
/// nothing here passes without a database.
/// </summary>
[SetUpFixture]
public sealed class Database
{
    private static NpgsqlDataSource? dataSource;
    private static PostgresTimelineStore? store;
    private static string? ownServerDirectory;
    private static int counter;

    public static NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("The database fixture did not start.");

    public static PostgresTimelineStore Store => store ?? throw new InvalidOperationException("The database fixture did not start.");

    public static string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Gets an id no other test uses, so that tests share one schema without seeing each other's timelines.</summary>
    public static string NewId(string prefix) => prefix + "-" + Interlocked.Increment(ref counter).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Gets a schema name no other test uses.</summary>
    public static string NewSchema(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..12];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var given = Environment.GetEnvironmentVariable("TIMELINES_POSTGRESQL");
        ConnectionString = string.IsNullOrWhiteSpace(given) ? StartOwnServer() : given;
        dataSource = PostgresTimelineStore.CreateDataSource(ConnectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            Assert.Fail($"No PostgreSQL answers at '{ConnectionString}' ({e.Message}). Start one with .ci/setup-postgresql, or unset TIMELINES_POSTGRESQL to let the tests start their own.");
        }

        store = new PostgresTimelineStore(dataSource);
        await store.MigrateAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }

        if (ownServerDirectory is not null)
        {
            RunScript("stop", ownServerDirectory);
        }
    }

    public static PostgresTimelineStore StoreIn(string schema) => new(DataSource, schema);

    private static string StartOwnServer()
    {
        var output = RunScript("start", null);
        string? connection = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = Export(line);
            if (name == "TIMELINES_POSTGRESQL")
            {
                connection = value;
            }
            else if (name == "TIMELINES_POSTGRESQL_DIR")
            {
                ownServerDirectory = value;
            }
        }

        if (connection is null)
        {
            Assert.Fail("TIMELINES_POSTGRESQL is not set and .ci/setup-postgresql printed no connection string:\n" + output);
        }

        TestContext.Progress.WriteLine($"Started a private PostgreSQL for these tests in {ownServerDirectory}.");
        return connection!;
    }

    private static (string Name, string Value) Export(string line)
    {
        const string prefix = "export ";
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        return line.StartsWith(prefix, StringComparison.Ordinal) && equals > 0
            ? (line[prefix.Length..equals], line[(equals + 1)..].Trim('\''))
            : (string.Empty, string.Empty);
    }

    private static string RunScript(string verb, string? directory)
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Timeline.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        if (root is null)
        {
            Assert.Fail("TIMELINES_POSTGRESQL is not set, and the repository (with .ci/setup-postgresql) was not found above " + AppContext.BaseDirectory);
        }

        var start = new ProcessStartInfo("bash", [Path.Combine(root!, ".ci", "setup-postgresql"), verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (directory is not null)
        {
            start.Environment["TIMELINES_POSTGRESQL_DIR"] = directory;
        }

        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && verb == "start")
        {
            Assert.Fail($"TIMELINES_POSTGRESQL is not set, and .ci/setup-postgresql could not start a server (exit {process.ExitCode}):\n{standardError.Result}");
        }

        return output;
    }
}
