using Timelines.Tool.Input;

namespace Timelines.Tool.Formats;

/// <summary>Where validation sends each problem as it is found, so that a large file's problems need not be held.</summary>
internal interface IProblemSink
{
    /// <summary>Takes one problem.</summary>
    /// <param name="problem">The problem.</param>
    void Report(FileProblem problem);
}
