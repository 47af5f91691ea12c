using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Timelines.Tool.Input;

/// <summary>A read-only view of a file stream that records its position in a <see cref="ProgressMeter"/> after every read.</summary>
internal sealed class MeteredStream(Stream inner, ProgressMeter meter) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Record(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Record(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Record(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Record(int read)
    {
        meter.Done = inner.Position;
        return read;
    }
}
