using NodaTime;
using Timelines.Text;

namespace Timelines.Tests.Text;

public class EdtfDisplayFormatterTest
{
    [TestCase("2022", "2022")]
    [TestCase("2022?", "2022?")]
    [TestCase("2022~", "about 2022")]
    [TestCase("2022%", "about 2022?")]
    [TestCase("2022-02", "February 2022")]
    [TestCase("2022-03~", "about March 2022")]
    [TestCase("2022-03?", "March 2022?")]
    [TestCase("2022-02-24", "24 February 2022")]
    [TestCase("2022-02-24~", "about 24 February 2022")]
    [TestCase("2022-21", "spring 2022")]
    [TestCase("2022-23?", "autumn 2022?")]
    [TestCase("2022-24", "winter 2022–2023")]
    [TestCase("201X", "2010s")]
    [TestCase("19XX", "1900–1999")]
    [TestCase("2022-XX", "some month of 2022")]
    [TestCase("2022-02-XX", "some day of February 2022")]
    [TestCase("0000", "1 BC")]
    [TestCase("-0043", "44 BC")]
    [TestCase("2022-02-24T04:00:00", "24 February 2022, 04:00")]
    [TestCase("2022-02-24T04:00:30Z", "24 February 2022, 04:00:30 UTC")]
    [TestCase("2022-02-24T04:00:00+02:00", "24 February 2022, 04:00 UTC+02:00")]
    [TestCase("2022-02-24T04:00:00-05:30", "24 February 2022, 04:00 UTC-05:30")]
    public void Format_Date_SaysItAsPreciselyAsKnown(string edtf, string words) =>
        Assert.That(EdtfDisplayFormatter.Format(EdtfValue.Parse(edtf)), Is.EqualTo(words));

    [TestCase("2022-02/2022-03", "February – March 2022")]
    [TestCase("2022-02-24/2022-02-28", "24 – 28 February 2022")]
    [TestCase("2022-02-24/2022-03-03", "24 February – 3 March 2022")]
    [TestCase("2021-12/2022-02", "December 2021 – February 2022")]
    [TestCase("2022-02~/2022-03~", "about February – about March 2022")]
    [TestCase("2022-02-24?/2022-03", "24 February? – March 2022")]
    [TestCase("2021-12~/2022-02", "about December 2021 – February 2022")]
    [TestCase("2022-21/2022-03", "spring 2022 – March 2022")]
    [TestCase("2022/2023", "2022 – 2023")]
    [TestCase("2022-02/..", "February 2022 – ongoing")]
    [TestCase("2022-02/", "February 2022 – end unknown")]
    [TestCase("../2022-03", "until March 2022")]
    [TestCase("/2022-03", "start unknown – March 2022")]
    public void Format_Interval_SaysBothEnds(string edtf, string words) =>
        Assert.That(EdtfDisplayFormatter.Format(EdtfValue.Parse(edtf)), Is.EqualTo(words));

    [Test]
    public void Format_OngoingWithAsOf_SaysTheAsOfDay() =>
        Assert.That(EdtfDisplayFormatter.Format(EdtfValue.Parse("2022?/.."), new LocalDate(2025, 5, 1)), Is.EqualTo("2022? – ongoing (as of 1 May 2025)"));

    [Test]
    public void Format_NotOngoingWithAsOf_IgnoresIt() =>
        Assert.That(EdtfDisplayFormatter.Format(EdtfValue.Parse("2022-03"), new LocalDate(2025, 5, 1)), Is.EqualTo("March 2022"));

    [Test]
    public void Format_Null_Throws() => Assert.Multiple(() =>
    {
        Assert.That(() => EdtfDisplayFormatter.Format((EdtfValue)null!), Throws.ArgumentNullException);
        Assert.That(() => EdtfDisplayFormatter.Format((EdtfDate)null!), Throws.ArgumentNullException);
    });

    [TestCase(EdtfQualifier.None, "exact")]
    [TestCase(EdtfQualifier.Uncertain, "uncertain")]
    [TestCase(EdtfQualifier.Approximate, "approximate")]
    [TestCase(EdtfQualifier.UncertainAndApproximate, "uncertain and approximate")]
    public void Format_Qualifier_SaysWhatItMeans(EdtfQualifier qualifier, string words) =>
        Assert.That(EdtfDisplayFormatter.Format(qualifier), Is.EqualTo(words));
}
