using System;
using System.IO;
using System.Net;
using System.Text;
using NodaTime;

namespace Timelines.Html.Page;

/// <summary>
/// Writes a page: the template with its slots filled, in order, straight to the destination. Text from the
/// timeline goes into HTML encoded, and into the script only as JSON (<see cref="PageData"/>).
/// </summary>
internal static class PageWriter
{
    private const string SlotStart = "{{";
    private const string SlotEnd = "}}";

    public static void Write(TextWriter writer, Timeline timeline, TimelineHtmlOptions options)
    {
        var title = options.Title ?? timeline.Title;
        var zone = options.Zone ?? timeline.TimeZone;
        var template = PageAssets.Template;
        var at = 0;
        while (template.IndexOf(SlotStart, at, StringComparison.Ordinal) is var start and >= 0)
        {
            writer.Write(template.AsSpan(at, start - at));
            var end = template.IndexOf(SlotEnd, start, StringComparison.Ordinal);
            WriteSlot(writer, template[(start + SlotStart.Length)..end], timeline, title, zone, options);
            at = end + SlotEnd.Length;
        }

        writer.Write(template.AsSpan(at));
        writer.Flush();
    }

    private static void WriteSlot(TextWriter writer, string slot, Timeline timeline, string title, DateTimeZone zone, TimelineHtmlOptions options)
    {
        switch (slot)
        {
            case "title":
                writer.Write(WebUtility.HtmlEncode(title));
                break;
            case "description":
                writer.Write(WebUtility.HtmlEncode(timeline.Description ?? string.Empty));
                break;
            case "library-version":
                writer.Write(PageAssets.LibraryVersion);
                break;
            case "page-style":
                writer.Write(PageAssets.PageStyle);
                break;
            case "library-script":
                writer.Write(PageAssets.LibraryScript);
                break;
            case "page-script":
                writer.Write(PageAssets.PageScript);
                break;
            case "data":
                using (var json = new MemoryStream())
                {
                    PageData.Write(json, timeline, title, zone, options.Lanes);
                    writer.Write(Encoding.UTF8.GetString(json.GetBuffer(), 0, (int)json.Length));
                }

                break;
            default:
                throw new InvalidOperationException($"The page template has an unknown slot '{slot}'.");
        }
    }
}
