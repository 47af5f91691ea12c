namespace Timelines.Benchmarks.Serialization;

/// <summary>A relation of <see cref="StringEvent"/>.</summary>
public sealed class StringRelation
{
    public string? Kind { get; set; }

    public string? TargetId { get; set; }
}
