using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

public partial class TimelineJsonTest
{
    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "timelines-json-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void SaveFile_LoadFile_RoundTrips()
    {
        var path = Path.Combine(folder, "t.json");
        TimelineJson.WriteFile(TimelineSamples.HandMade(), path, Indented);
        Assert.That(TimelineJson.ReadFile(path), Is.EqualTo(TimelineSamples.HandMade()));
        Assert.That(Directory.GetFiles(folder), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task SaveFileAsync_LoadFileAsync_RoundTrips()
    {
        var path = Path.Combine(folder, "t.json");
        await TimelineJson.WriteFileAsync(TimelineSamples.HandMade(), path);
        Assert.That(await TimelineJson.ReadFileAsync(path), Is.EqualTo(TimelineSamples.HandMade()));
    }

    [Test]
    public void SaveFile_WhenTheRenameFails_LeavesWhatWasThereAndNoTemporary()
    {
        // A folder where the file should go: everything is written, then the rename over it fails.
        var path = Path.Combine(folder, "t.json");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "inside"), "kept");

        Assert.That(() => TimelineJson.WriteFile(TimelineSamples.HandMade(), path), Throws.InstanceOf<IOException>());
        Assert.That(File.ReadAllText(Path.Combine(path, "inside")), Is.EqualTo("kept"));
        Assert.That(Directory.GetFiles(folder), Is.Empty);
    }

    [Test]
    public async Task SaveFile_AfterASaveWasKilled_DeletesWhatItLeftButNotWhatAnotherSaveHolds()
    {
        var path = Path.Combine(folder, "t.json");
        var abandoned = Path.Combine(folder, ".t.json." + Guid.NewGuid().ToString("N") + ".tmp");
        var held = Path.Combine(folder, ".t.json." + Guid.NewGuid().ToString("N") + ".tmp");
        var justCreated = Path.Combine(folder, ".t.json." + Guid.NewGuid().ToString("N") + ".tmp");
        var someoneElses = Path.Combine(folder, ".t.json.notours.tmp");
        File.WriteAllText(abandoned, "{\"format\":");
        File.WriteAllText(someoneElses, "x");
        File.WriteAllBytes(justCreated, []);
        using (var inProgress = new FileStream(held, FileMode.CreateNew, FileAccess.Write, FileShare.Delete))
        {
            inProgress.WriteByte(1);
            inProgress.Flush();
            TimelineJson.WriteFile(TimelineSamples.HandMade(), path);
            Assert.That(File.Exists(held), Is.True, "a save in progress keeps its file");
        }

        Assert.That(File.Exists(abandoned), Is.False);
        Assert.That(File.Exists(someoneElses), Is.True);
        Assert.That(File.Exists(justCreated), Is.True, "an empty file may be a save that has just begun");
        await TimelineJson.WriteFileAsync(TimelineSamples.HandMade(), path);
        Assert.That(File.Exists(held), Is.False, "once nobody holds it, the next save deletes it");
        Assert.That(TimelineJson.ReadFile(path), Is.EqualTo(TimelineSamples.HandMade()));
    }

    [Test]
    public void SaveFile_Failing_NamesTheFileTheCallerAskedFor()
    {
        var path = Path.Combine(folder, "missing", "t.json");
        Assert.Multiple(() =>
        {
            Assert.That(() => TimelineJson.WriteFile(TimelineSamples.HandMade(), path), Throws.InstanceOf<DirectoryNotFoundException>().With.Message.StartsWith($"The timeline could not be saved to '{path}'"));
            Assert.That(async () => await TimelineJson.WriteFileAsync(TimelineSamples.HandMade(), path), Throws.InstanceOf<DirectoryNotFoundException>().With.Message.StartsWith($"The timeline could not be saved to '{path}'"));
        });
    }

    [Test]
    public void SaveFileAsync_Cancelled_LeavesOldFileAndNoTemporary()
    {
        var path = Path.Combine(folder, "t.json");
        File.WriteAllText(path, "old");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(
            async () => await TimelineJson.WriteFileAsync(TimelineSamples.HandMade(), path, cancellationToken: cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    public async Task SaveAsync_LoadAsync_Stream_RoundTrips()
    {
        using var stream = new MemoryStream();
        await TimelineJson.WriteAsync(TimelineSamples.HandMade(), stream);
        Assert.That(stream.ToArray(), Is.EqualTo(TimelineJson.ToUtf8Bytes(TimelineSamples.HandMade())));
        stream.Position = 0;
        Assert.That(await TimelineJson.ReadAsync(stream), Is.EqualTo(TimelineSamples.HandMade()));
    }

    [Test]
    public void Save_Load_Stream_RoundTrips()
    {
        using var stream = new MemoryStream();
        TimelineJson.Write(TimelineSamples.HandMade(), stream);
        stream.Position = 0;
        Assert.That(TimelineJson.Read(new NonSeekableStream(stream)), Is.EqualTo(TimelineSamples.HandMade()));
    }

    [Test]
    public void LoadAsync_Cancelled_Throws()
    {
        using var stream = new MemoryStream(TimelineJson.ToUtf8Bytes(TimelineSamples.HandMade()));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.That(async () => await TimelineJson.ReadAsync(stream, cancellationToken: cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Load_MaxDocumentBytes_IsEnforcedForSeekableAndNonSeekableStreams()
    {
        var bytes = TimelineJson.ToUtf8Bytes(TimelineSamples.HandMade());
        var options = new TimelineJsonOptions { MaxDocumentBytes = 100 };
        Assert.Multiple(() =>
        {
            Assert.That(() => TimelineJson.Read(new MemoryStream(bytes), options), Throws.InstanceOf<TimelineJsonException>().With.Message.Contains("MaxDocumentBytes = 100"));
            Assert.That(() => TimelineJson.Read(new NonSeekableStream(new MemoryStream(bytes)), options), Throws.InstanceOf<TimelineJsonException>().With.Message.Contains("MaxDocumentBytes = 100"));
            Assert.That(() => TimelineJson.Parse(bytes, options), Throws.InstanceOf<TimelineJsonException>().With.Message.Contains("MaxDocumentBytes = 100"));
        });
    }

    /// <summary>A stream that hides its length and hands out a few bytes at a time, as a network stream does.</summary>
    internal sealed class NonSeekableStream(Stream inner, int chunk = 7) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
