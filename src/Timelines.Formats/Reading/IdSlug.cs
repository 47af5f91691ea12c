using System;
using System.Collections.Generic;
using System.Text;

namespace Timelines.Formats.Reading;

/// <summary>Ids for rows and slides that have none: their title as lowercase words joined by hyphens, made unique.</summary>
internal static class IdSlug
{
    private const int MaxLength = 60;

    /// <summary>An id made from a title, not yet in <paramref name="taken"/> (to which it is added): <c>joint-drills</c>, <c>joint-drills-2</c>.</summary>
    public static string Unique(string title, string fallback, HashSet<string> taken)
    {
        var slug = new StringBuilder(MaxLength);
        foreach (var c in title.ToLowerInvariant())
        {
            if (slug.Length >= MaxLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var stem = slug.ToString().Trim('-');
        if (stem.Length == 0)
        {
            stem = fallback;
        }

        var id = stem;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = FormattableString.Invariant($"{stem}-{n}");
        }

        return id;
    }
}
