namespace Timelines.Formats.Reading;

/// <summary>Where a value was read: its line and column (from 1, 0 when unknown) and the field, in the format's own terms.</summary>
internal readonly record struct SourceLocation(long Line, long Column, string Field)
{
    public static SourceLocation File { get; } = new(0, 0, string.Empty);
}
