using System.Collections.Generic;
using System.Linq;
using Timelines.Serialization;

namespace Timelines.PostgreSql.Querying;

/// <summary>One fetched candidate: what the exact decision reads (time, id, filter fields), and the document when asked for.</summary>
internal sealed record CandidateRow(
    long StartKey,
    string Id,
    string Edtf,
    string? Status,
    string[] Tags,
    string[] Actors,
    string[] Places,
    bool ExactText,
    string? Document)
{
    /// <summary>
    /// Gets the event as the core's decision sees it: its id, time, tags, actors, places and status, without
    /// relations or constraints (a batch holds only some of the timeline's events, and they play no part in a query). When a
    /// text column had U+0000 replaced, the exact values come from the document instead.
    /// </summary>
    public TimelineEvent ToDecisionEvent()
    {
        if (!ExactText)
        {
            return TimelineJson.ParseEvent(Document!).WithRelations([]).WithConstraints([]);
        }

        var item = new TimelineEvent(Id, "-", EdtfValue.Parse(Edtf));
        if (Tags.Length > 0)
        {
            item = item.WithTags(Tags);
        }

        if (Actors.Length > 0)
        {
            item = item.WithActors(Actors.Select(static name => new Actor(name)));
        }

        if (Places.Length > 0)
        {
            item = item.WithPlaces(Places.Select(static name => new Place(name)));
        }

        return Status is null ? item : item.WithStatus(new EventStatus(Status));
    }

    public TimelineEvent ToEvent() => TimelineJson.ParseEvent(Document!);

    public static IEqualityComparer<TimelineEvent> ByReference => ReferenceEqualityComparer.Instance;
}
