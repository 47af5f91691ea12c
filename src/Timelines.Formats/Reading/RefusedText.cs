using System;

namespace Timelines.Formats.Reading;

/// <summary>
/// Builds an event from what a file says, turning the model's refusal of a value it cannot hold into a located
/// error, as every other bad value is: text with a control character, a line break in a title, half of a
/// surrogate pair (docs/json-format.md, "Text"), or a coordinate that is not finite. The model throws an
/// <see cref="ArgumentException"/> that names the parameter, which is the model's field (<c>title</c>, <c>id</c>,
/// <c>summary</c>, <c>tags</c>…), so each reader's own way to locate a field finds where it was read.
/// </summary>
internal static class RefusedText
{
    public static TimelineEvent? Build(Func<TimelineEvent?> build, Func<string, SourceLocation> locate, ErrorCollector errors)
    {
        try
        {
            return build();
        }
        catch (ArgumentException exception) when (exception is not ArgumentNullException && exception.ParamName is { } field)
        {
            errors.Add(locate(field), exception.Message);
            return null;
        }
    }
}
