using CsCheck;

namespace Timelines.Tests;

/// <summary>
/// A generator of one of some constant values. CsCheck 5 spells it <c>Gen.OneOf(values)</c> and CsCheck 4.9 (the
/// last with a net8.0 build, which the net8.0 run of this suite uses) <c>Gen.OneOfConst(values)</c>; this one
/// spelling compiles against both.
/// </summary>
internal static class GenValues
{
    public static Gen<T> OneOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);
}
