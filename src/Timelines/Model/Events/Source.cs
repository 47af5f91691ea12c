using System;
using NodaTime;

namespace Timelines;

/// <summary>Where the facts of an event come from: a document, article or dataset.</summary>
/// <remarks>
/// A source needs a title or a URL; that rule, and that it was not accessed before it was published, are checked
/// when a <see cref="Timeline"/> is built. Text (the URL's included) that breaks the rules of one-line text is
/// refused at once.
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class Source : IEquatable<Source>
{
    /// <summary>Initializes a new source.</summary>
    /// <param name="title">The title, if any.</param>
    /// <param name="url">The address, if any; it should be absolute.</param>
    /// <param name="publisher">The publisher, if known.</param>
    /// <param name="published">When it was published, as precisely as known (an EDTF value), if known.</param>
    /// <param name="accessed">The day it was read, if recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/>, <paramref name="publisher"/> or the text of <paramref name="url"/> holds text one-line text may not hold.</exception>
    public Source(string? title = null, Uri? url = null, string? publisher = null, EdtfValue? published = null, LocalDate? accessed = null)
    {
        Title = TextRules.RequireOptional(title, TextKind.Line, nameof(title));
        TextRules.RequireOptional(url?.OriginalString, TextKind.Line, nameof(url));
        Url = url;
        Publisher = TextRules.RequireOptional(publisher, TextKind.Line, nameof(publisher));
        Published = published;
        Accessed = accessed;
    }

    /// <summary>Gets the title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the address, or <see langword="null"/>.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the publisher, or <see langword="null"/>.</summary>
    public string? Publisher { get; }

    /// <summary>Gets when the source was published, or <see langword="null"/>.</summary>
    public EdtfValue? Published { get; }

    /// <summary>Gets the day the source was read, or <see langword="null"/>.</summary>
    public LocalDate? Accessed { get; }

    /// <inheritdoc />
    public bool Equals(Source? other) =>
        other is not null
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Url?.OriginalString, other.Url?.OriginalString, StringComparison.Ordinal)
        && string.Equals(Publisher, other.Publisher, StringComparison.Ordinal)
        && Published == other.Published
        && Accessed == other.Accessed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Url?.OriginalString, Publisher, Published, Accessed);

    /// <summary>Returns the title, or the URL when there is no title.</summary>
    /// <returns>A short description of the source.</returns>
    public override string ToString() => Title ?? Url?.OriginalString ?? "(untitled source)";
}
