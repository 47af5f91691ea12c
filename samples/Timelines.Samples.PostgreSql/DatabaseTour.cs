using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Timelines;
using Timelines.PostgreSql;
using Timelines.Querying;
using Timelines.Serialization;

namespace PostgreSqlTour;

/// <summary>
/// Saves the Belarus timeline to a store and asks the database the tour's questions: what happened in March 2022,
/// what was going on on 15 October 2022 (possibly and certainly), what came next after the drills, events per
/// month, and everything about the European Union and about Homiel. Each answer is printed with a check that the
/// same query in memory gives the same events in the same order.
/// </summary>
public sealed class DatabaseTour(PostgresTimelineStore store, TextWriter output)
{
    /// <summary>Runs the tour.</summary>
    /// <param name="dataPath">The timeline file.</param>
    /// <param name="clock">The clock that decides the as-of day (ongoing events last until today).</param>
    /// <returns>0 when every answer agreed with memory, 1 otherwise.</returns>
    public async Task<int> RunAsync(string dataPath, IClock clock)
    {
        var timeline = TimelineJson.ReadFile(dataPath).ToBuilder().SetAsOfToday(clock).Build();
        await store.MigrateAsync();
        var existing = await store.OpenAsync(timeline.Id);
        var version = await store.SaveAsync(timeline, existing?.Version ?? PostgresTimelineStore.NoVersion);
        output.WriteLine($"Saved '{timeline.Id}' ({timeline.Count} events) to schema '{store.Schema}', version {version}.");

        // One query value, two places to run it: the database (QueryAsync) and the timeline in memory. A query made
        // on the stored header (store.OpenAsync(id)).Query()) is the same value and needs no events in memory.
        var stored = (await store.OpenAsync(timeline.Id))!;
        var disagreements = 0;
        var march = EdtfValue.Parse("2022-03");
        var october = new LocalDate(2022, 10, 15);
        disagreements += await AskAsync("What happened in March 2022, possibly", timeline.Query().Overlapping(march));
        disagreements += await AskAsync("What happened in March 2022, certainly", timeline.Query().Overlapping(march).Certainly());
        disagreements += await AskAsync("What was going on on 15 October 2022, possibly", timeline.Query().On(october));
        disagreements += await AskAsync("What was going on on 15 October 2022, certainly", timeline.Query().On(october).Certainly());
        var drills = timeline.Events.FirstOrDefault(e => e.Id.Contains("drill", StringComparison.Ordinal));
        if (drills?.When.ToInterval(timeline.TimeZone) is { HasEnd: true } extent)
        {
            disagreements += await AskAsync($"What came next after '{drills.Id}'", timeline.Query().Next(extent.End, 5));
        }

        disagreements += await AskAsync("Everything involving the European Union", timeline.Query().WithActor("European Union"));
        disagreements += await AskAsync("Everything at Homiel", timeline.Query().WithPlace("Homiel"));

        var year = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31));
        var possibly = await store.HistogramAsync(stored.Query(), year, HistogramUnit.Month);
        var certainly = await store.HistogramAsync(stored.Query().Certainly(), year, HistogramUnit.Month);
        var sameHistogram = possibly.Select(b => b.Count).SequenceEqual(timeline.Query().Histogram(year, HistogramUnit.Month).Select(b => b.Count))
            && certainly.Select(b => b.Count).SequenceEqual(timeline.Query().Certainly().Histogram(year, HistogramUnit.Month).Select(b => b.Count));
        output.WriteLine();
        output.WriteLine($"Events per month of 2022 (possibly / certainly), from the database {Agreement(sameHistogram)}:");
        foreach (var (p, c) in possibly.Zip(certainly))
        {
            output.WriteLine(FormattableString.Invariant($"  {p.First:yyyy-MM}  {p.Count,3} / {c.Count,3}"));
        }

        disagreements += sameHistogram ? 0 : 1;
        output.WriteLine();
        output.WriteLine(disagreements == 0 ? "Every answer from the database was the in-memory answer." : $"{disagreements} answers differed from memory.");
        return disagreements == 0 ? 0 : 1;
    }

    private async Task<int> AskAsync(string question, TimelineQuery query)
    {
        var answer = new List<TimelineEvent>();
        await foreach (var item in store.QueryAsync(query))
        {
            answer.Add(item);
        }

        var same = answer.SequenceEqual(query.ToImmutableArray());
        output.WriteLine();
        output.WriteLine($"{question}: {answer.Count} events, from the database {Agreement(same)}");
        foreach (var item in answer)
        {
            output.WriteLine($"  {item.When,-28} {item.Title}");
        }

        return same ? 0 : 1;
    }

    private static string Agreement(bool same) => same ? "(the same as in memory)" : "(DIFFERENT from memory)";
}
