using NodaTime;

namespace Timelines.Svg.Tests;

public class TimelineSvgOptionsTest
{
    [Test]
    public void Defaults_AreUsable()
    {
        var options = new TimelineSvgOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.Width, Is.EqualTo(1200));
            Assert.That(options.FontSize, Is.EqualTo(12));
            Assert.That(options.Grouping, Is.SameAs(TimelineSvgGrouping.ByFirstTag));
            Assert.That(options.Period, Is.Null);
            Assert.That(options.Title, Is.Null);
            Assert.That(options.Zone, Is.Null);
        });
    }

    [TestCase(0)]
    [TestCase(TimelineSvgOptions.MinWidth - 1)]
    [TestCase(TimelineSvgOptions.MaxWidth + 1)]
    public void Width_OutOfRange_Throws(int width)
    {
        Assert.That(
            () => new TimelineSvgOptions { Width = width },
            Throws.InstanceOf<System.ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Width").And.Message.Contains("TimelineSvgOptions.Width"));
    }

    [TestCase(0)]
    [TestCase(-12)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(TimelineSvgOptions.MaxFontSize + 1)]
    public void FontSize_OutOfRange_Throws(double size)
    {
        Assert.That(
            () => new TimelineSvgOptions { FontSize = size },
            Throws.InstanceOf<System.ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("FontSize").And.Message.Contains("TimelineSvgOptions.FontSize"));
    }

    [Test]
    public void MaxLabelLineLength_BelowTheMinimum_Throws()
    {
        Assert.That(
            () => new TimelineSvgOptions { MaxLabelLineLength = TimelineSvgOptions.MinLabelLineLength - 1 },
            Throws.InstanceOf<System.ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("MaxLabelLineLength"));
    }

    [Test]
    public void Period_Empty_Throws()
    {
        var instant = Instant.FromUtc(2022, 2, 24, 4, 0);
        Assert.That(
            () => new TimelineSvgOptions { Period = new Interval(instant, instant) },
            Throws.ArgumentException.With.Property("ParamName").EqualTo("Period").And.Message.Contains("TimelineSvgOptions.Period"));
    }

    [Test]
    public void Grouping_Null_Throws()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new TimelineSvgOptions { Grouping = null! }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("Grouping"));
            Assert.That(() => TimelineSvgGrouping.By(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("laneOf"));
        });
    }

    [Test]
    public void Period_WithOneEnd_IsAllowed()
    {
        var options = new TimelineSvgOptions { Period = new Interval(Instant.FromUtc(2022, 3, 1, 0, 0), null) };
        Assert.That(options.Period!.Value.HasEnd, Is.False);
    }
}
