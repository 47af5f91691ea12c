namespace Timelines.Benchmarks.Serialization;

/// <summary>An actor of <see cref="StringEvent"/>.</summary>
public sealed class StringActor
{
    public string? Name { get; set; }

    public string? CountryCode { get; set; }

    public string? Role { get; set; }
}
