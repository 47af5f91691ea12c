using System.CommandLine;

namespace Timelines.Tool.Commands;

/// <summary>Options that several commands share, made the same way in each.</summary>
internal static class CommonOptions
{
    /// <summary>Creates <c>--from FORMAT</c>.</summary>
    /// <param name="names">The known format names, for the help.</param>
    /// <returns>The option.</returns>
    public static Option<string?> From(string names) => new("--from")
    {
        Description = $"The input's format when its extension does not say: {names}.",
        HelpName = "FORMAT",
    };

    /// <summary>Creates the argument of one input file.</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> InputFile() => new("FILE")
    {
        Description = "The timeline file: .json (timeline/1), .jsonl (one event per line), or another format with --from.",
    };
}
