using System;
using System.IO;

namespace Timelines.Tool.Input;

/// <summary>Opens input files, turning the system's exceptions into messages a person can act on.</summary>
internal static class InputFiles
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Opens a file to read it from start to end.</summary>
    /// <param name="path">The path.</param>
    /// <param name="file">The name the user gave, for messages.</param>
    /// <returns>The stream.</returns>
    /// <exception cref="ToolException">The file is missing, a folder, or cannot be read.</exception>
    public static FileStream OpenRead(string path, string file)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            throw new ToolException($"{file}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new ToolException($"{file}: no such file (its folder does not exist).");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ToolException(Directory.Exists(path) ? $"{file}: is a folder, not a file." : $"{file}: permission denied.");
        }
        catch (IOException exception)
        {
            throw new ToolException($"{file}: cannot be read: {exception.Message}");
        }
    }
}
