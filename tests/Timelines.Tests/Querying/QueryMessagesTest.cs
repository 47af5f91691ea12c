using System;
using NodaTime;
using Timelines.Querying;
using Timelines.Querying.Internal;

namespace Timelines.Tests.Querying;

/// <summary>
/// Each exception of the query types says the words of <see cref="QueryMessages"/>, whichever public path raises it
/// (the open-ends choice is checked by the query and by the join, with one message).
/// </summary>
public class QueryMessagesTest
{
    private static readonly Timeline Sample = Timeline.Create("t", "Messages",
    [
        new TimelineEvent("a", "A", EdtfValue.Parse("2022-02")),
        new TimelineEvent("b", "B", EdtfValue.Parse("2022-03-01T12:00:00Z")),
    ]);

    private static readonly TimelineEvent Outside = new("x", "X", EdtfValue.Parse("2022-04"));

    [Test]
    public void ArgumentChecks_SayTheirMessages()
    {
        var start = Instant.FromUtc(2022, 3, 1, 0, 0);
        Assert.Multiple(() =>
        {
            AssertMessage(Assert.Throws<ArgumentException>(() => QueryPeriod.FromInterval(new Interval(start, start))), QueryMessages.EmptyInterval);
            AssertMessage(Assert.Throws<ArgumentOutOfRangeException>(() => Sample.Query().WithOpenEnds((OpenEnds)7)), QueryMessages.NotAnOpenEndsChoice);
            AssertMessage(Assert.Throws<ArgumentOutOfRangeException>(() => TimelineJoin.Overlapping(Sample, Sample, Certainty.Possibly, (OpenEnds)7)), QueryMessages.NotAnOpenEndsChoice);
            AssertMessage(Assert.Throws<ArgumentOutOfRangeException>(() => TimelineJoin.Overlapping(Sample, Sample, (Certainty)7)), QueryMessages.NotACertainty);
            AssertMessage(Assert.Throws<ArgumentOutOfRangeException>(() => Sample.Query().Histogram(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)), (HistogramUnit)7)), QueryMessages.NotAHistogramUnit);
            AssertMessage(Assert.Throws<ArgumentOutOfRangeException>(() => Sample.Query().On((BoundsSource)7)), QueryMessages.NotABoundsSource);
            AssertMessage(Assert.Throws<ArgumentException>(() => Sample.Query().CountEach([QueryPeriod.FromInstant(start), QueryPeriod.FromInstant(start)], new int[1])), QueryMessages.TooFewCounts(2, 1));
        });
    }

    [Test]
    public void StateChecks_SayTheirMessages()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<InvalidOperationException>(() => Sample.Query().Next(Outside, 1).Matches(Outside))!.Message, Is.EqualTo(QueryMessages.NearestNotPerEvent(TimeConditionKind.Next)));
            Assert.That(Assert.Throws<InvalidOperationException>(() => Sample.Query().OnDerivedBounds().Matches(Outside))!.Message, Is.EqualTo(QueryMessages.DerivedBoundsNotPerEvent));
            Assert.That(Assert.Throws<InvalidOperationException>(() => _ = default(TimelineQuery).Timeline)!.Message, Is.EqualTo(QueryMessages.NotFromATimeline));
            Assert.That(Assert.Throws<InvalidOperationException>(() => Sample.Query().CoverageDates())!.Message, Does.StartWith("The period ").And.EndWith("ask for the intervals instead (Coverage or Gaps)."));
        });
    }

    [Test]
    public void EnumeratorAndResults_SayTheirMessages()
    {
        var results = Sample.Query().ToResults();
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<InvalidOperationException>(() =>
            {
                using var enumerator = Sample.Query().GetEnumerator();
                _ = enumerator.Current;
            })!.Message, Is.EqualTo(QueryMessages.EnumeratorNotOnAResult));
            Assert.That(Assert.Throws<NotSupportedException>(() =>
            {
                using var enumerator = Sample.Query().GetEnumerator();
                enumerator.Reset();
            })!.Message, Is.EqualTo(QueryMessages.EnumeratorCannotReset));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => results.GetId(5))!.Message, Does.StartWith(QueryMessages.NoSuchResult(5, 2)));
        });
    }

    private static void AssertMessage(ArgumentException? thrown, string expected) =>
        Assert.That(thrown!.Message, Does.StartWith(expected), "an argument exception adds the parameter's name after the message");
}
