namespace Timelines.Tool;

/// <summary>The exit codes of every command, one meaning each, so that a script can tell bad data from a bad call.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and the input had no problem.</summary>
    public const int Success = 0;

    /// <summary>The input has problems (every one is printed as <c>file:line:column: path: message</c>).</summary>
    public const int Problems = 1;

    /// <summary>The command could not run as given: an unknown option, a bad value, a missing or unwritable file.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it); no output file was left behind.</summary>
    public const int Cancelled = 130;
}
