using System;
using System.Globalization;
using System.IO;

namespace Timelines.Serialization;

/// <summary>
/// The temporary files of atomic saves: <c>.{file name}.{32 hexadecimal digits}.tmp</c> beside the target, each
/// kept locked (an advisory lock on Unix, a sharing mode on Windows) by its save from creation until it is renamed,
/// so that a file of that name nobody holds was left by a save that was killed, and can be deleted.
/// </summary>
internal static class SafeFile
{
    private const string Suffix = ".tmp";
    private const int IdLength = 32;

    /// <summary>Names a new temporary file for a target.</summary>
    public static string TemporaryFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{Suffix}"));

    /// <summary>
    /// Creates a temporary file, locked against the cleaning of other saves; it may still be renamed (and on
    /// Windows that needs <see cref="FileShare.Delete"/>).
    /// </summary>
    public static FileStream Create(string temporary, int bufferSize, FileOptions options) =>
        new(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Delete, bufferSize, options);

    /// <summary>Deletes the temporary files that killed saves of a target left, skipping any another save holds.</summary>
    public static void RemoveAbandoned(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        var prefix = "." + Path.GetFileName(target) + ".";
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*" + Suffix))
        {
            var name = Path.GetFileName(path.AsSpan());
            if (name.Length != prefix.Length + IdLength + Suffix.Length || !name.StartsWith(prefix, StringComparison.Ordinal)
                || !name.EndsWith(Suffix, StringComparison.Ordinal) || !IsHex(name.Slice(prefix.Length, IdLength)))
            {
                continue;
            }

            try
            {
                // A save writes only once it holds its file, so an empty one may be a save that has just begun.
                if (new FileInfo(path).Length == 0)
                {
                    continue;
                }

                // Opening it exclusively fails while a save holds it; closing deletes it, still under the lock.
                using var abandoned = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                // Held by a save in progress, or gone already.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to delete.
            }
        }
    }

    /// <summary>The exception for a save that failed, naming the file the caller asked for; of the same type as the cause.</summary>
    public static Exception Failed(string target, Exception cause)
    {
        var message = $"The timeline could not be saved to '{target}': {cause.Message}";
        return cause switch
        {
            UnauthorizedAccessException => new UnauthorizedAccessException(message, cause),
            DirectoryNotFoundException => new DirectoryNotFoundException(message, cause),
            PathTooLongException => new PathTooLongException(message, cause),
            _ => new IOException(message, cause),
        };
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
