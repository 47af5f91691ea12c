using System.Collections.Generic;
using System.Text.Json;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>
/// One TimelineJS3 slide or era as both its formats hold it (the JSON and the spreadsheet template), so that
/// both are written from and read into the same fields.
/// </summary>
internal sealed class Slide
{
    public string? UniqueId { get; set; }

    public SlideDate? Start { get; set; }

    public SlideDate? End { get; set; }

    public string? DisplayDate { get; set; }

    /// <summary>Gets or sets the headline, as HTML.</summary>
    public string? Headline { get; set; }

    /// <summary>Gets or sets the text, as HTML.</summary>
    public string? Text { get; set; }

    public string? MediaUrl { get; set; }

    public string? MediaCredit { get; set; }

    public string? MediaCaption { get; set; }

    public string? Group { get; set; }

    public bool IsEra { get; set; }

    /// <summary>Gets or sets a value indicating whether a field was given but could not be read (and was reported), so that its absence is not reported again.</summary>
    public bool StartBroken { get; set; }

    /// <inheritdoc cref="StartBroken"/>
    public bool EndBroken { get; set; }

    /// <inheritdoc cref="StartBroken"/>
    public bool HeadlineBroken { get; set; }

    /// <summary>
    /// Gets what TimelineJS3 says of the slide that a timeline event has no field for (a background, a thumbnail,
    /// a display date of the author's own), in TimelineJS3's own shape, kept in the event's <c>x-timelinejs3</c>
    /// extension and written back.
    /// </summary>
    public SortedDictionary<string, JsonElement> Leftovers { get; } = new(System.StringComparer.Ordinal);
}
