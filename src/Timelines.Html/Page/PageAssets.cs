using System;
using System.IO;

namespace Timelines.Html.Page;

/// <summary>
/// The fixed parts of every page, embedded in the assembly: the page's template, style sheet and script, and
/// vis-timeline's script (whose standalone build adds its own style sheet when it runs) and version as vendored by <c>Vendor/refresh</c>. Read once.
/// </summary>
internal static class PageAssets
{
    private static readonly Lazy<string> TemplateText = new(() => Read("page.html"));
    private static readonly Lazy<string> PageStyleText = new(() => Read("page.css"));
    private static readonly Lazy<string> PageScriptText = new(() => Read("page.js"));
    private static readonly Lazy<string> LibraryScriptText = new(() => Read("vis-timeline.js"));
    private static readonly Lazy<string> LibraryVersionText = new(() => Read("vis-timeline.version").Trim());

    public static string Template => TemplateText.Value;

    public static string PageStyle => PageStyleText.Value;

    public static string PageScript => PageScriptText.Value;

    public static string LibraryScript => LibraryScriptText.Value;

    public static string LibraryVersion => LibraryVersionText.Value;

    private static string Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("Timelines.Html." + name)
            ?? throw new InvalidOperationException($"The Timelines.Html assembly lacks its resource '{name}'; it was built without it.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
