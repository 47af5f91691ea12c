namespace Timelines.Tests.Temporal;

[TestFixture]
public class EdtfEndTest
{
    [Test]
    public void Default_IsUnknown()
    {
        var end = default(EdtfEnd);

        Assert.That(end.Kind, Is.EqualTo(EdtfEndKind.Unknown));
        Assert.That(end, Is.EqualTo(EdtfEnd.Unknown));
        Assert.That(end.ToString(), Is.Empty);
    }

    [Test]
    public void Open()
    {
        Assert.That(EdtfEnd.Open.Kind, Is.EqualTo(EdtfEndKind.Open));
        Assert.That(EdtfEnd.Open.ToString(), Is.EqualTo(".."));
    }

    [Test]
    public void At_Date()
    {
        var date = EdtfDate.ForYear(1985, EdtfQualifier.Approximate);

        EdtfEnd end = date;

        Assert.That(end.Kind, Is.EqualTo(EdtfEndKind.Date));
        Assert.That(end.Date, Is.SameAs(date));
        Assert.That(end, Is.EqualTo(EdtfEnd.At(date)));
        Assert.That(end.ToString(), Is.EqualTo("1985~"));
    }

    [Test]
    public void At_Null_Throws()
    {
        Assert.That(() => EdtfEnd.At(null!), Throws.ArgumentNullException);
        Assert.That(() => { EdtfEnd end = (EdtfDate)null!; return end; }, Throws.ArgumentNullException);
    }

    [Test]
    public void Date_NotADate_Throws()
    {
        Assert.That(() => EdtfEnd.Open.Date, Throws.InvalidOperationException);
        Assert.That(() => EdtfEnd.Unknown.Date, Throws.InvalidOperationException);
    }

    [Test]
    public void Equality()
    {
        var value = EdtfEnd.At(EdtfDate.ForYear(1985));
        var equal = EdtfEnd.At(EdtfDate.Parse("1985"));

        TestHelper.TestEquatable(value, equal, EdtfEnd.Open, EdtfEnd.Unknown, EdtfEnd.At(EdtfDate.ForYear(1986)), EdtfEnd.At(EdtfDate.ForYear(1985, EdtfQualifier.Uncertain)));
        TestHelper.TestEquatable(EdtfEnd.Open, EdtfEnd.Open, EdtfEnd.Unknown);
        TestHelper.TestEquatable(EdtfEnd.Unknown, default, EdtfEnd.Open);

        Assert.That(value == equal, Is.True);
        Assert.That(value != equal, Is.False);
        Assert.That(value == EdtfEnd.Open, Is.False);
        Assert.That(value != EdtfEnd.Open, Is.True);
        Assert.That(EdtfEnd.Open == EdtfEnd.Unknown, Is.False);
    }
}
