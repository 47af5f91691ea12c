using System.Text;
using CsCheck;
using NodaTime;
using Timelines.Tests.Temporal;
using Timelines.Text;

namespace Timelines.Tests.Text;

/// <summary>
/// The UTF-8 paths that the JSON reader and writer take, <see cref="EdtfParser.TryParseValue(System.ReadOnlySpan{byte}, bool)"/>
/// and <see cref="EdtfUtf8Formatter"/>, against the string paths they must agree with.
/// </summary>
[TestFixture]
public class EdtfUtf8Test
{
    private const int Iterations = 2_000;

    [Test]
    public void Format_Property_GivesTheBytesOfToString()
    {
        Assert.That(
            () => EdtfGenerators.AnyValue.Sample(
                value =>
                {
                    var buffer = new byte[EdtfUtf8Formatter.MaxLength];
                    var written = EdtfUtf8Formatter.Format(value, buffer);
                    var expected = value.ToString();
                    var actual = Encoding.UTF8.GetString(buffer, 0, written);
                    return actual == expected;
                },
                iter: Iterations),
            Throws.Nothing);
    }

    [Test]
    public void TryParseValue_Property_Utf8OfTheTextGivesTheValue()
    {
        Assert.That(
            () => EdtfGenerators.AnyValue.Sample(
                value => EdtfParser.TryParseValue(Encoding.UTF8.GetBytes(value.ToString()), lenient: true) == value,
                iter: Iterations),
            Throws.Nothing);
    }

    [TestCase("2022-02-24T04:00:00+05:45")]
    [TestCase("2022-02-24T04:00:00-03:30")]
    [TestCase("-0044-03-15")]
    [TestCase("-19XX")]
    [TestCase("1985-XX-XX")]
    [TestCase("2022-24%/..")]
    [TestCase("/2022-02~")]
    public void Format_Examples_GivesTheCanonicalText(string text)
    {
        var buffer = new byte[EdtfUtf8Formatter.MaxLength];
        var written = EdtfUtf8Formatter.Format(EdtfValue.Parse(text), buffer);
        Assert.That(Encoding.UTF8.GetString(buffer, 0, written), Is.EqualTo(text));
    }

    [Test]
    public void Format_OffsetWithSeconds_AgreesWithToString()
    {
        // Only the API can make one; EDTF text cannot hold the seconds of an offset.
        var date = EdtfDate.ForDateTime(new LocalDateTime(2022, 2, 24, 4, 0).WithOffset(Offset.FromSeconds(5 * 3600 + 30)));
        var buffer = new byte[EdtfUtf8Formatter.MaxLength];
        var written = EdtfUtf8Formatter.Format(date, buffer);
        Assert.That(Encoding.UTF8.GetString(buffer, 0, written), Is.EqualTo(date.ToString()));
    }

    [TestCase("2022-13")]
    [TestCase("2022-02-30")]
    [TestCase("")]
    [TestCase("2022/2021")]
    [TestCase("２０２２")]
    [TestCase("2022-02-24T04:00:00.5Z")]
    public void TryParseValue_BadText_GivesNullWhereParseFails(string text)
    {
        Assert.That(EdtfPattern.Lenient.Parse(text).Success, Is.False);
        Assert.That(EdtfParser.TryParseValue(Encoding.UTF8.GetBytes(text), lenient: true), Is.Null);
    }

    [TestCase("199u", true)]
    [TestCase("2022/open", true)]
    [TestCase("unknown/2022", true)]
    [TestCase("199u", false)]
    public void TryParseValue_Pre2019Forms_FollowLeniency(string text, bool lenient)
    {
        var pattern = lenient ? EdtfPattern.Lenient : EdtfPattern.Strict;
        var expected = pattern.Parse(text);
        var actual = EdtfParser.TryParseValue(Encoding.UTF8.GetBytes(text), lenient);
        Assert.That(actual, Is.EqualTo(expected.Success ? expected.Value : null));
    }

    [Test]
    public void TryParseValue_LongerThanTheStackBuffer_FailsAsTheStringParserDoes()
    {
        var text = "2022-02-24" + new string(' ', 200);
        Assert.That(EdtfParser.TryParseValue(Encoding.UTF8.GetBytes(text), lenient: true), Is.Null);
        Assert.That(EdtfPattern.Lenient.Parse(text).Success, Is.False);
    }
}
