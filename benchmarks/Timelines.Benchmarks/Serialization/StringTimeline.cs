using System.Collections.Generic;

namespace Timelines.Benchmarks.Serialization;

/// <summary>
/// The baseline's model of a <c>timeline/1</c> document: plain classes whose properties hold the JSON as it is
/// (EDTF, days and zones as strings, coordinates as numbers), read and written by a source-generated
/// System.Text.Json context. It checks nothing, which is what the library's reader is measured against.
/// </summary>
public sealed class StringTimeline
{
    public string? Format { get; set; }

    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? TimeZone { get; set; }

    public string? AsOf { get; set; }

    public List<StringEvent>? Events { get; set; }
}
