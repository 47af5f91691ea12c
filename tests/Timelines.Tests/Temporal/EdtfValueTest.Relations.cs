using System;
using System.Linq;

namespace Timelines.Tests.Temporal;

public partial class EdtfValueTest
{
    // A month is some time within the month, perhaps a single day, so two months in a row may or may not meet.
    [TestCase("2022-02", AllenRelation.Meets, "2022-03", TruthValue.Maybe)]
    [TestCase("2022-02", AllenRelation.Before, "2022-03", TruthValue.Maybe)]
    [TestCase("2022-02", AllenRelation.Overlaps, "2022-03", TruthValue.No)]
    [TestCase("2022-02", AllenRelation.Before, "2022-04", TruthValue.Yes)]
    [TestCase("2022-02-01/2022-02-28", AllenRelation.Meets, "2022-03-01/2022-03-31", TruthValue.Yes)]
    [TestCase("2022-03-01/2022-03-31", AllenRelation.MetBy, "2022-02-01/2022-02-28", TruthValue.Yes)]
    [TestCase("2022-02-28", AllenRelation.Meets, "2022-03-01", TruthValue.Yes)]
    [TestCase("2022-02-10", AllenRelation.During, "2022-02", TruthValue.Maybe)]
    [TestCase("2022-02-10", AllenRelation.During, "2022-02-01/2022-02-28", TruthValue.Yes)]
    [TestCase("2022-02-01", AllenRelation.Starts, "2022-02-01/2022-02-28", TruthValue.Yes)]
    [TestCase("2022-02-28", AllenRelation.Finishes, "2022-02-01/2022-02-28", TruthValue.Yes)]
    [TestCase("1964/2008", AllenRelation.Contains, "1990", TruthValue.Yes)]
    [TestCase("1985/..", AllenRelation.Contains, "2022", TruthValue.Yes)]
    [TestCase("1985/", AllenRelation.Contains, "2022", TruthValue.Maybe)]
    [TestCase("1985/", AllenRelation.After, "1983", TruthValue.Yes)]
    [TestCase("1985/", AllenRelation.After, "1984", TruthValue.Maybe)]
    [TestCase("../1985", AllenRelation.Before, "1987", TruthValue.Yes)]
    [TestCase("/1985", AllenRelation.Before, "1987", TruthValue.Yes)]
    [TestCase("1985/..", AllenRelation.Equals, "1985/", TruthValue.No)]
    [TestCase("2022-02-24T04:00:00Z", AllenRelation.Equals, "2022-02-24T06:00:00+02:00", TruthValue.Yes)]
    [TestCase("2022-02-24T04:00:00Z", AllenRelation.During, "2022-02-24", TruthValue.Yes)]
    [TestCase("2022-02-24T00:00:00Z", AllenRelation.Starts, "2022-02-24", TruthValue.Yes)]
    [TestCase("201X", AllenRelation.During, "2010/2019", TruthValue.Maybe)]
    [TestCase("2001-24", AllenRelation.Overlaps, "2002", TruthValue.Maybe)]
    [TestCase("2001-24", AllenRelation.Before, "2002-03", TruthValue.Maybe)]
    [TestCase("2001-24", AllenRelation.Before, "2002-04", TruthValue.Yes)]
    [TestCase("1984?", AllenRelation.Equals, "1984", TruthValue.Maybe)]

    // A date-time is a whole second, and a resolution of a month may be a few ticks long, so it may lie within
    // one (within an instant, one tick, it cannot: see TimelineQueryTest); a day may end a year that began before it.
    [TestCase("2022-02", AllenRelation.During, "2022-02-10T12:00:00Z", TruthValue.Maybe)]
    [TestCase("2022-02", AllenRelation.Contains, "2022-02-10T12:00:00Z", TruthValue.Maybe)]
    [TestCase("2022-02", AllenRelation.During, "2022-02-10/2022-02-11", TruthValue.Maybe)]
    [TestCase("2022-02/2022-02-10", AllenRelation.During, "2022-02-10/2022-02-11", TruthValue.No)]
    [TestCase("2022-06-01", AllenRelation.Finishes, "2022", TruthValue.Maybe)]
    [TestCase("2022-01-01", AllenRelation.Finishes, "2022", TruthValue.No)]
    [TestCase("2022-12", AllenRelation.Finishes, "2022", TruthValue.Maybe)]
    [TestCase("2022-02/2022-03", AllenRelation.Equals, "2022-02-15/2022-03-15", TruthValue.Maybe)]

    // Narrowed by whole granules: 2026-02-08/2026-02 lasts at least all of 8 February.
    [TestCase("2026-02-08/2026-02", AllenRelation.Contains, "2026-02-08T12:00:00Z", TruthValue.Yes)]
    [TestCase("2022/2022-03-10", AllenRelation.Contains, "2022-03-10T23:00:00Z", TruthValue.Yes)]
    [TestCase("/1985-04-12", AllenRelation.Contains, "1985-04-12T00:30:00Z", TruthValue.Yes)]
    public void Is_Examples(string a, AllenRelation relation, string b, TruthValue expected)
    {
        var first = EdtfValue.Parse(a);
        var second = EdtfValue.Parse(b);

        Assert.That(first.Is(relation, second, NodaTime.DateTimeZone.Utc), Is.EqualTo(expected));
        Assert.That(second.Is(AllenAlgebra.Converse(relation), first, NodaTime.DateTimeZone.Utc), Is.EqualTo(expected));
    }

    [Test]
    public void RelationsTo_AllThirteenInOrder()
    {
        var answers = EdtfValue.Parse("2022-02-01/2022-02-28").RelationsTo(EdtfValue.Parse("2022-03-01/2022-03-31"));

        Assert.That(answers.Keys.ToArray(), Is.EqualTo(Enum.GetValues<AllenRelation>()));
        Assert.That(answers.Where(pair => pair.Value == TruthValue.Yes).Select(pair => pair.Key).ToArray(), Is.EqualTo(new[] { AllenRelation.Meets }));
        Assert.That(answers.Values.Count(answer => answer == TruthValue.No), Is.EqualTo(12));
    }

    [TestCase("2022-02", "2022-02-10", TruthValue.Maybe, TruthValue.Maybe)]
    [TestCase("2022-02-01/2022-02-28", "2022-02-10", TruthValue.Yes, TruthValue.Yes)]
    [TestCase("2022-02-01/2022-02-28", "2022-02-01/2022-02-28", TruthValue.Yes, TruthValue.Yes)]
    [TestCase("2022-02", "2022-03", TruthValue.No, TruthValue.No)]
    [TestCase("2022", "2022-03", TruthValue.Maybe, TruthValue.Maybe)]
    [TestCase("1985/..", "2022", TruthValue.Yes, TruthValue.Yes)]
    [TestCase("1985/", "2022", TruthValue.Maybe, TruthValue.Maybe)]
    public void OverlapsAndContains_Examples(string a, string b, TruthValue overlaps, TruthValue contains)
    {
        var first = EdtfValue.Parse(a);
        var second = EdtfValue.Parse(b);

        Assert.That(first.Overlaps(second), Is.EqualTo(overlaps));
        Assert.That(second.Overlaps(first), Is.EqualTo(overlaps));
        Assert.That(first.PossiblyOverlaps(second), Is.EqualTo(overlaps != TruthValue.No));
        Assert.That(first.CertainlyOverlaps(second), Is.EqualTo(overlaps == TruthValue.Yes));
        Assert.That(first.Contains(second), Is.EqualTo(contains));
        Assert.That(first.PossiblyContains(second), Is.EqualTo(contains != TruthValue.No));
        Assert.That(first.CertainlyContains(second), Is.EqualTo(contains == TruthValue.Yes));
    }

    [Test]
    public void Relations_NullOther_Throws()
    {
        var value = EdtfValue.Parse("2022");

        Assert.That(() => value.Is(AllenRelation.Before, null!), Throws.ArgumentNullException);
        Assert.That(() => value.RelationsTo(null!), Throws.ArgumentNullException);
        Assert.That(() => value.Overlaps(null!), Throws.ArgumentNullException);
        Assert.That(() => value.Contains(null!), Throws.ArgumentNullException);
    }
}
