using System;
using System.IO;

namespace Timelines.Tool.Output;

/// <summary>Writes CSV rows as RFC 4180 has them: CRLF line ends, a field quoted when it holds a comma, a quote or a line end.</summary>
internal static class CsvRows
{
    /// <summary>Writes one row.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="fields">The fields.</param>
    public static void Write(TextWriter output, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            var field = fields[i];
            output.Write(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
        }

        output.Write("\r\n");
    }
}
