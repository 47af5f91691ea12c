using Timelines.Serialization;

namespace Timelines.Tool.Formats;

/// <summary>How to read an input file.</summary>
/// <param name="File">The file's name as the user gave it, for problems.</param>
/// <param name="MaxErrors">The most problems to collect from one document, or <see langword="null"/> for the library's default.</param>
internal sealed record ReadSettings(string File, int? MaxErrors = null)
{
    /// <summary>Gets the library's options for these settings.</summary>
    public TimelineJsonOptions JsonOptions =>
        MaxErrors is { } max ? new TimelineJsonOptions { MaxErrors = max } : TimelineJsonOptions.Default;
}
