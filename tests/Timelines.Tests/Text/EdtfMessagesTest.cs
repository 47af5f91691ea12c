using System.Collections.Generic;
using Timelines.Text;
using Timelines.Text.Internal;

namespace Timelines.Tests.Text;

/// <summary>Each reason of the EDTF parser is the text of <see cref="EdtfMessages"/>, exactly, and so is the exception's sentence.</summary>
public class EdtfMessagesTest
{
    private static IEnumerable<TestCaseData> Reasons()
    {
        yield return Case("", EdtfMessages.Empty, nameof(EdtfMessages.Empty));
        yield return Case("2022/2023/2024", EdtfMessages.SlashCount, nameof(EdtfMessages.SlashCount));
        yield return Case("2022-02-24T04:00:00Z/..", EdtfMessages.TimeAtIntervalEnd, nameof(EdtfMessages.TimeAtIntervalEnd));
        yield return Case("20221", EdtfMessages.YearDigits, nameof(EdtfMessages.YearDigits));
        yield return Case("-0000", EdtfMessages.NegativeZeroYear, nameof(EdtfMessages.NegativeZeroYear));
        yield return Case("1XXX", EdtfMessages.YearMostlyUnspecified, nameof(EdtfMessages.YearMostlyUnspecified));
        yield return Case("201X-XX", EdtfMessages.UnspecifiedMonthAfterYear, nameof(EdtfMessages.UnspecifiedMonthAfterYear));
        yield return Case("201X-05", EdtfMessages.SpecifiedMonthAfterYear, nameof(EdtfMessages.SpecifiedMonthAfterYear));
        yield return Case("2022-XX-05", EdtfMessages.SpecifiedDayAfterMonth, nameof(EdtfMessages.SpecifiedDayAfterMonth));
        yield return Case("2022-21-01", EdtfMessages.SeasonWithDay, nameof(EdtfMessages.SeasonWithDay));
        yield return Case("2022-02T04:00:00Z", EdtfMessages.TimeNeedsDay, nameof(EdtfMessages.TimeNeedsDay));
        yield return Case("y17000", EdtfMessages.LowercaseY, nameof(EdtfMessages.LowercaseY));
        yield return Case("Y", EdtfMessages.YWithoutDigits, nameof(EdtfMessages.YWithoutDigits));
        yield return Case("Y17E7", EdtfMessages.Exponent, nameof(EdtfMessages.Exponent));
        yield return Case("Y2022", EdtfMessages.ShortYWithPrefix, nameof(EdtfMessages.ShortYWithPrefix));
        yield return Case("Y017000", EdtfMessages.LeadingZeroWithPrefix, nameof(EdtfMessages.LeadingZeroWithPrefix));
        yield return Case("Y10000", EdtfMessages.YearOutOfRange("10000"), nameof(EdtfMessages.YearOutOfRange));
        yield return Case("2022-02-24T", EdtfMessages.TWithoutTime, nameof(EdtfMessages.TWithoutTime));
        yield return Case("2022-02-24T04:00:00.5Z", EdtfMessages.FractionOfSecond, nameof(EdtfMessages.FractionOfSecond));
        yield return Case("2022-02-24T25:00:00Z", EdtfMessages.NotATimeOfDay("25:00:00"), nameof(EdtfMessages.NotATimeOfDay));
        yield return Case("2022-02-24T04:00:00+19:00", EdtfMessages.OffsetOutOfRange("+19:00"), nameof(EdtfMessages.OffsetOutOfRange));
        yield return Case("2022?~", EdtfMessages.TwoQualifiers, nameof(EdtfMessages.TwoQualifiers));
        yield return Case("20X2", EdtfMessages.XBeforeDigit, nameof(EdtfMessages.XBeforeDigit));
        yield return Case("20uu", EdtfMessages.LowercaseU, nameof(EdtfMessages.LowercaseU));
        yield return Case("2022-13", EdtfMessages.NotMonthOrSeason(13), nameof(EdtfMessages.NotMonthOrSeason));
        yield return Case("2022-25", EdtfMessages.Level2Season(25), nameof(EdtfMessages.Level2Season));
        yield return Case("2022-02-30", EdtfMessages.NoSuchDay(30, "February", 2022), nameof(EdtfMessages.NoSuchDay));
        yield return Case("2022-02-24T04", EdtfMessages.EndsBefore(':'), nameof(EdtfMessages.EndsBefore));
        yield return Case("2022-02-24T04-00:00Z", EdtfMessages.ExpectedChar(':', '-'), nameof(EdtfMessages.ExpectedChar));
        yield return Case("2022-0a", EdtfMessages.ExpectedDigit("month", 'a'), nameof(EdtfMessages.ExpectedDigit));
        yield return Case("2022-2X", EdtfMessages.PartlyUnspecified("month"), nameof(EdtfMessages.PartlyUnspecified));
        yield return Case("2022-123", EdtfMessages.TwoDigits("month"), nameof(EdtfMessages.TwoDigits));
        yield return Case("2022x", EdtfMessages.Unexpected('x'), nameof(EdtfMessages.Unexpected));
        yield return Case("unknown/2022", EdtfMessages.PreEdtfEnd("unknown"), nameof(EdtfMessages.PreEdtfEnd));
        yield return Case("-99XX", EdtfMessages.DateOutOfRange, nameof(EdtfMessages.DateOutOfRange));

        static TestCaseData Case(string text, string reason, string name) => new TestCaseData(text, reason).SetName($"Reason_{name}");
    }

    [TestCaseSource(nameof(Reasons))]
    public void StrictParse_GivesTheReasonOfEdtfMessages(string text, string reason)
    {
        var result = EdtfPattern.Strict.Parse(text);
        Assert.That(result.Success, Is.False, text);
        var exception = (EdtfParseException)result.Exception;
        Assert.Multiple(() =>
        {
            Assert.That(exception.Reason, Is.EqualTo(reason), text);
            Assert.That(exception.Message, Is.EqualTo(EdtfMessages.NotValid(text, exception.Index, reason)), text);
        });
    }

    [Test]
    public void ParseDate_OfAnInterval_SaysASingleDateWasExpected() =>
        Assert.That(Assert.Throws<EdtfParseException>(() => EdtfDate.Parse("2022/2023"))!.Reason, Is.EqualTo(EdtfMessages.IntervalNotDate));

    [Test]
    public void ExceptionWithNoDetails_SaysTheTextIsNotValid() =>
        Assert.That(new EdtfParseException().Reason, Is.EqualTo(EdtfMessages.NotValidNoDetails));
}
