using System;
using System.Collections.Generic;

namespace Timelines.Tool.Input;

/// <summary>An input file that the library will not read: its problems, exit code <see cref="ExitCodes.Problems"/>.</summary>
internal sealed class InvalidInputException : Exception
{
    public InvalidInputException()
        : this([])
    {
    }

    public InvalidInputException(string message)
        : base(message) => Problems = [];

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    public InvalidInputException(IReadOnlyList<FileProblem> problems, bool more = false)
        : base("The input has problems.")
    {
        Problems = problems;
        HasMore = more;
    }

    /// <summary>Gets the problems found before reading stopped.</summary>
    public IReadOnlyList<FileProblem> Problems { get; }

    /// <summary>Gets a value indicating whether reading stopped at the first bad part, so that there may be more (validate lists them all).</summary>
    public bool HasMore { get; }
}
