using System;

namespace Timelines.Svg.Layout;

/// <summary>
/// Maps the shown period, [<see cref="Start"/>, <see cref="End"/>) in Unix ticks, linearly onto the plot's
/// pixels [<see cref="Left"/>, <see cref="Right"/>]; moments outside the period land on its edges.
/// </summary>
internal sealed class TimeScale
{
    public TimeScale(long start, long end, double left, double right)
    {
        if (end <= start || right <= left)
        {
            throw new ArgumentException("A time scale needs a non-empty period and plot.");
        }

        Start = start;
        End = end;
        Left = left;
        Right = right;
    }

    public long Start { get; }

    public long End { get; }

    public double Left { get; }

    public double Right { get; }

    public double Width => Right - Left;

    /// <summary>Gets the pixels per day, for choosing which ticks the axis can label.</summary>
    public double PixelsPerDay => Width / ((End - (double)Start) / NodaTime.NodaConstants.TicksPerDay);

    /// <summary>Gets the x of a moment, clamped to the plot. Computed in doubles: exact to far below a pixel.</summary>
    public double X(long ticks)
    {
        if (ticks <= Start)
        {
            return Left;
        }

        if (ticks >= End)
        {
            return Right;
        }

        return Left + ((ticks - (double)Start) / (End - (double)Start) * Width);
    }

    public bool Contains(long ticks) => ticks >= Start && ticks <= End;
}
