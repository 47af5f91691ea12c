using NodaTime;

namespace Timelines.Tests.Temporal;

[TestFixture]
public class EdtfBoundsTest
{
    private static readonly EdtfBound February1 = EdtfBound.ForDate(new LocalDate(2022, 2, 1));
    private static readonly EdtfBound February28 = EdtfBound.ForDate(new LocalDate(2022, 2, 28));

    [Test]
    public void Constructor_KeepsThePoints()
    {
        var bounds = new EdtfBounds(February1, February28, February1, EdtfBound.Unknown);

        Assert.That(bounds.EarliestStart, Is.EqualTo(February1));
        Assert.That(bounds.LatestStart, Is.EqualTo(February28));
        Assert.That(bounds.EarliestEnd, Is.EqualTo(February1));
        Assert.That(bounds.LatestEnd, Is.EqualTo(EdtfBound.Unknown));
        Assert.That(bounds.ToString(), Is.EqualTo("[2022-02-01 .. 2022-02-28] -> [2022-02-01 .. unknown]"));
    }

    [Test]
    public void Equality()
    {
        var value = new EdtfBounds(February1, February28, February1, February28);
        var equal = EdtfValue.Parse("2022-02").Bounds;

        TestHelper.TestEquatable(
            value,
            equal,
            new EdtfBounds(February28, February28, February1, February28),
            new EdtfBounds(February1, February1, February1, February28),
            new EdtfBounds(February1, February28, February28, February28),
            new EdtfBounds(February1, February28, February1, EdtfBound.Open),
            default);

        Assert.That(value == equal, Is.True);
        Assert.That(value != equal, Is.False);
        Assert.That(value == default, Is.False);
        Assert.That(value != default, Is.True);
    }
}
