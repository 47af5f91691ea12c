using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Timelines.Formats.Reading;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>
/// Turns the slides and eras read from TimelineJS3 JSON or its spreadsheet template into events, for both readers
/// alike. Each slide comes with a function that locates its fields (<c>headline</c>, <c>start_date</c>, …) in the file.
/// </summary>
internal sealed class SlideReader
{
    private readonly List<(Slide Slide, Func<string, SourceLocation> Locate)> slides = [];

    public void Add(Slide slide, Func<string, SourceLocation> locate) => slides.Add((slide, locate));

    /// <summary>The as-of day the slides were written with (the end of an ongoing event), if any.</summary>
    public LocalDate? AsOf { get; private set; }

    /// <summary>Makes the events, reporting bad slides; eras drawn for a slide of the same headline are that slide's, and dropped.</summary>
    public void AddEventsTo(TimelineAssembler events, ErrorCollector errors)
    {
        var headlines = new HashSet<string>(slides.Where(s => !s.Slide.IsEra && s.Slide.Headline is not null).Select(s => s.Slide.Headline!), StringComparer.Ordinal);
        var taken = new HashSet<string>(slides.Select(s => s.Slide.UniqueId?.Trim()).OfType<string>().Where(id => id.Length > 0), StringComparer.Ordinal);
        foreach (var (slide, locate) in slides)
        {
            if (errors.IsFull)
            {
                return;
            }

            if (slide.IsEra && slide.Headline is not null && headlines.Contains(slide.Headline))
            {
                continue;
            }

            if (RefusedText.Build(() => ToEvent(slide, locate, taken, errors), field => locate(SlideField(field)), errors) is { } item)
            {
                events.Add(item, field => locate(SlideField(field)));
            }
        }
    }

    private TimelineEvent? ToEvent(Slide slide, Func<string, SourceLocation> locate, HashSet<string> taken, ErrorCollector errors)
    {
        var title = slide.Headline is { } headline ? SlideText.ToText(headline) : string.Empty;
        if (title.Trim().Length == 0 && !slide.HeadlineBroken)
        {
            errors.Add(locate("headline"), FormatMessages.NoTitle);
        }

        if (slide.Start is not { } start || slide.EndBroken)
        {
            if (slide.Start is null && !slide.StartBroken)
            {
                errors.Add(locate("start_date"), FormatMessages.NoStartDate);
            }

            return null;
        }

        var plain = SlideDates.Plain(start, slide.End, out var problem);
        if (plain is null)
        {
            errors.Add(locate("end_date"), problem!);
            return null;
        }

        if (title.Trim().Length == 0)
        {
            return null;
        }

        var (when, asOf, matched) = SlideDates.Recognise(plain, start, slide.End, slide.DisplayDate);
        AsOf ??= asOf;
        if (!matched)
        {
            slide.Leftovers["display_date"] = JsonValues.String(slide.DisplayDate!);
        }

        var id = slide.UniqueId is { } given && given.Trim().Length > 0 ? given.Trim() : IdSlug.Unique(slide.IsEra ? "era " + title : title, slide.IsEra ? "era" : "slide", taken);
        var item = new TimelineEvent(id, title, when);
        if (slide.Text is { } text && SlideText.ToText(text) is { Length: > 0 } summary)
        {
            item = item.WithSummary(summary);
        }

        KeepMarkup(slide, "headline", slide.Headline);
        KeepMarkup(slide, "text", slide.Text);

        var tags = ImmutableArray.CreateBuilder<string>();
        if (slide.IsEra)
        {
            tags.Add("era");
        }

        if (slide.Group is { } group && group.Trim().Length > 0 && !(slide.IsEra && group == "era"))
        {
            tags.Add(group);
        }

        item = item.WithTags(tags.ToImmutable());
        item = WithMedia(item, slide);
        if (slide.Leftovers.Count > 0)
        {
            item = item.WithExtension(SlideWriter.ExtensionKey, JsonValues.ToElement(slide.Leftovers));
        }

        return item;
    }

    private static TimelineEvent WithMedia(TimelineEvent item, Slide slide)
    {
        if (slide.MediaUrl is { Length: > 0 } url && AbsoluteUrl.TryParse(url, out var uri))
        {
            var caption = slide.MediaCaption is { Length: > 0 } c ? SlideText.ToText(c) : null;
            var credit = slide.MediaCredit is { Length: > 0 } r ? SlideText.ToText(r) : null;
            return item.AddSources(new Source(caption is { Length: > 0 } ? caption : null, uri, credit is { Length: > 0 } ? credit : null));
        }

        var media = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        Put(media, "url", slide.MediaUrl);
        Put(media, "caption", slide.MediaCaption);
        Put(media, "credit", slide.MediaCredit);
        if (media.Count > 0)
        {
            MergeInto(slide.Leftovers, "media", media);
        }

        return item;
    }

    private static void KeepMarkup(Slide slide, string field, string? html)
    {
        if (html is not null && SlideText.HasMarkup(html))
        {
            MergeInto(slide.Leftovers, "text", new SortedDictionary<string, JsonElement>(StringComparer.Ordinal) { [field] = JsonValues.String(html) });
        }
    }

    private static void Put(SortedDictionary<string, JsonElement> into, string name, string? value)
    {
        if (value is { Length: > 0 })
        {
            into[name] = JsonValues.String(value);
        }
    }

    /// <summary>Adds members to an object among the leftovers, keeping what it already holds.</summary>
    public static void MergeInto(SortedDictionary<string, JsonElement> leftovers, string name, SortedDictionary<string, JsonElement> members)
    {
        if (leftovers.TryGetValue(name, out var existing) && existing.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in existing.EnumerateObject())
            {
                members.TryAdd(property.Name, property.Value);
            }
        }

        leftovers[name] = JsonValues.ToElement(members);
    }

    /// <summary>The slide field a core field (as <see cref="TimelineProblem.Field"/> names it) was read from.</summary>
    private static string SlideField(string field) => field switch
    {
        "id" => "unique_id",
        "title" => "headline",
        "summary" => "text",
        "when" => "start_date",
        _ when field.StartsWith("tags", StringComparison.Ordinal) => "group",
        _ when field.StartsWith("sources", StringComparison.Ordinal) => "media",
        _ => "slide",
    };
}
