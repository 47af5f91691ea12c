namespace Timelines.Tool.Querying;

/// <summary>The value of <c>--next</c> or <c>--previous</c>: a point and how many events.</summary>
/// <param name="Point">The point, as an EDTF value.</param>
/// <param name="Count">How many events.</param>
internal sealed record NearestEvents(EdtfValue Point, int Count);
