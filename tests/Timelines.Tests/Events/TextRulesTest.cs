using System;
using System.Linq;

namespace Timelines.Tests.Events;

/// <summary>The text rules (<see cref="TextRules"/>), as the constructors apply them; the readers' side is in TimelineJsonTest.Text.</summary>
public class TextRulesTest
{
    private static readonly EdtfValue When = EdtfValue.Parse("2022");

    [TestCase("a\0b")]
    [TestCase("a\u0007b")]
    [TestCase("a\u001bb")]
    [TestCase("a\u0085b")]
    [TestCase("a\nb")]
    [TestCase("a\u2028b")]
    [TestCase("a\u202eb")]
    [TestCase("a\u2066b")]
    [TestCase("a\\ud800b")]
    [TestCase("a\\udc00")]
    public void OneLineText_RefusesControlsSeparatorsBidiControlsAndHalfSurrogates(string text)
    {
        // A lone surrogate cannot be an attribute's argument (it is stored as UTF-8), so it comes escaped.
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        var item = new TimelineEvent("a", "A", When);
        Assert.Multiple(() =>
        {
            Assert.That(() => new TimelineEvent("a", text, When), Throws.ArgumentException.With.Property("ParamName").EqualTo("title"));
            Assert.That(() => item.WithTitle(text), Throws.ArgumentException);
            Assert.That(() => item.AddTags(text), Throws.ArgumentException);
            Assert.That(() => new Actor(text), Throws.ArgumentException);
            Assert.That(() => new Actor("n", role: text), Throws.ArgumentException);
            Assert.That(() => new Place(text), Throws.ArgumentException);
            Assert.That(() => new Source(publisher: text), Throws.ArgumentException);
            Assert.That(() => new EventStatus(text), Throws.ArgumentException);
            Assert.That(() => new EventRelationKind(text), Throws.ArgumentException);
            Assert.That(() => item.WithExtension(text, TimelineJsonSamples.Number), Throws.ArgumentException);
        });
    }

    [TestCase("a\tb\nc\r\nd")]
    [TestCase("right \u202eto\u202c left, \u2067isolate\u2069, line\u2028separator")]
    [TestCase("emoji \ud83c\udf89 and \u00e9")]
    public void Prose_HoldsLineBreaksTabsAndBidiControls(string text)
    {
        Assert.That(new TimelineEvent("a", "A", When).WithSummary(text).Summary, Is.EqualTo(text));
        Assert.That(new TimelineBuilder("t", "T") { Description = text }.Validate(), Is.Empty);
    }

    [TestCase("a\0")]
    [TestCase("a\u000bb")]
    [TestCase("\\ud800")]
    public void Prose_RefusesOtherControlsAndHalfSurrogates(string text)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        Assert.That(() => new TimelineEvent("a", "A", When).WithSummary(text), Throws.ArgumentException.With.Property("ParamName").EqualTo("summary"));
        Assert.That(new TimelineBuilder("t", "T") { Description = text }.Validate().Single().Field, Is.EqualTo("description"));
    }

    [TestCase("a\u200bb", "U+200B")]
    [TestCase("a\u00adb", "U+00AD")]
    [TestCase("a\ufeff", "U+FEFF")]
    [TestCase("a\u200eb", "U+200E")]
    [TestCase(" a", "white space")]
    [TestCase("a\u3000", "white space")]
    public void Ids_RefuseInvisibleCharactersAndWhiteSpaceAtTheEnds(string id, string message)
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new TimelineEvent(id, "A", When), Throws.ArgumentException.With.Message.Contains(message));
            Assert.That(() => new TimelineEvent("a", "A", When).WithId(id), Throws.ArgumentException);
            Assert.That(() => new EventRelation(EventRelationKind.Causes, id), Throws.ArgumentException);
            Assert.That(new TimelineBuilder(id, "T").Validate().Single().Field, Is.EqualTo("id"));
        });
    }

    [TestCase("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")]
    [TestCase("family-\ud83d\udc68\u200d\ud83d\udc69")]
    [TestCase("drills 2022")]
    [TestCase("caf\u00e9")]
    [TestCase("cafe\u0301")]
    public void Ids_HoldAnyOtherText_EvenTheJoinersSomeScriptsNeed(string id)
    {
        Assert.That(new TimelineEvent(id, "A", When).Id, Is.EqualTo(id));
    }

    [Test]
    public void Ids_InNfcAndNfd_AreTwoIds()
    {
        var timeline = Timeline.Create("t", "T", [new TimelineEvent("caf\u00e9", "A", When), new TimelineEvent("cafe\u0301", "B", When)]);
        Assert.That(timeline.Count, Is.EqualTo(2));
        Assert.That(timeline["cafe\u0301"].Title, Is.EqualTo("B"));
    }

    [TestCase("", true)]
    [TestCase(" \t\u00a0\u3000", true)]
    [TestCase("\u200b\u200d\ufeff", true)]
    [TestCase("\u2028", true)]
    [TestCase("a", false)]
    [TestCase("\u00ad.", false)]
    public void IsBlank_IsWhiteSpaceAndInvisibleFormatCharactersOnly(string text, bool blank)
    {
        Assert.That(TextRules.IsBlank(text), Is.EqualTo(blank));
    }

    [Test]
    public void BlankTitles_AreTheTimelinesRule_WhateverShowsNothing()
    {
        // "\0" is not text at all; U+200B and U+3000 show nothing, so are blank, as white space is.
        Assert.That(() => new TimelineEvent("a", "\0", When), Throws.ArgumentException);
        foreach (var title in new[] { "\u200b", "\u3000", " " })
        {
            var problems = new TimelineBuilder("t", "T").Add(new TimelineEvent("a", title, When)).Validate();
            Assert.That(problems.Single().Message, Is.EqualTo("The title is empty."), title);
        }

        Assert.That(() => new EventStatus("\u200b"), Throws.ArgumentException.With.Message.Contains("The name is empty."));
    }

    [Test]
    public void Timeline_TitleDescriptionAndExtensions_FollowTheSameRules()
    {
        var timeline = Timeline.Create("t", "T", []);
        Assert.Multiple(() =>
        {
            Assert.That(() => timeline.WithTitle("T\u0007"), Throws.InstanceOf<TimelineValidationException>());
            Assert.That(() => timeline.WithTitle("\u200b"), Throws.InstanceOf<TimelineValidationException>());
            Assert.That(() => timeline.WithDescription("\0"), Throws.ArgumentException);
            Assert.That(() => timeline.WithExtension("events", TimelineJsonSamples.Number), Throws.ArgumentException.With.Message.Contains("x-events"));
            Assert.That(() => timeline.WithExtension("x\n", TimelineJsonSamples.Number), Throws.ArgumentException);
            Assert.That(() => timeline.WithExtension("x", TimelineJsonSamples.HalfSurrogate), Throws.ArgumentException.With.Property("ParamName").EqualTo("value"));
        });
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Place_RefusesCoordinatesJsonCannotHold(double value)
    {
        Assert.That(() => new Place("P", null, value, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new Place("P", null, 0, value), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Source_RefusesAUrlWhoseTextBreaksTheRules()
    {
        Assert.That(() => new Source(url: new Uri("https://example.org/a\u202eb", UriKind.Absolute)), Throws.ArgumentException.With.Property("ParamName").EqualTo("url"));
        Assert.That(new Source(url: new Uri("https://example.org/caf\u00e9")).Url, Is.Not.Null);
    }

    /// <summary>JSON values for extensions.</summary>
    private static class TimelineJsonSamples
    {
        public static System.Text.Json.JsonElement Number { get; } = Timelines.Tests.Serialization.TimelineSamples.Json("1");

        public static System.Text.Json.JsonElement HalfSurrogate { get; } = Timelines.Tests.Serialization.TimelineSamples.Json("\"\\udfff\"");
    }
}
