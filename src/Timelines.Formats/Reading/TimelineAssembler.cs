using System;
using System.Collections.Generic;
using NodaTime;

namespace Timelines.Formats.Reading;

/// <summary>
/// Gathers the events a reader made, each with where it came from, and builds the timeline: the timeline's rules
/// (unique ids, relation targets, coordinates in range) are checked by the core's <see cref="TimelineBuilder"/>, and
/// each problem it finds is reported at the place in the file the faulty field came from.
/// </summary>
internal sealed class TimelineAssembler
{
    private readonly List<TimelineEvent> events = [];
    private readonly List<Func<string, SourceLocation>> origins = [];

    /// <summary>Adds an event with a function that says where each of its fields (as the core names them: <c>title</c>, <c>places[0].latitude</c>) was read.</summary>
    public void Add(TimelineEvent item, Func<string, SourceLocation> origin)
    {
        events.Add(item);
        origins.Add(origin);
    }

    public int Count => events.Count;

    public IReadOnlyList<TimelineEvent> Events => events;

    /// <summary>
    /// The timeline's id: the options' when set, else the file's, else <c>timeline</c> (the rule
    /// <see cref="TimelineReaderOptions"/> states, in one place).
    /// </summary>
    public static string IdOf(TimelineReaderOptions options, string? fromFile) =>
        options.Id ?? (fromFile is { Length: > 0 } ? fromFile : "timeline");

    /// <summary>
    /// Builds the timeline from what the file says of itself and the options, or throws every error found while
    /// reading and every broken rule, each at the place in the file the faulty field came from.
    /// </summary>
    public Timeline Build(FileHeader header, TimelineReaderOptions options, ErrorCollector errors)
    {
        var id = IdOf(options, header.Id);
        var title = header.Title is { Length: > 0 } fileTitle ? fileTitle : options.Title ?? id;
        var description = header.Description is { Length: > 0 } fileDescription ? fileDescription : null;
        var zone = header.TimeZone ?? options.TimeZone ?? DateTimeZone.Utc;
        var timeline = Build(id, title, description, zone, header.AsOf, errors, header.TitleAt);
        errors.ThrowIfAny();
        return timeline!;
    }

    private Timeline? Build(
        string id,
        string title,
        string? description,
        DateTimeZone zone,
        LocalDate? asOf,
        ErrorCollector errors,
        SourceLocation titleAt)
    {
        var builder = new TimelineBuilder(id, title) { Description = description, TimeZone = zone, AsOf = asOf };
        builder.AddRange(events);
        var problems = builder.Validate();
        if (problems.Count == 0)
        {
            return errors.HasErrors ? null : builder.Build();
        }

        // With duplicate ids the core reports each later holder of the id once, in order.
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (!positions.TryGetValue(events[i].Id, out var list))
            {
                positions[events[i].Id] = list = [];
            }

            list.Add(i);
        }

        var duplicatesSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            if (problem.EventId is null || !positions.TryGetValue(problem.EventId, out var holders))
            {
                errors.Add(problem.EventId is null && problem.Field == "title" ? titleAt : SourceLocation.File, problem.Message);
                continue;
            }

            var index = holders[0];
            if (problem.Field == "id" && holders.Count > 1)
            {
                var seen = duplicatesSeen.GetValueOrDefault(problem.EventId) + 1;
                duplicatesSeen[problem.EventId] = seen;
                index = holders[Math.Min(seen, holders.Count - 1)];
            }

            errors.Add(origins[index](problem.Field), $"Event '{problem.EventId}': {problem.Message}");
        }

        return null;
    }
}
