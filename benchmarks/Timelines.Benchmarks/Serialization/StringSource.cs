namespace Timelines.Benchmarks.Serialization;

/// <summary>A source of <see cref="StringEvent"/>.</summary>
public sealed class StringSource
{
    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Publisher { get; set; }

    public string? Published { get; set; }

    public string? Accessed { get; set; }
}
