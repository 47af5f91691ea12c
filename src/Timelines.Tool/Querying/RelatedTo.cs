namespace Timelines.Tool.Querying;

/// <summary>The value of <c>--related</c>: an Allen relation to a period or to an event of the timeline.</summary>
/// <param name="Relation">The relation.</param>
/// <param name="Period">The period, or <see langword="null"/> when an event is named.</param>
/// <param name="EventId">The event's id, or <see langword="null"/> when a period is given.</param>
internal sealed record RelatedTo(AllenRelation Relation, EdtfValue? Period, string? EventId);
