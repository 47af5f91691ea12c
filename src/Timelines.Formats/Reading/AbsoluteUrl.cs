using System;

namespace Timelines.Formats.Reading;

/// <summary>
/// Addresses as sources need them: absolute, with a scheme written out. .NET on Unix takes <c>/news/1</c> for an
/// absolute file path (<c>file:///news/1</c>), which a spreadsheet's relative link is not.
/// </summary>
internal static class AbsoluteUrl
{
    public static bool TryParse(string text, out Uri url)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            && (!parsed.IsFile || text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            url = parsed;
            return true;
        }

        url = null!;
        return false;
    }
}
