namespace Timelines.Tool.Formats;

/// <summary>How a picture puts events in lanes (<c>--group</c>).</summary>
internal enum PictureGrouping
{
    /// <summary>A lane per first tag.</summary>
    Tag,

    /// <summary>A lane per first actor.</summary>
    Actor,

    /// <summary>One lane.</summary>
    None,
}
