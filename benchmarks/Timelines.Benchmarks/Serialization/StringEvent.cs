using System.Collections.Generic;

namespace Timelines.Benchmarks.Serialization;

/// <summary>An event of <see cref="StringTimeline"/>.</summary>
public sealed class StringEvent
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? When { get; set; }

    public string? Summary { get; set; }

    public string? Status { get; set; }

    public List<string>? Tags { get; set; }

    public List<StringActor>? Actors { get; set; }

    public List<StringPlace>? Places { get; set; }

    public List<StringSource>? Sources { get; set; }

    public List<StringRelation>? Relations { get; set; }
}
