using Timelines.Serialization;

namespace Timelines.Tool.Formats;

/// <summary>How to write an output file.</summary>
/// <param name="Indented">Whether to indent, where the format can.</param>
/// <param name="WriteBounds">Whether to write each event's computed bounds beside its EDTF value (JSON formats).</param>
internal sealed record WriteSettings(bool Indented = false, bool WriteBounds = false)
{
    /// <summary>Gets the library's options for these settings.</summary>
    public TimelineJsonOptions JsonOptions => new() { Indented = Indented, WriteBounds = WriteBounds };
}
