using System;
using System.Buffers;
using System.Globalization;
using System.Threading;
using Timelines.Serialization;

namespace Timelines.Tool.Input;

/// <summary>
/// Reads a <c>timeline/1</c> document with the library (<see cref="TimelineJson.Parse(ReadOnlySpan{byte}, TimelineJsonOptions?)"/>),
/// keeping the bytes so that each problem's column can be counted: the library lists every problem of a
/// document at once, with its line and byte.
/// </summary>
internal static class JsonDocumentInput
{
    private const int ChunkSize = 1 << 20;

    /// <summary>Reads a document.</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">Its name as the user gave it, for problems.</param>
    /// <param name="options">The library's limits.</param>
    /// <param name="meter">Where to record how much has been read.</param>
    /// <param name="cancellationToken">Stops reading between chunks.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="InvalidInputException">The document is not a valid timeline; every problem is listed.</exception>
    public static Timeline Load(string path, string file, TimelineJsonOptions options, ProgressMeter meter, CancellationToken cancellationToken)
    {
        using var stream = InputFiles.OpenRead(path, file);
        var length = stream.Length;
        meter.Total = length;
        if (length > options.MaxDocumentBytes)
        {
            // The library's own limit, checked before reading a byte; its message says the same.
            throw new InvalidInputException([new FileProblem(file, 0, 0, 0, "$", string.Create(CultureInfo.InvariantCulture, $"The document is {length} bytes, more than the limit (MaxDocumentBytes = {options.MaxDocumentBytes})."))]);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            var read = 0;
            while (read < length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var got = stream.Read(buffer, read, (int)Math.Min(ChunkSize, length - read));
                if (got == 0)
                {
                    break;
                }

                read += got;
                meter.Done = read;
            }

            // The library skips a byte order mark too; skipping it here keeps the columns of the first line right.
            var document = buffer.AsSpan(0, read);
            if (document.StartsWith("\uFEFF"u8))
            {
                document = document[3..];
            }

            try
            {
                return TimelineJson.Parse(document, options);
            }
            catch (TimelineJsonException exception)
            {
                throw new InvalidInputException(ProblemPlacement.InDocument(file, document, exception.Errors), exception.IsTruncated);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
