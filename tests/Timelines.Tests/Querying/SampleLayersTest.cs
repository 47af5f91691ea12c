using System.Linq;
using CsCheck;
using Timelines.Querying.Indexing;

namespace Timelines.Tests.Querying;

public class SampleLayersTest
{
    // Lengths around the layer boundaries (Fanout = 16: one layer from 17 samples, two from 257, three from 4,097),
    // keys with long runs of ties and the extremes of long, and values below, between, on and above the keys.
    private static readonly Gen<(long[] Samples, int Count, long[] Values)> Cases =
        Gen.OneOf(Gen.Int[0, 40], Gen.Int[250, 270], Gen.Int[4_090, 4_110], Gen.Int[0, 20_000])
            .SelectMany(length => Gen.OneOf(Gen.Long[-5, 5], Gen.Long, Gen.Long[-1_000_000, 1_000_000]).Array[length]
                .Select(keys => keys.Order().ToArray()))
            .SelectMany(keys => Gen.Int[0, keys.Length].Select(count => (keys, count)))
            .SelectMany(c => Gen.OneOf(Gen.Long[-7, 7], Gen.Long, Gen.Long[-1_000_001, 1_000_001], Gen.Const(long.MinValue), Gen.Const(long.MaxValue))
                .Array[1, 50].Select(values => (c.keys, c.count, values)));

    [Test]
    public void LowerBound_AnySortedSamples_IsTheBinarySearchOfThem() => Cases.Sample(
        c =>
        {
            var layers = new SampleLayers(c.Samples, c.Count);
            foreach (var value in c.Values)
            {
                var expected = SampledSearch.BinaryLowerBound(c.Samples, 0, c.Count, value);
                Assert.That(layers.LowerBound(value), Is.EqualTo(expected), $"{c.Count} samples, value {value}");
            }
        },
        iter: 3_000);

    [Test]
    public void LowerBound_EverySampleAndItsNeighbours_AreFound()
    {
        // Distinct keys 0, 3, 6, ...: the first key at least k * 3 + d is at k (d = -1, 0) or k + 1 (d = 1).
        const int Count = (16 * 16 * 16) + 5;
        var samples = Enumerable.Range(0, Count).Select(i => i * 3L).ToArray();
        var layers = new SampleLayers(samples, Count);
        Assert.Multiple(() =>
        {
            for (var k = 0; k < Count; k++)
            {
                Assert.That(layers.LowerBound((k * 3L) - 1), Is.EqualTo(k));
                Assert.That(layers.LowerBound(k * 3L), Is.EqualTo(k));
                Assert.That(layers.LowerBound((k * 3L) + 1), Is.EqualTo(k + 1));
            }
        });
    }

    [Test]
    public void RetainedBytes_AboveAMillionEventsSamples_IsUnderAHundredthOfAByteAnEvent()
    {
        // 1,000,000 events have 15,625 samples (one in 64): layers of 977, 62 and 4 keys.
        var layers = new SampleLayers(new long[15_625], 15_625);
        Assert.That(layers.RetainedBytes, Is.EqualTo((977 + 62 + 4) * sizeof(long)));
        Assert.That(layers.RetainedBytes / 1_000_000.0, Is.LessThan(0.01));
    }
}
