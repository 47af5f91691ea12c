using NodaTime;

namespace Timelines.Tests.Temporal;

[TestFixture]
public class EdtfBoundTest
{
    [Test]
    public void ForDate()
    {
        var bound = EdtfBound.ForDate(new LocalDate(2022, 2, 28));

        Assert.That(bound.Kind, Is.EqualTo(EdtfBoundKind.Date));
        Assert.That(bound.HasValue, Is.True);
        Assert.That(bound.Date, Is.EqualTo(new LocalDate(2022, 2, 28)));
        Assert.That(() => bound.Instant, Throws.InvalidOperationException);
        Assert.That(() => bound.LocalDateTime, Throws.InvalidOperationException);
        Assert.That(bound.ToString(), Is.EqualTo("2022-02-28"));
        Assert.That(EdtfBound.ForDate(new LocalDate(-1985, 1, 1)).ToString(), Is.EqualTo("-1985-01-01"));
    }

    [Test]
    public void ForLocalDateTime()
    {
        var bound = EdtfBound.ForLocalDateTime(new LocalDateTime(1985, 4, 12, 23, 20, 30));

        Assert.That(bound.Kind, Is.EqualTo(EdtfBoundKind.LocalDateTime));
        Assert.That(bound.HasValue, Is.True);
        Assert.That(bound.LocalDateTime, Is.EqualTo(new LocalDateTime(1985, 4, 12, 23, 20, 30)));
        Assert.That(() => bound.Date, Throws.InvalidOperationException);
        Assert.That(bound.ToString(), Is.EqualTo("1985-04-12T23:20:30"));
    }

    [Test]
    public void ForInstant()
    {
        var bound = EdtfBound.ForInstant(Instant.FromUtc(1985, 4, 12, 23, 20, 30));

        Assert.That(bound.Kind, Is.EqualTo(EdtfBoundKind.Instant));
        Assert.That(bound.HasValue, Is.True);
        Assert.That(bound.Instant, Is.EqualTo(Instant.FromUtc(1985, 4, 12, 23, 20, 30)));
        Assert.That(() => bound.Date, Throws.InvalidOperationException);
        Assert.That(bound.ToString(), Is.EqualTo("1985-04-12T23:20:30Z"));
    }

    [Test]
    public void OpenAndUnknown()
    {
        Assert.That(EdtfBound.Open.Kind, Is.EqualTo(EdtfBoundKind.Open));
        Assert.That(EdtfBound.Open.HasValue, Is.False);
        Assert.That(EdtfBound.Open.ToString(), Is.EqualTo("open"));
        Assert.That(() => EdtfBound.Open.Date, Throws.InvalidOperationException);
        Assert.That(EdtfBound.Unknown.Kind, Is.EqualTo(EdtfBoundKind.Unknown));
        Assert.That(EdtfBound.Unknown.HasValue, Is.False);
        Assert.That(EdtfBound.Unknown.ToString(), Is.EqualTo("unknown"));
    }

    [Test]
    public void Equality()
    {
        var value = EdtfBound.ForDate(new LocalDate(2022, 2, 28));
        var equal = EdtfBound.ForDate(new LocalDate(2022, 2, 28));

        TestHelper.TestEquatable(
            value,
            equal,
            EdtfBound.ForDate(new LocalDate(2022, 2, 27)),
            EdtfBound.ForLocalDateTime(new LocalDateTime(2022, 2, 28, 0, 0)),
            EdtfBound.ForInstant(Instant.FromUtc(2022, 2, 28, 0, 0)),
            EdtfBound.Open,
            EdtfBound.Unknown);
        TestHelper.TestEquatable(EdtfBound.Open, EdtfBound.Open, EdtfBound.Unknown);
        TestHelper.TestEquatable(
            EdtfBound.ForInstant(Instant.FromUtc(2022, 2, 28, 4, 0)),
            EdtfBound.ForInstant(Instant.FromUtc(2022, 2, 28, 4, 0)),
            EdtfBound.ForInstant(Instant.FromUtc(2022, 2, 28, 4, 1)));

        Assert.That(value == equal, Is.True);
        Assert.That(value != equal, Is.False);
        Assert.That(value == EdtfBound.Open, Is.False);
        Assert.That(value != EdtfBound.Open, Is.True);
    }
}
