using System;

namespace Timelines.Tool;

/// <summary>
/// A failure a person can act on (a missing file, a bad option value, an unknown format, an output that cannot
/// be written): printed as one line without a stack trace, exit code <see cref="ExitCodes.Usage"/>.
/// </summary>
internal sealed class ToolException : Exception
{
    public ToolException()
        : this("The command failed.")
    {
    }

    public ToolException(string message)
        : base(message)
    {
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
