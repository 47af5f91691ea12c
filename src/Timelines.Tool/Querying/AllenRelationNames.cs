using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Timelines.Tool.Querying;

/// <summary>The names of Allen's relations on the command line: the library's names in kebab case (<c>overlapped-by</c>).</summary>
internal static class AllenRelationNames
{
    /// <summary>Gets every relation, in the library's order.</summary>
    public static IReadOnlyList<AllenRelation> All { get; } = Enum.GetValues<AllenRelation>();

    /// <summary>Gets a relation's name, such as <c>finished-by</c>.</summary>
    public static string Of(AllenRelation relation)
    {
        var name = relation.ToString();
        var text = new StringBuilder(name.Length + 2);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>Finds a relation by name, any case; also without hyphens (<c>overlappedby</c>).</summary>
    public static AllenRelation? Parse(string name) =>
        All.Where(r => string.Equals(Of(r), name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(r.ToString(), name, StringComparison.OrdinalIgnoreCase))
           .Select(r => (AllenRelation?)r)
           .FirstOrDefault();
}
