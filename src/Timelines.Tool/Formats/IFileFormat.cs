using System.Collections.Generic;

namespace Timelines.Tool.Formats;

/// <summary>A format the tool reads or writes, found by its name (<c>--from</c>, <c>--to</c>) or a file's extension.</summary>
internal interface IFileFormat
{
    /// <summary>Gets the name given to <c>--from</c> and <c>--to</c>, such as <c>json</c>.</summary>
    string Name { get; }

    /// <summary>Gets the file name endings that choose this format, with the dot, such as <c>.json</c>.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Gets one line for <c>timeline formats</c>.</summary>
    string Description { get; }
}
