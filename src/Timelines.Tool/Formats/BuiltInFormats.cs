namespace Timelines.Tool.Formats;

/// <summary>
/// The formats the tool knows. This is the one place a format is added: each is one registration here, and
/// <c>validate</c>, <c>info</c>, <c>query</c>, <c>convert</c>, <c>render</c> and <c>formats</c> take it from
/// there (by extension, or by name with <c>--from</c> and <c>--to</c>). See README.md in this folder.
/// </summary>
internal static class BuiltInFormats
{
    /// <summary>Creates the registry of timeline formats.</summary>
    /// <returns>JSON and JSON Lines, from the core package.</returns>
    public static FormatRegistry<TimelineFormat> Timelines() => new FormatRegistry<TimelineFormat>()
        .Add(new JsonDocumentFormat())
        .Add(new JsonLinesFormat());

    /// <summary>Creates the registry of picture formats.</summary>
    /// <returns>SVG, from Timelines.Svg.</returns>
    public static FormatRegistry<PictureFormat> Pictures() => new FormatRegistry<PictureFormat>()
        .Add(SvgPicture.Format)
        .Add(HtmlPicture.Format);
}
