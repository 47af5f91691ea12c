using System.Globalization;

namespace Timelines.Tool.Input;

/// <summary>
/// One problem in an input file, as the library reported it, placed in the file: line and column count from 1
/// (the column in characters, as editors count, and the byte within the line as the library gives it); 0 when
/// the library knows no position (a limit on the whole document, a rule between events of JSON Lines).
/// </summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="Line">The line, from 1, or 0 when unknown.</param>
/// <param name="Column">The character within the line, from 1, or 0 when unknown.</param>
/// <param name="Byte">The byte within the line, from 1, or 0 when unknown.</param>
/// <param name="Path">Where in the data: the JSON path the library names, such as <c>$.events[3].when</c>.</param>
/// <param name="Message">The rule broken, the library's sentence.</param>
internal sealed record FileProblem(string File, long Line, long Column, long Byte, string Path, string Message)
{
    /// <summary>Returns the problem as compilers print theirs: <c>file:line:column: path: message</c>.</summary>
    public override string ToString() =>
        Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Path}: {Message}")
            : $"{File}: {Path}: {Message}";
}
