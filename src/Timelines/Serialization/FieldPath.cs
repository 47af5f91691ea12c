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
