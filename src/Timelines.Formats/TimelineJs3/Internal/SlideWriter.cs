using System;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Timelines.Formats.Writing;
using Timelines.Text;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>Makes the slides of a timeline, for the JSON and the spreadsheet writers alike.</summary>
internal static class SlideWriter
{
    /// <summary>The extension key under which a slide's TimelineJS3-only fields are kept.</summary>
    public const string ExtensionKey = "x-timelinejs3";

    public static Slide ForEvent(TimelineEvent item, LocalDate? asOf, TimelineJs3Options options)
    {
        var (start, end) = SlideDates.For(item.When, asOf);
        var slide = new Slide
        {
            UniqueId = item.Id,
            Start = start,
            End = end,
            Headline = SlideText.ToHtml(item.Title),
            Text = item.Summary is { Length: > 0 } summary ? SlideText.ToHtml(summary) : null,
            Group = options.Group(item) is { Length: > 0 } group ? group : null,
        };

        // The as-of day is said only where it was written as the end, so that a reader can tell what the end means.
        var saidAsOf = item.When.HasOpenEnd && end is not null ? asOf : null;
        slide.DisplayDate = EdtfDisplayFormatter.Format(item.When, saidAsOf);

        if (item.Sources.FirstOrDefault(source => source.Url is not null) is { } media)
        {
            slide.MediaUrl = media.Url!.OriginalString;
            slide.MediaCredit = media.Publisher;
            slide.MediaCaption = media.Title;
        }

        if (item.Extensions.TryGetValue(ExtensionKey, out var kept) && kept.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in kept.EnumerateObject())
            {
                slide.Leftovers[property.Name] = property.Value;
            }

            // The author's own words for the date win over ours.
            if (kept.TryGetProperty("display_date", out var display) && display.ValueKind == JsonValueKind.String)
            {
                slide.DisplayDate = display.GetString();
            }
        }

        return slide;
    }

    /// <summary>The era drawn for an event: the days it may cover; null when it has no end to draw to.</summary>
    public static Slide? EraFor(TimelineEvent item, DateTimeZone zone, LocalDate? asOf)
    {
        var (first, last) = KnownDays.Of(item.When, zone, asOf);
        if (last is not { } to || to <= first)
        {
            return null;
        }

        return new Slide
        {
            Start = SlideDate.ForDay(first),
            End = SlideDate.ForDay(to),
            Headline = SlideText.ToHtml(item.Title),
            IsEra = true,
        };
    }

    /// <summary>The title slide's headline and text for a timeline.</summary>
    public static Slide ForTitle(Timeline timeline) => new()
    {
        UniqueId = timeline.Contains(timeline.Id) ? null : timeline.Id,
        Headline = SlideText.ToHtml(timeline.Title),
        Text = timeline.Description is { Length: > 0 } description ? SlideText.ToHtml(description) : null,
    };

    public static Func<TimelineEvent, string?> FirstTag { get; } = item => item.Tags.IsEmpty ? null : item.Tags[0];
}
