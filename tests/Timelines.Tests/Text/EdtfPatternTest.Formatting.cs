using System.Collections.Generic;
using System.Linq;
using System.Text;
using Timelines.Text;

namespace Timelines.Tests.Text;

public partial class EdtfPatternTest
{
    private static IEnumerable<string> CanonicalTexts() => EdtfExamples.CanonicalTexts;

    private static IEnumerable<string> ExtensionTexts() => EdtfExamples.ExtensionTexts;

    private static IEnumerable<TestCaseData> NonCanonicalTexts() =>
        EdtfExamples.NonCanonical.Select(example => new TestCaseData(example.Input, example.Canonical).SetArgDisplayNames(example.Input));

    [TestCaseSource(nameof(CanonicalTexts))]
    public void Format_CanonicalText_RoundTrips(string text)
    {
        var strict = EdtfPattern.Strict.Parse(text).Value;
        var lenient = EdtfPattern.Lenient.Parse(text).Value;

        Assert.That(EdtfPattern.Strict.Format(strict), Is.EqualTo(text));
        Assert.That(lenient.ToString(), Is.EqualTo(text));
        Assert.That(lenient, Is.EqualTo(strict));
    }

    [TestCaseSource(nameof(ExtensionTexts))]
    public void Format_Extension_LenientRoundTripsAndStrictRejects(string text)
    {
        var lenient = EdtfPattern.Lenient.Parse(text);
        var strict = EdtfPattern.Strict.Parse(text);

        Assert.That(lenient.Value.ToString(), Is.EqualTo(text));
        Assert.That(EdtfPattern.Lenient.Format(lenient.Value), Is.EqualTo(text));
        Assert.That(strict.Success, Is.False);
        Assert.That(() => strict.GetValueOrThrow(), Throws.TypeOf<EdtfParseException>().With.Message.Contains("time of day at an interval's end"));
    }

    [TestCaseSource(nameof(CanonicalTexts))]
    [TestCaseSource(nameof(ExtensionTexts))]
    public void Format_AppendFormat_AppendsCanonicalText(string text)
    {
        var builder = new StringBuilder("x=");

        var returned = EdtfPattern.Lenient.AppendFormat(EdtfValue.Parse(text), builder);

        Assert.That(returned, Is.SameAs(builder));
        Assert.That(builder.ToString(), Is.EqualTo("x=" + text));
    }

    [TestCaseSource(nameof(NonCanonicalTexts))]
    public void Format_NonCanonicalText_FormatsToCanonicalForm(string input, string canonical)
    {
        var value = EdtfValue.Parse(input);

        Assert.That(value.ToString(), Is.EqualTo(canonical));
        Assert.That(value, Is.EqualTo(EdtfPattern.Strict.Parse(canonical).Value));
    }

    [Test]
    public void Format_NullArguments_Throw()
    {
        var value = EdtfValue.Parse("1985");

        Assert.That(() => EdtfPattern.Strict.Format(null!), Throws.ArgumentNullException);
        Assert.That(() => EdtfPattern.Strict.AppendFormat(null!, new StringBuilder()), Throws.ArgumentNullException);
        Assert.That(() => EdtfPattern.Strict.AppendFormat(value, null!), Throws.ArgumentNullException);
    }

    [TestCase("1985-04-12T23:20:30-04:30", "1985-04-12T23:20:30-04:30")]
    [TestCase("1985-04-12T23:20:30+14:00", "1985-04-12T23:20:30+14:00")]
    [TestCase("1985-04-12T23:20:30-00:30", "1985-04-12T23:20:30-00:30")]
    public void Format_Offsets(string input, string expected) =>
        Assert.That(EdtfValue.Parse(input).ToString(), Is.EqualTo(expected));
}
