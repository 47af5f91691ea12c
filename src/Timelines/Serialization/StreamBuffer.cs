using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Timelines.Serialization;

/// <summary>
/// A pooled window over a stream for the streaming readers: bytes before <see cref="Start"/> are consumed and
/// dropped on the next fill, counting their lines so that positions stay absolute.
/// </summary>
internal sealed class StreamBuffer : IDisposable
{
    private readonly Stream stream;
    private readonly int limit;
    private byte[] buffer;
    private bool startChecked;

    // The last position resolved by PositionOf, from which the next one is counted: positions are asked for in
    // order, so each byte is counted once, not once per position.
    private long cursorOffset = long.MinValue;
    private long cursorLine;
    private long cursorLineStart;

    public StreamBuffer(Stream stream, int limit)
    {
        this.stream = stream;
        this.limit = limit;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Min(64 * 1024, limit));
    }

    public int Start { get; set; }

    public int End { get; private set; }

    public bool IsFinal { get; private set; }

    /// <summary>Gets the absolute offset of the buffer's first byte.</summary>
    public long BaseOffset { get; private set; }

    /// <summary>Gets the line, counting from 1, of the buffer's first byte.</summary>
    public long LineAtBase { get; private set; } = 1;

    /// <summary>Gets the absolute offset at which the line of the buffer's first byte starts.</summary>
    public long LineStartAtBase { get; private set; }

    /// <summary>Gets the unconsumed bytes.</summary>
    public ReadOnlySpan<byte> Data => buffer.AsSpan(Start, End - Start);

    /// <summary>Gets every byte in the buffer, consumed or not, for resolving positions.</summary>
    public ReadOnlySpan<byte> All => buffer.AsSpan(0, End);

    /// <summary>Gets a value indicating whether the buffer is full of unconsumed bytes at the limit, so a fill cannot help.</summary>
    public bool AtLimit => Start == 0 && End == buffer.Length && buffer.Length >= limit;

    /// <summary>
    /// Skips a UTF-8 byte order mark at the start of the stream, as the whole-document readers do; positions then
    /// count from the byte after it, as they do there.
    /// </summary>
    /// <returns><see langword="false"/> when more bytes are needed to tell.</returns>
    public bool SkipByteOrderMark()
    {
        if (startChecked)
        {
            return true;
        }

        var data = Data;
        ReadOnlySpan<byte> mark = [0xEF, 0xBB, 0xBF];
        if (data.Length < mark.Length && !IsFinal && mark.StartsWith(data))
        {
            return false;
        }

        startChecked = true;
        if (data.StartsWith(mark))
        {
            Start += mark.Length;
            BaseOffset -= mark.Length;
        }

        return true;
    }

    /// <summary>The line and byte (counting from 1) of an offset still in the buffer, counted on from the last one asked for.</summary>
    public (long Line, long Byte) PositionOf(long offset)
    {
        if (cursorOffset < BaseOffset || cursorOffset > offset)
        {
            (cursorOffset, cursorLine, cursorLineStart) = (BaseOffset, LineAtBase, LineStartAtBase);
        }

        var chunk = buffer.AsSpan((int)(cursorOffset - BaseOffset), (int)(offset - cursorOffset));
        var newLines = chunk.Count((byte)'\n');
        if (newLines > 0)
        {
            cursorLine += newLines;
            cursorLineStart = cursorOffset + chunk.LastIndexOf((byte)'\n') + 1;
        }

        cursorOffset = offset;
        return (cursorLine, offset - cursorLineStart + 1);
    }

    public async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        Compact();
        var read = await stream.ReadAsync(buffer.AsMemory(End), cancellationToken).ConfigureAwait(false);
        End += read;
        IsFinal = read == 0;
    }

    public void Fill()
    {
        Compact();
        var read = stream.Read(buffer, End, buffer.Length - End);
        End += read;
        IsFinal = read == 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private void Compact()
    {
        if (Start > 0)
        {
            var dropped = buffer.AsSpan(0, Start);
            var newLines = dropped.Count((byte)'\n');
            if (newLines > 0)
            {
                LineAtBase += newLines;
                LineStartAtBase = BaseOffset + dropped.LastIndexOf((byte)'\n') + 1;
            }

            BaseOffset += Start;
            buffer.AsSpan(Start, End - Start).CopyTo(buffer);
            End -= Start;
            Start = 0;
        }

        if (End == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit));
            buffer.AsSpan(0, End).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
    }
}
