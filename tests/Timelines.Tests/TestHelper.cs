using System;
using NodaTime;
using NodaTime.Text;

namespace Timelines.Tests;

/// <summary>Helpers shared by the tests: reading expected bounds, and checking the equality contract of a type.</summary>
internal static class TestHelper
{
    /// <summary>
    /// Reads an expected bound: <c>open</c>, <c>unknown</c>, an instant ending in <c>Z</c>, a local date-time
    /// containing <c>T</c>, or otherwise a day.
    /// </summary>
    public static EdtfBound Bound(string text)
    {
        if (text == "open")
        {
            return EdtfBound.Open;
        }

        if (text == "unknown")
        {
            return EdtfBound.Unknown;
        }

        if (text.EndsWith('Z'))
        {
            return EdtfBound.ForInstant(InstantPattern.ExtendedIso.Parse(text).Value);
        }

        return text.Contains('T', StringComparison.Ordinal)
            ? EdtfBound.ForLocalDateTime(LocalDateTimePattern.ExtendedIso.Parse(text).Value)
            : EdtfBound.ForDate(LocalDatePattern.Iso.Parse(text).Value);
    }

    /// <summary>Reads an instant in the extended ISO form, such as <c>2022-02-24T04:00:00Z</c>.</summary>
    public static Instant Instant(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    /// <summary>Does <paramref name="outer"/> contain all of <paramref name="inner"/>? A missing end is unbounded.</summary>
    public static bool Encloses(Interval outer, Interval inner) =>
        (!outer.HasStart || (inner.HasStart && outer.Start <= inner.Start))
        && (!outer.HasEnd || (inner.HasEnd && inner.End <= outer.End));

    /// <summary>
    /// Checks <see cref="IEquatable{T}.Equals(T)"/>, <see cref="object.Equals(object)"/> and
    /// <see cref="object.GetHashCode"/>: <paramref name="value"/> equals <paramref name="equalValue"/> (a distinct
    /// instance where the type is a class) and every one of <paramref name="unequalValues"/> differs from it.
    /// </summary>
    public static void TestEquatable<T>(T value, T equalValue, params T[] unequalValues)
        where T : notnull, IEquatable<T>
    {
        Assert.That(value.Equals(equalValue), Is.True, "IEquatable.Equals with an equal value");
        Assert.That(equalValue.Equals(value), Is.True, "IEquatable.Equals is symmetric");
        Assert.That(value.Equals(value), Is.True, "IEquatable.Equals is reflexive");
        Assert.That(value.Equals((object)equalValue), Is.True, "object.Equals with an equal value");
        Assert.That(value.GetHashCode(), Is.EqualTo(equalValue.GetHashCode()), "equal values have equal hash codes");
        Assert.That(value.Equals(new object()), Is.False, "object.Equals with another type");
        foreach (var unequal in unequalValues)
        {
            Assert.That(value.Equals(unequal), Is.False, $"IEquatable.Equals with {unequal}");
            Assert.That(unequal.Equals(value), Is.False, $"IEquatable.Equals with {unequal}, reversed");
            Assert.That(value.Equals((object)unequal), Is.False, $"object.Equals with {unequal}");
        }

        object? nothing = null;
        Assert.That(value.Equals(nothing), Is.False, "object.Equals(null)");
    }
}
