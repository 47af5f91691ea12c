using System;

namespace Timelines.Serialization;

/// <summary>
/// How timeline JSON is written (indentation, computed bounds) and the limits applied when it is read.
/// </summary>
/// <remarks>
/// The defaults are safe for untrusted input: documents of at most 256 MiB, events of at most 16 MiB when
/// streamed, nesting at most 64 deep, and at most 100 errors reported.
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TimelineJsonOptions
{
    private readonly int maxDepth = 64;
    private readonly long maxDocumentBytes = 256L * 1024 * 1024;
    private readonly int maxEventBytes = 16 * 1024 * 1024;
    private readonly int maxErrors = 100;

    /// <summary>Gets the default options: compact output, no bounds, safe limits.</summary>
    public static TimelineJsonOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether output is indented (two spaces, <c>\n</c> line ends on .NET 9 and later).</summary>
    public bool Indented { get; init; }

    /// <summary>
    /// Gets a value indicating whether each event is written with a computed <c>bounds</c> object, for readers
    /// without an EDTF parser. It is ignored on input.
    /// </summary>
    public bool WriteBounds { get; init; }

    /// <summary>Gets the deepest nesting of JSON objects and arrays accepted on input; 64 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 8.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = value >= 8 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDepth must be at least 8.");
    }

    /// <summary>Gets the largest document, in bytes of UTF-8, accepted by the Read and Parse methods; 256 MiB by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive.</exception>
    public long MaxDocumentBytes
    {
        get => maxDocumentBytes;
        init => maxDocumentBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDocumentBytes must be positive.");
    }

    /// <summary>
    /// Gets the largest single event (or JSON Lines line), in bytes, accepted when streaming; 16 MiB by default.
    /// Streaming does not limit the size of the whole document.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1024.</exception>
    public int MaxEventBytes
    {
        get => maxEventBytes;
        init => maxEventBytes = value >= 1024 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxEventBytes must be at least 1024.");
    }

    /// <summary>Gets the most errors collected before reading stops; 100 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive.</exception>
    public int MaxErrors
    {
        get => maxErrors;
        init => maxErrors = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxErrors must be positive.");
    }
}
