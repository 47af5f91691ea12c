using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System;
using NodaTime;
using Timelines.Serialization.Internal;
using Timelines.Serialization.Reading;

namespace Timelines.Serialization;

/// <summary>The timeline-level properties of a document, as read so far.</summary>
internal sealed class TimelineHeader
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public long Start { get; set; }

    public string? Format { get; set; }

    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public DateTimeZone? TimeZone { get; set; }

    public LocalDate? AsOf { get; set; }

    public ImmutableSortedDictionary<string, JsonElement>.Builder? Extensions { get; set; }

    /// <summary>Notes that a known property was read, reporting it if it was read before.</summary>
    public void Mark(string name, long nameOffset, ReadContext context)
    {
        if (!seen.Add(name))
        {
            context.Error(-1, name, nameOffset, ReadMessages.GivenTwice(name));
        }
    }

    /// <summary>Reports the required properties that are missing, at the document's start.</summary>
    public void Finish(ReadContext context)
    {
        foreach (var message in MissingRequired())
        {
            context.Error(-1, default, Start, message);
        }
    }

    /// <summary>Says which required properties are missing.</summary>
    public IEnumerable<string> MissingRequired()
    {
        foreach (var name in (string[])[PropertyNames.Timeline.Format, PropertyNames.Timeline.Id, PropertyNames.Timeline.Title])
        {
            if (!seen.Contains(name))
            {
                var hint = name == PropertyNames.Timeline.Format ? $" It must be \"{TimelineReader.FormatVersion}\"." : string.Empty;
                yield return ReadMessages.MissingRequired(name) + hint;
            }
        }
    }

    /// <summary>Builds the timeline of a document that broke no rule.</summary>
    /// <param name="events">The events, in document order.</param>
    /// <param name="indexById">The index of each id's event, if the validation built it; otherwise it is built here.</param>
    public Timeline Build(List<TimelineEvent> events, Dictionary<string, int>? indexById) =>
        new(Id!, Title!, Description, TimeZone ?? DateTimeZone.Utc, AsOf, [.. events], Extensions?.ToImmutable(), indexById);
}
