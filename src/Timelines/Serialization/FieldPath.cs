using System;
using System.Globalization;

namespace Timelines.Serialization;

/// <summary>
/// A field of an event or timeline, such as <c>title</c>, <c>tags[2]</c> or <c>places[1].latitude</c>, kept in
/// parts so that the text is built only when an error needs it.
/// </summary>
internal readonly record struct FieldPath(string? Name, int Index = -1, string? Member = null)
{
    public bool IsEmpty => Name is null;

    public static implicit operator FieldPath(string? name) => new(name);

    /// <summary>Reads a path in the form <see cref="ToString"/> writes, such as a <see cref="TimelineProblem.Field"/>.</summary>
    /// <param name="text">The path.</param>
    /// <returns>Its parts.</returns>
    public static FieldPath Parse(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var close = bracket < 0 ? -1 : text.IndexOf(']', bracket);
        if (close < 0 || !int.TryParse(text.AsSpan(bracket + 1, close - bracket - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return new FieldPath(text);
        }

        var member = close + 2 <= text.Length && close + 1 < text.Length && text[close + 1] == '.' ? text[(close + 2)..] : null;
        return new FieldPath(text[..bracket], index, member);
    }

    public override string ToString()
    {
        if (Name is null)
        {
            return string.Empty;
        }

        var text = Index < 0 ? Name : string.Create(CultureInfo.InvariantCulture, $"{Name}[{Index}]");
        return Member is null ? text : text + "." + Member;
    }
}
