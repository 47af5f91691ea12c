// The tour of Timelines, asked of PostgreSQL: saves the Belarus 2022 timeline to the database named by a
// connection string and asks the database the tour's questions, checking each answer against the same query in
// memory. Run with
//   dotnet run --project samples/Timelines.Samples.PostgreSql -- "Host=localhost;Username=me;Database=news"
// or with the connection string in TIMELINES_POSTGRESQL (which .ci/setup-postgresql prints for a private server).
using System;
using System.IO;
using Npgsql;
using PostgreSqlTour;
using Timelines.PostgreSql;

var connectionString = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("TIMELINES_POSTGRESQL");
if (string.IsNullOrWhiteSpace(connectionString))
{
    Console.Error.WriteLine("Give an Npgsql connection string as the first argument, or set TIMELINES_POSTGRESQL.");
    return 2;
}

var data = Path.Combine(AppContext.BaseDirectory, "data", "belarus-2022.timeline.json");
try
{
    await using var dataSource = PostgresTimelineStore.CreateDataSource(connectionString);
    return await new DatabaseTour(new PostgresTimelineStore(dataSource), Console.Out).RunAsync(data, NodaTime.SystemClock.Instance);
}
catch (Exception e) when (e is NpgsqlException or TimelineStoreException or ArgumentException)
{
    Console.Error.WriteLine($"The database tour failed: {e.Message}");
    return 1;
}
