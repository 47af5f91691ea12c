using System;
using Timelines.Text;

namespace Timelines.Tests.Text;

public partial class EdtfPatternTest
{
    // Text, zero-based index of the problem, and a phrase the reason must contain.
    private static readonly object[] InvalidTexts =
    [
        // Calendar errors.
        new object[] { "2022-13", 5, "neither a month (01 to 12) nor a season" },
        new object[] { "2022-00", 5, "neither a month (01 to 12) nor a season" },
        new object[] { "2022-02-30", 8, "day 30 does not exist in February 2022" },
        new object[] { "2021-02-29", 8, "day 29 does not exist in February 2021" },
        new object[] { "2022-04-31", 8, "day 31 does not exist in April 2022" },
        new object[] { "2022-02-00", 8, "day 00 does not exist" },
        new object[] { "1985-04-12T25:00:00Z", 11, "is not a time of day" },
        new object[] { "1985-04-12T23:60:00Z", 11, "is not a time of day" },
        new object[] { "1985-04-12T23:20:60Z", 11, "is not a time of day" },
        new object[] { "1985-04-12T23:20:30+25:00", 19, "out of range" },
        new object[] { "1985-04-12T23:20:30-18:30", 19, "out of range" },

        // Shape errors.
        new object[] { "", 0, "the text is empty" },
        new object[] { "202", 3, "the year must have 4 digits" },
        new object[] { "abcd", 0, "expected a digit of the year, found 'a'" },
        new object[] { "2022-2", 6, "the month must have 2 digits" },
        new object[] { "2022-02-2", 9, "the day must have 2 digits" },
        new object[] { "2022-02-245", 10, "the day must have two digits" },
        new object[] { "2022 ", 4, "unexpected ' '" },
        new object[] { "2022-02-24T", 11, "'T' must be followed by a time" },
        new object[] { "2022T04:00:00", 4, "a time needs a date with a day" },
        new object[] { "2022-02-24T04:00", 16, "the text ends where ':' was expected" },
        new object[] { "2022-02-24T04-00-00", 13, "expected ':', found '-'" },
        new object[] { "2022-02-24T04:00:00.5Z", 19, "fractions of a second" },
        new object[] { "2022-02-24T04:00:00,5Z", 19, "fractions of a second" },
        new object[] { "2022-02-24T04:00:00+0430", 22, "unexpected '3'" },
        new object[] { "1985-04-12T23:20:30+04:3", 24, "the text ends inside the offset minute" },
        new object[] { "10000", 4, "a year has four digits" },
        new object[] { "-0000", 0, "'-0000' is not a year" },

        // Qualifiers.
        new object[] { "2022-02~?", 8, "a date takes one qualifier" },
        new object[] { "2022-02-24T04:00:00Z?", 20, "a date-time cannot carry a qualifier" },
        new object[] { "2022-02-24T04:00:00~", 19, "a date-time cannot carry a qualifier" },

        // Intervals.
        new object[] { "2022/2021", 5, "the end '2021' is before the start '2022'" },
        new object[] { "2022-02-24/2022-02-23", 11, "is before the start" },
        new object[] { "1/2/3", 3, "an interval has exactly one '/'" },
        new object[] { "1985//1986", 5, "an interval has exactly one '/'" },
        new object[] { "../..", 0, "needs a date at one end at least" },
        new object[] { "/", 0, "needs a date at one end at least" },
        new object[] { "../", 0, "needs a date at one end at least" },
        new object[] { "/..", 0, "needs a date at one end at least" },
        new object[] { "1985/...", 5, "expected a digit of the year, found '.'" },

        // Unspecified digits that are not the last ones (level 2), or malformed.
        new object[] { "2X22", 2, "an 'X' before a digit is level 2" },
        new object[] { "20X2-01", 3, "an 'X' before a digit is level 2" },
        new object[] { "201X-01", 5, "a specified month after an unspecified year is level 2" },
        new object[] { "2022-1X", 5, "either wholly unspecified ('XX') or written in full" },
        new object[] { "2022-X1", 6, "an 'X' before a digit is level 2" },
        new object[] { "2022-XX-05", 8, "a specified day after an unspecified month is level 2" },
        new object[] { "2022-02-XXT04:00:00Z", 10, "a time needs a fully specified date" },
        new object[] { "-XXXX", 1, "more than two unspecified digits" },
        new object[] { "-0XXX", 2, "more than two unspecified digits" },
        new object[] { "-00XX", 0, "years -999 to 0" },
        new object[] { "-000X", 0, "years -999 to 0" },
        new object[] { "201X-21", 5, "a specified month after an unspecified year is level 2" },

        // Level 2 forms that level 1 does not have, in either pattern (docs/semantics.md, section 7).
        new object[] { "1XXX", 1, "more than two unspecified digits ('1XXX', 'XXXX') is EDTF level 2" },
        new object[] { "XXXX", 0, "more than two unspecified digits" },
        new object[] { "201X-XX", 5, "a month after a year with unspecified digits ('201X-XX') is EDTF level 2" },
        new object[] { "19XX-XX-XX", 5, "a month after a year with unspecified digits" },
        new object[] { "1XXX-XX", 1, "more than two unspecified digits" },
        new object[] { "2004-06-XX/2004-07-03", 8, "unspecified digits ('X') in the dates of an interval are EDTF level 2" },
        new object[] { "2004/201X", 8, "unspecified digits ('X') in the dates of an interval" },
        new object[] { "/2022-02-XX~", 9, "unspecified digits ('X') in the dates of an interval" },

        // Letter-prefixed years and other level 2 features.
        new object[] { "Y170000002", 0, "the year 170000002 is outside the years -9998 to 9999" },
        new object[] { "Y-170000002", 0, "the year -170000002 is outside the years -9998 to 9999" },
        new object[] { "Y2022", 0, "only for years of more than four digits" },
        new object[] { "Y09999", 1, "written without leading zeros" },
        new object[] { "Y10000", 0, "the year 10000 is outside the years -9998 to 9999" },
        new object[] { "Y17E7", 3, "exponential years ('E') are EDTF level 2" },
        new object[] { "Y171010000S3", 10, "significant digits ('S') are EDTF level 2" },
        new object[] { "Y", 1, "'Y' must be followed by the digits of a year" },
        new object[] { "Y170000002-02", 10, "stands alone" },
        new object[] { "2022-25", 5, "'25' is a level 2 season" },
        new object[] { "2022-41", 5, "'41' is a level 2 season" },
        new object[] { "2022-42", 5, "neither a month (01 to 12) nor a season" },
        new object[] { "2022-21-01", 7, "a season has no day" },
        new object[] { "?2022", 0, "expected a digit of the year, found '?'" },
        new object[] { "[1667,1668]", 0, "expected a digit of the year, found '['" },
        new object[] { "{1667,1668}", 0, "expected a digit of the year, found '{'" },

        // Outside NodaTime's range.
        new object[] { "-99XX", 0, "outside the years -9998 to 9999" },
        new object[] { "9999-24", 0, "outside the years -9998 to 9999" },
        new object[] { "-9999", 0, "outside the years -9998 to 9999" },
        new object[] { "-9998-01-01T00:00:00+05:00", 0, "outside the instants -9998-01-01T00:00:00Z to 9999-12-31T23:59:59Z" },
        new object[] { "9999-12-31T23:00:00-05:00", 0, "outside the instants -9998-01-01T00:00:00Z to 9999-12-31T23:59:59Z" },
    ];

    // Pre-2019 forms: the lenient pattern reads them, the strict one rejects them with this reason.
    private static readonly object[] PreStandardTexts =
    [
        new object[] { "201u", 3, "'u' is pre-2019 EDTF" },
        new object[] { "1985-04-uu", 8, "'u' is pre-2019 EDTF" },
        new object[] { "1985/open", 5, "'open' is pre-2019 EDTF" },
        new object[] { "open/1985", 0, "'open' is pre-2019 EDTF" },
        new object[] { "1985/unknown", 5, "'unknown' is pre-2019 EDTF" },
        new object[] { "unknown/1985", 0, "'unknown' is pre-2019 EDTF" },
    ];

    [TestCaseSource(nameof(InvalidTexts))]
    public void Parse_Invalid_ThrowingPathGivesIndexAndReason(string text, int index, string phrase)
    {
        var exception = Assert.Throws<EdtfParseException>(() => EdtfValue.Parse(text));

        Assert.That(exception.Index, Is.EqualTo(index), exception.Message);
        Assert.That(exception.Reason, Does.Contain(phrase));
        Assert.That(exception.Text, Is.EqualTo(text));
        Assert.That(exception.Message, Does.Contain(exception.Reason));
        Assert.That(exception.Message, Does.Contain($"at character {index + 1}"));
    }

    [TestCaseSource(nameof(InvalidTexts))]
    public void Parse_Invalid_TryParseReturnsFalse(string text, int index, string phrase)
    {
        Assert.That(EdtfValue.TryParse(text, out var value), Is.False, $"at {index}: {phrase}");
        Assert.That(value, Is.Null);
    }

    [TestCaseSource(nameof(InvalidTexts))]
    public void Parse_Invalid_BothPatternsFailWithTheException(string text, int index, string phrase)
    {
        foreach (var pattern in new[] { EdtfPattern.Strict, EdtfPattern.Lenient })
        {
            var result = pattern.Parse(text);

            Assert.That(result.Success, Is.False);
            Assert.That(result.Exception, Is.TypeOf<EdtfParseException>());
            var exception = (EdtfParseException)result.Exception;
            Assert.That(exception.Index, Is.EqualTo(index));
            Assert.That(exception.Reason, Does.Contain(phrase));
            Assert.That(() => result.Value, Throws.TypeOf<EdtfParseException>());
        }
    }

    [TestCaseSource(nameof(PreStandardTexts))]
    public void Parse_PreStandardSyntax_StrictRejects(string text, int index, string phrase)
    {
        var result = EdtfPattern.Strict.Parse(text);

        Assert.That(result.Success, Is.False);
        var exception = (EdtfParseException)result.Exception;
        Assert.That(exception.Index, Is.EqualTo(index));
        Assert.That(exception.Reason, Does.Contain(phrase));
    }

    [TestCaseSource(nameof(PreStandardTexts))]
    public void Parse_PreStandardSyntax_LenientAccepts(string text, int index, string phrase)
    {
        var result = EdtfPattern.Lenient.Parse(text);

        Assert.That(result.Success, Is.True, $"strict would fail at {index}: {phrase}");
        Assert.That(EdtfValue.TryParse(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(result.Value));
    }

    // Date-times at an interval's ends: the lenient pattern's documented extension still checks the interval.
    [TestCase("2022-02-24T04:00:00Z/2022-02-24T03:00:00Z", 21, "is before the start")]
    [TestCase("1985/9999-12-31T23:00:00-05:00", 5, "outside the instants")]
    public void Parse_InvalidDateTimeInterval_LenientGivesTheReasonAndStrictRejectsTheTime(string text, int index, string phrase)
    {
        var lenient = (EdtfParseException)EdtfPattern.Lenient.Parse(text).Exception;
        var strict = (EdtfParseException)EdtfPattern.Strict.Parse(text).Exception;

        Assert.That(lenient.Index, Is.EqualTo(index));
        Assert.That(lenient.Reason, Does.Contain(phrase));
        Assert.That(strict.Reason, Does.Contain("time of day at an interval's end").Or.Contain(phrase));
    }

    [Test]
    public void Parse_Null_Throws()
    {
        Assert.That(() => EdtfPattern.Strict.Parse(null!), Throws.ArgumentNullException);
        Assert.That(() => EdtfValue.Parse(null!), Throws.ArgumentNullException);
        Assert.That(EdtfValue.TryParse(null, out var value), Is.False);
        Assert.That(value, Is.Null);
    }

    [Test]
    public void Parse_Valid_TryParseGivesTheValue()
    {
        Assert.That(EdtfValue.TryParse("1984?/2004-06~", out var value), Is.True);
        Assert.That(value!.Start.Date, Is.EqualTo(EdtfDate.ForYear(1984, EdtfQualifier.Uncertain)));
        Assert.That(value.End.Date, Is.EqualTo(EdtfDate.ForMonth(2004, 6, EdtfQualifier.Approximate)));
    }

    [TestCase("1985/1986", 4)]
    [TestCase("/1986", 0)]
    public void DateParse_Interval_Rejected(string text, int index)
    {
        var exception = Assert.Throws<EdtfParseException>(() => EdtfDate.Parse(text));

        Assert.That(exception.Index, Is.EqualTo(index));
        Assert.That(exception.Reason, Does.Contain("a single date was expected"));
    }

    [TestCase("2022-13", 5)]
    [TestCase("", 0)]
    public void DateParse_Invalid_Throws(string text, int index)
    {
        var exception = Assert.Throws<EdtfParseException>(() => EdtfDate.Parse(text));

        Assert.That(exception.Index, Is.EqualTo(index));
    }

    [Test]
    public void DateParse_Valid()
    {
        Assert.That(EdtfDate.Parse("2004-06~"), Is.EqualTo(EdtfDate.ForMonth(2004, 6, EdtfQualifier.Approximate)));
        Assert.That(EdtfDate.Parse("201u").ToString(), Is.EqualTo("201X"));
        Assert.That(() => EdtfDate.Parse(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void ParseException_Constructors()
    {
        var detailed = new EdtfParseException("2022-13", 5, "month 13");
        Assert.That(detailed.Message, Is.EqualTo("'2022-13' is not valid EDTF: month 13 (at character 6)."));
        Assert.That(detailed, Is.InstanceOf<FormatException>());

        var plain = new EdtfParseException("bad");
        Assert.That(plain.Reason, Is.EqualTo("bad"));
        Assert.That(plain.Text, Is.Empty);

        var inner = new InvalidOperationException("cause");
        var wrapped = new EdtfParseException("bad", inner);
        Assert.That(wrapped.InnerException, Is.SameAs(inner));

        Assert.That(new EdtfParseException().Reason, Is.EqualTo("The text is not valid EDTF."));
    }
}
