using System;
using System.IO;
using System.Threading;

namespace Timelines.Tool.Output;

/// <summary>
/// Writes an output file through a temporary file in the same folder, moved over the target only once it is
/// complete: a failure or Ctrl-C leaves the old file (or none), never half a new one.
/// </summary>
internal static class OutputFile
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Writes a file.</summary>
    /// <param name="path">The target.</param>
    /// <param name="write">Writes the content into the stream given.</param>
    /// <param name="cancellationToken">Checked once more before the move: a cancelled write is thrown away.</param>
    /// <exception cref="ToolException">The folder is missing, the target is a folder, or the file cannot be written.</exception>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new ToolException($"{path}: not a file's path.");
        if (Directory.Exists(target))
        {
            throw new ToolException($"{path}: is a folder; name the file to write.");
        }

        if (!Directory.Exists(folder))
        {
            throw new ToolException($"{path}: cannot be written: the folder {folder} does not exist.");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new ToolException($"{path}: cannot be written: permission denied.");
        }
        catch (IOException exception)
        {
            TryDelete(temporary);
            throw new ToolException($"{path}: cannot be written: {exception.Message}");
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
