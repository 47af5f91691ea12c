using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;

namespace Timelines;

/// <summary>
/// The rules of a timeline, checked all at once so that every problem is reported together: the timeline's own
/// (<see cref="TimelineIdProblem"/>, <see cref="TimelineTitleProblem"/>), each event's own
/// (<see cref="ValidateOwnRules"/>) and those between events (<see cref="AddId"/>,
/// <see cref="ValidateTargets"/>). The JSON readers check the same rules through the same methods.
/// </summary>
internal static class TimelineValidator
{
    public static List<TimelineProblem> Validate(
        string id,
        string title,
        string? description,
        IEnumerable<KeyValuePair<string, JsonElement>> extensions,
        IReadOnlyList<TimelineEvent> events) =>
        Validate(id, title, description, extensions, events, out _);

    /// <summary>
    /// Checks every rule, and gives the index of each id's first event, which is the timeline's own id index when
    /// no problem was found: the builder hands it to the timeline, so that a timeline costs one id dictionary, not two.
    /// </summary>
    public static List<TimelineProblem> Validate(
        string id,
        string title,
        string? description,
        IEnumerable<KeyValuePair<string, JsonElement>> extensions,
        IReadOnlyList<TimelineEvent> events,
        out Dictionary<string, int> firstIndexById)
    {
        var problems = new List<TimelineProblem>();
        AddIfAny(problems, "id", TimelineIdProblem(id));
        AddIfAny(problems, "title", TimelineTitleProblem(title));
        AddIfAny(problems, "description", description is null ? null : TextRules.Check(description, TextKind.Prose));
        foreach (var (key, value) in extensions)
        {
            if (TextRules.IsBlank(key))
            {
                problems.Add(new TimelineProblem(null, key, RuleMessages.ExtensionKeyEmpty(key)));
            }
            else if (ExtensionRules.Check(key, value, ExtensionRules.TimelinePropertyNames) is var (_, problem))
            {
                problems.Add(new TimelineProblem(null, key, problem));
            }
        }

        firstIndexById = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is null)
            {
                problems.Add(new TimelineProblem(null, $"events[{i}]", RuleMessages.EventNull));
            }
            else if (AddId(firstIndexById, events[i].Id, i) is { } duplicate)
            {
                problems.Add(duplicate);
            }
        }

        // One delegate for all events: a method group converted inside the loop would allocate one per event.
        Func<string, bool> exists = firstIndexById.ContainsKey;
        foreach (var item in events)
        {
            if (item is not null)
            {
                ValidateEvent(item, exists, problems);
            }
        }

        return problems;
    }

    /// <summary>Says what is wrong with a timeline's id, which text rules and the timeline's rules allow.</summary>
    public static string? TimelineIdProblem(string id) =>
        TextRules.Check(id, TextKind.Id) ?? (TextRules.IsBlank(id) ? RuleMessages.TimelineIdEmpty : null);

    /// <summary>Says what is wrong with a timeline's title.</summary>
    public static string? TimelineTitleProblem(string title) =>
        TextRules.Check(title, TextKind.Line) ?? (TextRules.IsBlank(title) ? RuleMessages.TimelineTitleEmpty : null);

    /// <summary>
    /// The rule that no two events share an id, in its one home (the builder's validation and every JSON reader come
    /// here): notes the id of the event at <paramref name="index"/> unless an earlier event has it, and then says so.
    /// A blank id breaks the event's own rules instead, so it is not reported again here.
    /// </summary>
    /// <param name="firstIndexById">The index of the first event with each id, added to.</param>
    /// <param name="id">The event's id.</param>
    /// <param name="index">The event's index.</param>
    /// <returns>The problem, or <see langword="null"/> if the id is the first of its kind (or blank).</returns>
    public static TimelineProblem? AddId(Dictionary<string, int> firstIndexById, string id, int index) =>
        firstIndexById.TryAdd(id, index) || TextRules.IsBlank(id)
            ? null
            : new(id, "id", RuleMessages.DuplicateId(firstIndexById[id], index));

    /// <summary>Checks an event's own rules, and that the events it relates to exist.</summary>
    public static void ValidateEvent(TimelineEvent item, Func<string, bool> exists, List<TimelineProblem> problems)
    {
        ValidateOwnRules(item, problems);
        ValidateTargets(item, exists, problems);
    }

    /// <summary>Reports each relation to an event that does not exist (blank targets and the event itself are its own rules).</summary>
    public static void ValidateTargets(TimelineEvent item, Func<string, bool> exists, List<TimelineProblem> problems)
    {
        for (var i = 0; i < item.Relations.Length; i++)
        {
            var target = item.Relations[i].TargetId;
            if (!TextRules.IsBlank(target) && !string.Equals(target, item.Id, StringComparison.Ordinal) && !exists(target))
            {
                new Reporter(item.Id, problems).Add("relations", i, "targetId", RuleMessages.MissingTarget(target));
            }
        }

        for (var i = 0; i < item.Constraints.Length; i++)
        {
            var target = item.Constraints[i].TargetId;
            if (target is not null && !string.Equals(target, item.Id, StringComparison.Ordinal) && !exists(target))
            {
                new Reporter(item.Id, problems).Add("constraints", i, "targetId", RuleMessages.MissingTarget(target));
            }
        }
    }

    /// <summary>Checks the rules an event keeps whatever timeline it is in.</summary>
    public static void ValidateOwnRules(TimelineEvent item, List<TimelineProblem> problems)
    {
        // Runs for every event a document holds, so nothing is allocated for a valid event: the reporter is a
        // struct, and field paths are formatted only once a problem is found.
        var id = item.Id;
        var report = new Reporter(id, problems);

        if (TextRules.IsBlank(id))
        {
            report.Add("id", RuleMessages.EventIdEmpty(item.Title));
        }

        if (TextRules.IsBlank(item.Title))
        {
            report.Add("title", RuleMessages.EventTitleEmpty);
        }

        // Events carry a few tags: comparing each with those before it costs less than a set, which is only worth
        // building for a long list.
        var tags = item.Tags.Length > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < item.Tags.Length; i++)
        {
            if (TextRules.IsBlank(item.Tags[i]))
            {
                report.Add("tags", i, null, RuleMessages.TagEmpty);
            }
            else if (tags is not null ? !tags.Add(item.Tags[i]) : IsRepeated(item.Tags, i))
            {
                report.Add("tags", i, null, RuleMessages.TagRepeated(item.Tags[i]));
            }
        }

        for (var i = 0; i < item.Actors.Length; i++)
        {
            var actor = item.Actors[i];
            if (TextRules.IsBlank(actor.Name))
            {
                report.Add("actors", i, "name", RuleMessages.ActorNameEmpty);
            }

            CheckCountry(actor.CountryCode, report, "actors", i);
        }

        for (var i = 0; i < item.Places.Length; i++)
        {
            ValidatePlace(item.Places[i], report, i);
        }

        for (var i = 0; i < item.Sources.Length; i++)
        {
            ValidateSource(item.Sources[i], report, i);
        }

        for (var i = 0; i < item.Relations.Length; i++)
        {
            var target = item.Relations[i].TargetId;
            if (TextRules.IsBlank(target))
            {
                report.Add("relations", i, "targetId", RuleMessages.RelationTargetEmpty);
            }
            else if (string.Equals(target, id, StringComparison.Ordinal))
            {
                report.Add("relations", i, "targetId", RuleMessages.RelatesToItself);
            }
        }

        for (var i = 0; i < item.Constraints.Length; i++)
        {
            if (string.Equals(item.Constraints[i].TargetId, id, StringComparison.Ordinal))
            {
                report.Add("constraints", i, "targetId", RuleMessages.ConstraintOnItself);
            }
        }

        // Keys would allocate an enumerator for every event, most of which have no extensions at all; the
        // dictionary's own enumerator is a struct.
        if (!item.Extensions.IsEmpty)
        {
            foreach (var (key, _) in item.Extensions)
            {
                if (TextRules.IsBlank(key))
                {
                    report.Add("extensions", RuleMessages.ExtensionKeyEmpty(key));
                }
            }
        }
    }

    private static void AddIfAny(List<TimelineProblem> problems, string field, string? problem)
    {
        if (problem is not null)
        {
            problems.Add(new TimelineProblem(null, field, problem));
        }
    }

    private static bool IsRepeated(ImmutableArray<string> tags, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(tags[i], tags[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void ValidatePlace(Place place, Reporter report, int index)
    {
        if (TextRules.IsBlank(place.Name))
        {
            report.Add("places", index, "name", RuleMessages.PlaceNameEmpty);
        }

        CheckCountry(place.CountryCode, report, "places", index);
        CheckCoordinate(place.Latitude, 90, "latitude", report, index);
        CheckCoordinate(place.Longitude, 180, "longitude", report, index);
        if (place.Latitude.HasValue != place.Longitude.HasValue)
        {
            report.Add("places", index, place.Latitude.HasValue ? "longitude" : "latitude", RuleMessages.PositionNeedsBoth);
        }
    }

    private static void ValidateSource(Source source, Reporter report, int index)
    {
        if (TextRules.IsBlank(source.Title) && source.Url is null)
        {
            report.Add("sources", index, null, RuleMessages.SourceNeedsTitleOrUrl);
        }

        if (source.Url is { IsAbsoluteUri: false } url)
        {
            report.Add("sources", index, "url", RuleMessages.UrlNotAbsolute(url.ToString()));
        }

        // A value computes its bounds when asked (it keeps only its dates), so the earliest start is read once.
        if (source.Accessed is { } accessed && source.Published is { } published
            && published.Bounds.EarliestStart is { Kind: EdtfBoundKind.Date } firstPublished && accessed < firstPublished.Date)
        {
            report.Add(
                "sources",
                index,
                "accessed",
                RuleMessages.AccessedBeforePublished(accessed, published));
        }
    }

    private static void CheckCountry(string? code, Reporter report, string collection, int index)
    {
        if (code is not null && (code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1])))
        {
            report.Add(collection, index, "countryCode", RuleMessages.NotACountryCode(code));
        }
    }

    private static void CheckCoordinate(double? value, double limit, string name, Reporter report, int index)
    {
        // A Place holds only finite numbers, so a coordinate is either in range or outside it.
        if (value is { } number && (number < -limit || number > limit))
        {
            report.Add("places", index, name, RuleMessages.CoordinateOutOfRange(name, number, limit));
        }
    }

    /// <summary>Adds the problems of one event, naming its fields as paths such as <c>places[1].latitude</c>.</summary>
    private readonly struct Reporter(string id, List<TimelineProblem> problems)
    {
        public void Add(string field, string message) => problems.Add(new TimelineProblem(id, field, message));

        public void Add(string collection, int index, string? member, string message) =>
            Add(member is null ? $"{collection}[{index}]" : $"{collection}[{index}].{member}", message);
    }
}
