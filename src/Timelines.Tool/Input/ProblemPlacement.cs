using System;
using System.Collections.Generic;
using System.Linq;
using Timelines.Serialization;

namespace Timelines.Tool.Input;

/// <summary>
/// Turns the library's errors into <see cref="FileProblem"/>s: the library gives the JSON path, the line and the
/// byte within it; the column in characters is counted here from the bytes of the line.
/// </summary>
internal static class ProblemPlacement
{
    /// <summary>Places errors found in a whole document held in memory.</summary>
    /// <param name="file">The file's name as the user gave it.</param>
    /// <param name="document">The bytes the library read.</param>
    /// <param name="errors">The library's errors.</param>
    /// <returns>The problems, in the library's order.</returns>
    public static List<FileProblem> InDocument(string file, ReadOnlySpan<byte> document, IEnumerable<TimelineJsonError> errors)
    {
        var problems = new List<FileProblem>();
        long line = 1;
        var lineStart = 0;
        foreach (var error in errors)
        {
            if (error.Line <= 0)
            {
                problems.Add(new FileProblem(file, 0, 0, 0, error.Path, error.Message));
                continue;
            }

            if (error.Line < line)
            {
                (line, lineStart) = (1, 0);
            }

            // Move forward to the error's line: the errors come in line order, so the whole walk is one pass.
            while (line < error.Line)
            {
                var next = document[lineStart..].IndexOf((byte)'\n');
                if (next < 0)
                {
                    break;
                }

                lineStart += next + 1;
                line++;
            }

            var rest = document[lineStart..];
            var end = rest.IndexOf((byte)'\n');
            var bytes = end < 0 ? rest : rest[..end];
            problems.Add(new FileProblem(file, error.Line, Columns.Of(bytes, error.BytePosition), error.BytePosition, error.Path, error.Message));
        }

        return problems;
    }

    /// <summary>Places errors that the library found on one line whose bytes are known.</summary>
    /// <param name="file">The file's name as the user gave it.</param>
    /// <param name="lineBytes">The line's bytes (at least up to the last error's byte).</param>
    /// <param name="lineNumber">The line's number in the whole file.</param>
    /// <param name="errors">The library's errors, all on that line.</param>
    /// <returns>The problems.</returns>
    public static List<FileProblem> OnLine(string file, ReadOnlySpan<byte> lineBytes, long lineNumber, IEnumerable<TimelineJsonError> errors)
    {
        var problems = new List<FileProblem>();
        foreach (var error in errors)
        {
            problems.Add(new FileProblem(file, lineNumber, Columns.Of(lineBytes, error.BytePosition), error.BytePosition, error.Path, error.Message));
        }

        return problems;
    }

    /// <summary>Reports the broken rules of a timeline that the library found without a position (between events of JSON Lines).</summary>
    /// <param name="file">The file's name as the user gave it.</param>
    /// <param name="exception">The library's exception.</param>
    /// <returns>The problems, without positions.</returns>
    public static List<FileProblem> WithoutPosition(string file, TimelineValidationException exception) =>
        exception.Problems
            .Select(p => new FileProblem(file, 0, 0, 0, p.EventId is null ? p.Field : $"event '{p.EventId}', {p.Field}", p.Message))
            .ToList();
}
