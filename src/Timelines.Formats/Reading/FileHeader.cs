using NodaTime;

namespace Timelines.Formats.Reading;

/// <summary>What a file says of the timeline itself (each part null when it says nothing), and where its title is.</summary>
internal sealed record FileHeader(string? Id, string? Title, string? Description, DateTimeZone? TimeZone, LocalDate? AsOf, SourceLocation TitleAt)
{
    public static FileHeader None { get; } = new(null, null, null, null, null, SourceLocation.File);
}
