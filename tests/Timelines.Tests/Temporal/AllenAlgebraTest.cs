namespace Timelines.Tests.Temporal;

[TestFixture]
public class AllenAlgebraTest
{
    [TestCase(AllenRelation.Before, AllenRelation.After)]
    [TestCase(AllenRelation.Meets, AllenRelation.MetBy)]
    [TestCase(AllenRelation.Overlaps, AllenRelation.OverlappedBy)]
    [TestCase(AllenRelation.Starts, AllenRelation.StartedBy)]
    [TestCase(AllenRelation.During, AllenRelation.Contains)]
    [TestCase(AllenRelation.Finishes, AllenRelation.FinishedBy)]
    [TestCase(AllenRelation.Equals, AllenRelation.Equals)]
    public void Converse_Pairs(AllenRelation relation, AllenRelation converse)
    {
        Assert.That(AllenAlgebra.Converse(relation), Is.EqualTo(converse));
        Assert.That(AllenAlgebra.Converse(converse), Is.EqualTo(relation));
    }

    [Test]
    public void Evaluate_UnknownRelation_Throws()
    {
        var axis = EdtfValue.Parse("2022").Axis(NodaTime.DateTimeZone.Utc);

        Assert.That(() => AllenAlgebra.Evaluate(axis, (AllenRelation)13, axis), Throws.TypeOf<System.ArgumentOutOfRangeException>());
    }
}
