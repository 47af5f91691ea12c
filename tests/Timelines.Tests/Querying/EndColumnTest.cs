using System.Linq;
using CsCheck;
using Timelines.Querying.Indexing;

namespace Timelines.Tests.Querying;

public class EndColumnTest
{
    private const long Second = 10_000_000;

    private static readonly (long Start, long End)[] Edges =
    [
        (0, Second),
        (-5 * Second, 7 * Second),
        (0, (uint.MaxValue - 3L) * Second),
        (0, (uint.MaxValue - 2L) * Second),
        (0, (long)uint.MaxValue * Second),
        (0, 1),
        (3, Second + 3),
        (AxisBounds.OpenStart, 0),
        (AxisBounds.UnknownStart, Second),
        (0, AxisBounds.OpenEnd),
        (0, AxisBounds.UnknownEnd),
        (AxisBounds.OpenStart, AxisBounds.OpenEnd),
        (-3_155_378_975_990_000_000, 3_155_378_975_990_000_000),
    ];

    [Test]
    public void Get_EveryKindOfEnd_IsTheEndAdded()
    {
        var column = Build(Edges);
        Assert.Multiple(() =>
        {
            for (var slot = 0; slot < Edges.Length; slot++)
            {
                Assert.That(column.Get(slot, Edges[slot].Start), Is.EqualTo(Edges[slot].End), $"slot {slot}: {Edges[slot]}");
            }
        });
    }

    [Test]
    public void LookedUpCount_OnlyLongOrFractionalOrUnboundedLengths_AreLookedUp()
    {
        // Lengths of 2^32 - 3 seconds or more, lengths that are not whole seconds, and lengths from an open or
        // unknown start; open and unknown ends have markers of their own.
        Assert.That(Build(Edges).LookedUpCount, Is.EqualTo(6));
    }

    [Test]
    public void RetainedBytes_WholeSecondEnds_AreFourBytesEach()
    {
        var column = Build([.. Enumerable.Range(0, 1000).Select(i => (i * Second, (i + 86_400L) * Second))]);
        Assert.That(column.RetainedBytes, Is.EqualTo(4000));
    }

    [Test]
    public void Inserted_AnywhereInAMixedColumn_KeepsEveryEnd() => Gen.Int[0, Edges.Length].Select(Gen.Int[0, Edges.Length - 1]).Sample(
        (at, pick) =>
        {
            var inserted = Build(Edges).Inserted(at, Edges[pick].Start, Edges[pick].End);
            var expected = Edges.Take(at).Append(Edges[pick]).Concat(Edges.Skip(at)).ToArray();
            Assert.That(inserted.Length, Is.EqualTo(expected.Length));
            for (var slot = 0; slot < expected.Length; slot++)
            {
                Assert.That(inserted.Get(slot, expected[slot].Start), Is.EqualTo(expected[slot].End), $"insert at {at}, slot {slot}");
            }
        },
        iter: 200);

    private static EndColumn Build((long Start, long End)[] bounds)
    {
        var builder = new EndColumn.Builder(bounds.Length);
        foreach (var (start, end) in bounds)
        {
            builder.Add(start, end);
        }

        return builder.Build();
    }
}
