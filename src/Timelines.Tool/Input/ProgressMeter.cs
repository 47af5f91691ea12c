using System.Threading;

namespace Timelines.Tool.Input;

/// <summary>How far a long piece of work has got, written by the worker and read by the progress bar's thread.</summary>
internal sealed class ProgressMeter
{
    private long done;
    private long total;

    /// <summary>Gets or sets the amount of work in all (bytes of input), or 0 when unknown.</summary>
    public long Total
    {
        get => Interlocked.Read(ref total);
        set => Interlocked.Exchange(ref total, value);
    }

    /// <summary>Gets or sets the amount done so far.</summary>
    public long Done
    {
        get => Interlocked.Read(ref done);
        set => Interlocked.Exchange(ref done, value);
    }
}
