using System;

namespace Timelines;

/// <summary>
/// The EDTF level 1 qualifiers that a source attaches to a date: <c>?</c> (uncertain), <c>~</c> (approximate)
/// or <c>%</c> (both).
/// </summary>
/// <remarks>
/// Qualifiers record how far the source trusts its own date. They never change the strict bounds of a value
/// (see <see cref="EdtfBounds"/>): "1984?" still lies within 1984 as far as the bounds are concerned.
/// </remarks>
[Flags]
public enum EdtfQualifier
{
    /// <summary>The date is stated plainly.</summary>
    None = 0,

    /// <summary>The source is not sure of the date (<c>?</c>).</summary>
    Uncertain = 1,

    /// <summary>The date is a rough estimate (<c>~</c>).</summary>
    Approximate = 2,

    /// <summary>The date is both uncertain and approximate (<c>%</c>).</summary>
    UncertainAndApproximate = Uncertain | Approximate,
}
