namespace Timelines.Benchmarks.Serialization;

/// <summary>A place of <see cref="StringEvent"/>; the coordinates are JSON numbers, so they are numbers here too.</summary>
public sealed class StringPlace
{
    public string? Name { get; set; }

    public string? CountryCode { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}
