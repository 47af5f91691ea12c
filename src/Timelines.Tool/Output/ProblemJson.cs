using System.Text.Json;
using Timelines.Tool.Formats;
using Timelines.Tool.Input;

namespace Timelines.Tool.Output;

/// <summary>Writes each problem as a JSON object inside the <c>problems</c> array of a file in <c>validate --format json</c>.</summary>
/// <param name="json">The writer.</param>
internal sealed class ProblemJson(JsonText json) : IProblemSink
{
    /// <summary>Gets how many problems were written.</summary>
    public long Count { get; private set; }

    /// <inheritdoc />
    public void Report(FileProblem problem)
    {
        json.Raw(Count == 0 ? "\n      " : ",\n      ");
        json.Write(writer => Write(writer, problem));
        Count++;
    }

    /// <summary>Writes a problem as an object: line, column and byte (0 when unknown), path, message.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="problem">The problem.</param>
    public static void Write(Utf8JsonWriter writer, FileProblem problem)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", problem.Line);
        writer.WriteNumber("column", problem.Column);
        writer.WriteNumber("byte", problem.Byte);
        writer.WriteString("path", problem.Path);
        writer.WriteString("message", problem.Message);
        writer.WriteEndObject();
    }
}
