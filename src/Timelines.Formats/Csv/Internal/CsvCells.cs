using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Timelines.Formats.Csv.Internal;

/// <summary>
/// The cell syntax of each list column, both ways: tags <c>a; b</c>, actors <c>name [CC] (role)</c>, places
/// <c>name [CC] @lat,lon</c>, sources <c>title | url | publisher | published | accessed</c>, relations
/// <c>kind:target</c>. Each parse returns null with a reason when the cell is not in its syntax.
/// </summary>
internal static class CsvCells
{
    private const string ItemSpecials = ";";
    private const string NameSpecials = ";[(@";
    private const string PartSpecials = ";|";

    public static string Tags(IEnumerable<string> tags) => string.Join("; ", tags.Select(tag => CellText.Quote(tag, ItemSpecials)));

    public static List<string>? ParseTags(string cell, out string? problem)
    {
        problem = null;
        return Items(cell).Select(CellText.Unquote).ToList();
    }

    public static string Actors(IEnumerable<Actor> actors) => string.Join("; ", actors.Select(actor =>
        CellText.Quote(actor.Name, NameSpecials)
        + (actor.CountryCode is { } code ? " [" + CellText.Quote(code, "];") + "]" : string.Empty)
        + (actor.Role is { } role ? " (" + CellText.Quote(role, ");") + ")" : string.Empty)));

    public static List<Actor>? ParseActors(string cell, out string? problem)
    {
        problem = null;
        var actors = new List<Actor>();
        foreach (var item in Items(cell))
        {
            var name = NamePart(item, out var rest);
            var country = Bracketed(ref rest, '[', ']', out problem);
            var role = problem is null ? Bracketed(ref rest, '(', ')', out problem) : null;
            if (problem is not null || !CellText.IsBlank(rest))
            {
                problem ??= $"'{item.Trim()}' is not an actor: write name [country code] (role), with [..] and (..) optional.";
                return null;
            }

            actors.Add(new Actor(name, country, role));
        }

        return actors;
    }

    public static string Places(IEnumerable<Place> places) => string.Join("; ", places.Select(place =>
        CellText.Quote(place.Name, NameSpecials)
        + (place.CountryCode is { } code ? " [" + CellText.Quote(code, "];") + "]" : string.Empty)
        + (place.Latitude is { } lat && place.Longitude is { } lon
            ? string.Create(CultureInfo.InvariantCulture, $" @{lat:R},{lon:R}")
            : string.Empty)));

    public static List<Place>? ParsePlaces(string cell, out string? problem)
    {
        problem = null;
        var places = new List<Place>();
        foreach (var item in Items(cell))
        {
            var name = NamePart(item, out var rest);
            var country = Bracketed(ref rest, '[', ']', out problem);
            double? latitude = null, longitude = null;
            var at = CellText.IndexOf(rest, '@');
            if (problem is null && at >= 0)
            {
                var position = CellText.Unquote(rest[(at + 1)..]).Split(',');
                if (position.Length == 2
                    && double.TryParse(position[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                    && double.TryParse(position[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
                {
                    (latitude, longitude) = (lat, lon);
                    rest = rest[..at];
                }
                else
                {
                    problem = $"'{rest[(at + 1)..].Trim()}' is not a position: write @latitude,longitude in degrees, such as @50.45,30.52.";
                }
            }

            if (problem is not null || !CellText.IsBlank(rest))
            {
                problem ??= $"'{item.Trim()}' is not a place: write name [country code] @latitude,longitude, with [..] and @.. optional.";
                return null;
            }

            places.Add(new Place(name, country, latitude, longitude));
        }

        return places;
    }

    public static string Sources(IEnumerable<Source> sources) => string.Join("; ", sources.Select(source =>
    {
        var parts = new[]
        {
            source.Title is { } title ? CellText.Quote(title, PartSpecials) : string.Empty,
            source.Url is { } url ? CellText.Quote(url.OriginalString, PartSpecials) : string.Empty,
            source.Publisher is { } publisher ? CellText.Quote(publisher, PartSpecials) : string.Empty,
            source.Published?.ToString() ?? string.Empty,
            source.Accessed is { } accessed ? LocalDatePattern.Iso.Format(accessed) : string.Empty,
        };
        var used = parts.Length;
        while (used > 1 && parts[used - 1].Length == 0)
        {
            used--;
        }

        return string.Join(" | ", parts.Take(used));
    }));

    public static List<Source>? ParseSources(string cell, out string? problem)
    {
        problem = null;
        var sources = new List<Source>();
        foreach (var item in Items(cell))
        {
            var parts = CellText.Split(item, '|').Select(CellText.Unquote).ToList();
            if (parts.Count > 5)
            {
                problem = $"'{item.Trim()}' has {parts.Count} parts; a source has at most five: title | url | publisher | published | accessed.";
                return null;
            }

            string? Part(int index) => index < parts.Count && parts[index].Length > 0 ? parts[index] : null;
            Uri? url = null;
            if (Part(1) is { } address && !Reading.AbsoluteUrl.TryParse(address, out url))
            {
                problem = Reading.FormatMessages.NotAbsoluteUrl(address);
                return null;
            }

            EdtfValue? published = null;
            if (Part(3) is { } date && !EdtfValue.TryParse(date, out published))
            {
                problem = $"The published date '{date}' is not EDTF (such as 2022-03-15 or 2022-03).";
                return null;
            }

            LocalDate? accessed = null;
            if (Part(4) is { } day)
            {
                var result = LocalDatePattern.Iso.Parse(day);
                if (!result.Success)
                {
                    problem = $"The accessed day '{day}' is not a date (such as 2022-03-15).";
                    return null;
                }

                accessed = result.Value;
            }

            sources.Add(new Source(Part(0), url, Part(2), published, accessed));
        }

        return sources;
    }

    public static string Relations(IEnumerable<EventRelation> relations) =>
        string.Join("; ", relations.Select(r => CellText.Quote(r.Kind.Name, ":;") + ":" + CellText.Quote(r.TargetId, ";")));

    public static List<EventRelation>? ParseRelations(string cell, out string? problem)
    {
        problem = null;
        var relations = new List<EventRelation>();
        foreach (var item in Items(cell))
        {
            var colon = CellText.IndexOf(item, ':');
            var kind = colon > 0 ? CellText.Unquote(item[..colon]) : string.Empty;
            if (colon < 0 || kind.Trim().Length == 0)
            {
                problem = $"'{item.Trim()}' is not a relation: write kind:target, such as follows:drills-2022-02.";
                return null;
            }

            relations.Add(new EventRelation(new EventRelationKind(kind), CellText.Unquote(item[(colon + 1)..])));
        }

        return relations;
    }

    /// <summary>The raw items of a list cell; an empty cell has none.</summary>
    private static List<string> Items(string cell) => CellText.IsBlank(cell) ? [] : CellText.Split(cell, ';');

    /// <summary>The name at the start of an item, up to its first unescaped <c>[</c>, <c>(</c> or <c>@</c>.</summary>
    private static string NamePart(string item, out string rest)
    {
        var end = item.Length;
        foreach (var mark in "[(@")
        {
            var at = CellText.IndexOf(item, mark);
            if (at >= 0 && at < end)
            {
                end = at;
            }
        }

        rest = item[end..];
        return CellText.Unquote(item[..end]);
    }

    /// <summary>Takes an optional <c>[..]</c> or <c>(..)</c> part off the start of the rest of an item.</summary>
    private static string? Bracketed(ref string rest, char open, char close, out string? problem)
    {
        problem = null;
        var trimmed = rest.TrimStart();
        if (trimmed.Length == 0 || trimmed[0] != open)
        {
            return null;
        }

        var end = CellText.IndexOf(trimmed, close, 1);
        if (end < 0)
        {
            problem = $"'{open}' is not closed by '{close}' in '{rest.Trim()}'.";
            return null;
        }

        rest = trimmed[(end + 1)..];
        return CellText.Unquote(trimmed[1..end]);
    }
}
