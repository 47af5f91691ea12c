using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Timelines;

/// <summary>The rules of a timeline, checked all at once so that every problem is reported together.</summary>
internal static class TimelineValidator
{
    public static List<TimelineProblem> Validate(string id, string title, IReadOnlyList<TimelineEvent> events)
    {
        var problems = new List<TimelineProblem>();
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new TimelineProblem(null, "id", "The timeline's id is empty."));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(new TimelineProblem(null, "title", "The timeline's title is empty."));
        }

        var firstIndexById = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is null)
            {
                problems.Add(new TimelineProblem(null, $"events[{i}]", "The event is null."));
            }
            else if (!firstIndexById.TryAdd(events[i].Id, i) && !string.IsNullOrWhiteSpace(events[i].Id))
            {
                problems.Add(new TimelineProblem(
                    events[i].Id,
                    "id",
                    $"The id is used by more than one event (events {firstIndexById[events[i].Id]} and {i})."));
            }
        }

        foreach (var item in events)
        {
            if (item is not null)
            {
                ValidateEvent(item, firstIndexById.ContainsKey, problems);
            }
        }

        return problems;
    }

    public static void ValidateEvent(TimelineEvent item, Func<string, bool> exists, List<TimelineProblem> problems)
    {
        var id = item.Id;
        void Report(string field, string message) => problems.Add(new TimelineProblem(id, field, message));

        if (string.IsNullOrWhiteSpace(id))
        {
            Report("id", $"The id is empty (event titled '{item.Title}').");
        }

        if (string.IsNullOrWhiteSpace(item.Title))
        {
            Report("title", "The title is empty.");
        }

        var tags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < item.Tags.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(item.Tags[i]))
            {
                Report($"tags[{i}]", "The tag is empty.");
            }
            else if (!tags.Add(item.Tags[i]))
            {
                Report($"tags[{i}]", $"The tag '{item.Tags[i]}' is given twice.");
            }
        }

        for (var i = 0; i < item.Actors.Length; i++)
        {
            var actor = item.Actors[i];
            if (string.IsNullOrWhiteSpace(actor.Name))
            {
                Report($"actors[{i}].name", "The actor's name is empty.");
            }

            CheckCountry(actor.CountryCode, $"actors[{i}].countryCode", Report);
        }

        for (var i = 0; i < item.Places.Length; i++)
        {
            ValidatePlace(item.Places[i], $"places[{i}]", Report);
        }

        for (var i = 0; i < item.Sources.Length; i++)
        {
            ValidateSource(item.Sources[i], $"sources[{i}]", Report);
        }

        for (var i = 0; i < item.Relations.Length; i++)
        {
            var target = item.Relations[i].TargetId;
            if (string.IsNullOrWhiteSpace(target))
            {
                Report($"relations[{i}].targetId", "The related event's id is empty.");
            }
            else if (string.Equals(target, id, StringComparison.Ordinal))
            {
                Report($"relations[{i}].targetId", "The event relates to itself.");
            }
            else if (!exists(target))
            {
                Report($"relations[{i}].targetId", $"No event has the id '{target}'.");
            }
        }

        foreach (var key in item.Extensions.Keys.Where(string.IsNullOrWhiteSpace))
        {
            Report("extensions", $"An extension key is empty ('{key}').");
        }
    }

    private static void ValidatePlace(Place place, string path, Action<string, string> report)
    {
        if (string.IsNullOrWhiteSpace(place.Name))
        {
            report($"{path}.name", "The place's name is empty.");
        }

        CheckCountry(place.CountryCode, $"{path}.countryCode", report);
        CheckCoordinate(place.Latitude, 90, $"{path}.latitude", "latitude", report);
        CheckCoordinate(place.Longitude, 180, $"{path}.longitude", "longitude", report);
        if (place.Latitude.HasValue != place.Longitude.HasValue)
        {
            report(
                place.Latitude.HasValue ? $"{path}.longitude" : $"{path}.latitude",
                "A position needs both latitude and longitude.");
        }
    }

    private static void ValidateSource(Source source, string path, Action<string, string> report)
    {
        if (string.IsNullOrWhiteSpace(source.Title) && source.Url is null)
        {
            report(path, "A source needs a title or a URL.");
        }

        if (source.Url is { IsAbsoluteUri: false } url)
        {
            report($"{path}.url", $"The URL '{url}' is not absolute.");
        }

        if (source.Accessed is { } accessed && source.Published is { } published
            && published.Bounds.EarliestStart.Kind == EdtfBoundKind.Date && accessed < published.Bounds.EarliestStart.Date)
        {
            report(
                $"{path}.accessed",
                $"The source was accessed on {accessed.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, before it was published ({published}).");
        }
    }

    private static void CheckCountry(string? code, string path, Action<string, string> report)
    {
        if (code is not null && (code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1])))
        {
            report(path, $"'{code}' is not an ISO 3166-1 alpha-2 code (two capital letters, such as 'BY').");
        }
    }

    private static void CheckCoordinate(double? value, double limit, string path, string name, Action<string, string> report)
    {
        if (value is { } number && (double.IsNaN(number) || number < -limit || number > limit))
        {
            report(path, string.Create(CultureInfo.InvariantCulture, $"The {name} {number} is outside -{limit} to {limit}."));
        }
    }
}
