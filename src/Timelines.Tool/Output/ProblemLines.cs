using System.IO;
using Timelines.Tool.Formats;
using Timelines.Tool.Input;

namespace Timelines.Tool.Output;

/// <summary>Writes each problem as one line, <c>file:line:column: path: message</c>, as it is found.</summary>
/// <param name="output">The writer.</param>
internal sealed class ProblemLines(TextWriter output) : IProblemSink
{
    /// <summary>Gets how many problems were written.</summary>
    public long Count { get; private set; }

    /// <inheritdoc />
    public void Report(FileProblem problem)
    {
        output.WriteLine(problem.ToString());
        Count++;
    }
}
