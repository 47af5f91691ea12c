using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using NodaTime;
using Timelines.Querying;

namespace Timelines.Tool.Querying;

/// <summary>
/// The query vocabulary as options, and the one place they become the library's <see cref="TimelineQuery"/>:
/// every answer is the library's own, nothing is filtered or counted here.
/// </summary>
internal sealed class QueryOptions
{
    private readonly List<(Option Option, Func<ParseResult, Timeline, DateTimeZone?, TimelineQuery, TimelineQuery> Apply)> timeConditions = [];

    public QueryOptions()
    {
        Time<EdtfValue?>("--overlapping", "EDTF", "Events that possibly (or, with --certainly, certainly) overlap a period, such as 2022-03.", OptionValues.Edtf,
            (q, v, zone, _) => q.Overlapping(QueryPeriod.FromEdtf(v!, zone)));
        Time<LocalDate?>("--on", "DAY", "Events going on during a day, such as 2022-10-15, in the timeline's zone (or --zone).", OptionValues.Day,
            (q, v, zone, _) => q.On(v!.Value, zone));
        Time<Instant?>("--at", "INSTANT", "Events going on at an instant, such as 2022-10-15T12:00:00Z.", OptionValues.Instant,
            (q, v, _, _) => q.At(v!.Value));
        Time<EdtfValue?>("--within", "EDTF", "Events that lie within a period, ends included.", OptionValues.Edtf,
            (q, v, zone, _) => q.Within(QueryPeriod.FromEdtf(v!, zone)));
        Time<EdtfValue?>("--containing", "EDTF", "Events that contain a period, ends included.", OptionValues.Edtf,
            (q, v, zone, _) => q.Containing(QueryPeriod.FromEdtf(v!, zone)));
        Time<EdtfValue?>("--before", "EDTF", "Events that end at or before a point (the start of the period given).", OptionValues.Edtf,
            (q, v, zone, _) => q.Before(QueryPeriod.FromEdtf(v!, zone)));
        Time<EdtfValue?>("--after", "EDTF", "Events that start at or after a point (the end of the period given: --after 2022-03 means from April 1).", OptionValues.Edtf,
            (q, v, zone, _) => q.After(QueryPeriod.FromEdtf(v!, zone)));
        Time<EdtfValue?>("--starting-in", "EDTF", "Events that start within a period.", OptionValues.Edtf,
            (q, v, zone, _) => q.StartingIn(QueryPeriod.FromEdtf(v!, zone)));
        Time<NearestEvents?>("--next", "EDTF[,N]", "The first N events (default 1) starting at or after a point, such as 2022-03,5.", OptionValues.Nearest,
            (q, v, zone, _) => q.Next(QueryPeriod.FromEdtf(v!.Point, zone), v.Count));
        Time<NearestEvents?>("--previous", "EDTF[,N]", "The last N events (default 1) starting before a point.", OptionValues.Nearest,
            (q, v, zone, _) => q.Previous(QueryPeriod.FromEdtf(v!.Point, zone), v.Count));
        Time<RelatedTo?>("--related", "RELATION:EDTF|RELATION:@ID", $"Events in an Allen relation to a period (during:2022-03) or to an event (after:@drills-2022-02); relations: {string.Join(", ", AllenRelationNames.All.Select(AllenRelationNames.Of))}.", OptionValues.Related,
            (q, v, zone, timeline) => v!.EventId is { } id
                ? q.Related(timeline.TryGetEvent(id, out var other) ? other : throw new ToolException($"--related {AllenRelationNames.Of(v.Relation)}:@{id}: no event of the timeline has the id '{id}'."), v.Relation)
                : q.Related(QueryPeriod.FromEdtf(v.Period!, zone), v.Relation));
    }

    public Option<string[]> Tags { get; } = Filter("--tag", "TAG", "Keep events with this tag; repeat to require several.");

    public Option<string[]> Actors { get; } = Filter("--actor", "NAME", "Keep events with an actor of this name; repeat to require several.");

    public Option<string[]> Places { get; } = Filter("--place", "NAME", "Keep events with a place of this name; repeat to require several.");

    public Option<string[]> Statuses { get; } = Filter("--status", "STATUS", "Keep events with one of these statuses (completed, ongoing, planned, announced, cancelled, alleged, or another).");

    public Option<string[]> Ids { get; } = Filter("--id", "ID", "Keep events with one of these ids.");

    public Option<bool> Certainly { get; } = new("--certainly") { Description = "The time condition must hold however the events' dates are resolved (default: possibly, for some way)." };

    public Option<bool> Possibly { get; } = new("--possibly") { Description = "The time condition holds for some way the dates could be resolved (the default)." };

    public Option<string?> Ongoing { get; } = Choice("--ongoing", "How ongoing events (open end, ..) end: at the end of the as-of day (until-as-of, the default) or never (forever).", "until-as-of", "forever");

    public Option<DateTimeZone?> Zone { get; } = new("--zone") { Description = "The time zone the options' days begin and end in (default: the timeline's).", HelpName = "TZID", CustomParser = OptionValues.Zone };

    public Option<LocalDate?> AsOf { get; } = new("--as-of") { Description = "Take this day as the timeline's as-of day (when ongoing events were last checked).", HelpName = "DAY", CustomParser = OptionValues.Day };

    public Option<int?> Skip { get; } = new("--skip") { Description = "Skip this many results, in the library's order (earliest start, latest end, id).", HelpName = "N", CustomParser = OptionValues.Count };

    public Option<int?> Take { get; } = new("--take") { Description = "Return at most this many results.", HelpName = "N", CustomParser = OptionValues.Count };

    /// <summary>Adds every option to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var (option, _) in timeConditions)
        {
            command.Options.Add(option);
        }

        foreach (Option option in new Option[] { Tags, Actors, Places, Statuses, Ids, Certainly, Possibly, Ongoing, Zone, AsOf, Skip, Take })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// Gets a value indicating whether the options ask something each event answers alone
    /// (<see cref="TimelineQuery.Matches"/>): not the nearest events (<c>--next</c>, <c>--previous</c>), which depend on
    /// the others, and not a relation to an event of the timeline (<c>--related RELATION:@ID</c>), which must be found.
    /// </summary>
    public bool IsDecidedPerEvent(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return timeConditions.All(t => parse.GetResult(t.Option) is not { Implicit: false }
            || (t.Option.Name is not ("--next" or "--previous")
                && !(t.Option is Option<RelatedTo?> related && parse.GetValue(related) is { EventId: not null })));
    }

    /// <summary>Applies <c>--as-of</c>, when given, to the timeline read.</summary>
    public Timeline Prepare(ParseResult parse, Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(timeline);
        return parse.GetValue(AsOf) is { } asOf ? timeline.WithAsOf(asOf) : timeline;
    }

    /// <summary>Builds the library's query from the options given.</summary>
    /// <exception cref="ToolException">Two time conditions, or both --certainly and --possibly, were given.</exception>
    public TimelineQuery Build(ParseResult parse, Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(timeline);
        var given = timeConditions.Where(t => parse.GetResult(t.Option) is { Implicit: false }).ToList();
        if (given.Count > 1)
        {
            throw new ToolException($"{string.Join(" and ", given.Select(t => t.Option.Name))}: give one time condition; a query has at most one.");
        }

        if (parse.GetValue(Certainly) && parse.GetValue(Possibly))
        {
            throw new ToolException("--certainly and --possibly: give one of them.");
        }

        var zone = parse.GetValue(Zone);
        var query = timeline.Query();
        foreach (var (_, apply) in given)
        {
            query = apply(parse, timeline, zone, query);
        }

        // A repeated --tag, --actor or --place requires every value: one call each, and calls compose by AND. A
        // repeated --status or --id allows any of its values: one call with them all, as a second would intersect.
        query = parse.GetValue(Tags)!.Aggregate(query, (q, tag) => q.WithTag(tag));
        query = parse.GetValue(Actors)!.Aggregate(query, (q, name) => q.WithActor(name));
        query = parse.GetValue(Places)!.Aggregate(query, (q, name) => q.WithPlace(name));
        if (parse.GetValue(Statuses) is { Length: > 0 } statuses)
        {
            query = query.WithStatus(statuses.Select(s => new EventStatus(s)).ToArray());
        }

        if (parse.GetValue(Ids) is { Length: > 0 } ids)
        {
            query = query.WithIds(ids);
        }

        if (parse.GetValue(Certainly))
        {
            query = query.Certainly();
        }

        if (parse.GetValue(Ongoing) is { } ongoing)
        {
            query = query.WithOpenEnds(ongoing == "forever" ? OpenEnds.Forever : OpenEnds.UntilAsOf);
        }

        if (parse.GetValue(Skip) is { } skip)
        {
            query = query.Skip(skip);
        }

        if (parse.GetValue(Take) is { } take)
        {
            query = query.Take(take);
        }

        return query;
    }

    private static Option<string[]> Filter(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Arity = ArgumentArity.OneOrMore,
        DefaultValueFactory = _ => [],
    };

    private static Option<string?> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = string.Join('|', values) };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    private void Time<T>(string name, string helpName, string description, Func<System.CommandLine.Parsing.ArgumentResult, T> parse, Func<TimelineQuery, T, DateTimeZone?, Timeline, TimelineQuery> apply)
    {
        var option = new Option<T>(name) { Description = description, HelpName = helpName, CustomParser = parse };
        timeConditions.Add((option, (result, timeline, zone, query) => apply(query, result.GetValue(option)!, zone, timeline)));
    }
}
