using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Timelines.Fuzzing;

/// <summary>
/// A stream that hides its length and returns its bytes in reads of chosen sizes, as a network stream might: all
/// of one size, or sizes drawn from a seeded generator, so that a run can be repeated exactly.
/// </summary>
internal sealed class SplitStream : Stream
{
    private readonly byte[] data;
    private readonly int size;
    private readonly Random? sizes;
    private int position;

    private SplitStream(byte[] data, int size, Random? sizes)
    {
        this.data = data;
        this.size = size;
        this.sizes = sizes;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Returns reads of <paramref name="size"/> bytes (the last one shorter).</summary>
    public static SplitStream Fixed(byte[] data, int size) => new(data, Math.Max(1, size), null);

    /// <summary>Returns reads of 1 to <paramref name="largest"/> bytes, drawn from a generator seeded with <paramref name="seed"/>.</summary>
    public static SplitStream Varying(byte[] data, int largest, int seed) => new(data, Math.Max(1, largest), new Random(seed));

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var next = sizes is null ? size : sizes.Next(1, size + 1);
        var length = Math.Min(Math.Min(next, buffer.Length), data.Length - position);
        data.AsSpan(position, length).CopyTo(buffer);
        position += length;
        return length;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
