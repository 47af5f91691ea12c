using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace Timelines.Tests.Semantics;

/// <summary>
/// The oracle shares no code with what it checks: reading its compiled methods, every member of the library they
/// touch is one that reads the parsed structure of a value or of a timeline, never one that computes bounds,
/// relations or answers (and nothing internal, though the test project could reach it).
/// </summary>
public class OracleIndependenceTest
{
    private static readonly Type[] OracleTypes =
    [
        typeof(TickAxis), typeof(FourPoints), typeof(Granules), typeof(SemanticsOracle), typeof(TimeContext), typeof(Atom),
        typeof(Condition), typeof(ResolutionOracle), typeof(ConstraintOracle), typeof(QueryOracle), typeof(AggregationOracle),
    ];

    // What the oracle may read: the parsed structure of a value (as the brief and docs/semantics.md allow) and a
    // timeline's zone, as-of day and events with their ids, tags and times.
    private static readonly HashSet<string> Allowed =
    [
        "EdtfValue.get_Start", "EdtfValue.get_End", "EdtfValue.get_IsInterval", "EdtfEnd.get_Kind", "EdtfEnd.get_Date",
        "EdtfDate.get_FirstDay", "EdtfDate.get_LastDay", "EdtfDate.get_TimeOfDay", "EdtfDate.get_Offset",
        "TimelineEvent.get_When", "TimelineEvent.get_Id", "TimelineEvent.get_Tags",
        "Timeline.get_Events", "Timeline.get_TimeZone", "Timeline.get_AsOf",
    ];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Test]
    public void Oracle_TouchesOnlyTheParsedStructureOfTheLibrary()
    {
        var library = typeof(EdtfValue).Assembly;
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in OracleTypes.SelectMany(WithNested))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Cast<MethodBase>()
                .Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)))
            {
                foreach (var member in Members(method).Where(m => m.DeclaringType?.Assembly == library))
                {
                    touched.Add($"{member.DeclaringType!.Name}.{member.Name}");
                }
            }
        }

        Assert.That(touched, Is.Not.Empty, "the reader found no use of the library at all: it is not reading the methods");
        Assert.That(touched.Except(Allowed), Is.Empty, "members of the library the oracle must not use");
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        new[] { type }.Concat(type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(WithNested));

    /// <summary>The members a method's IL refers to through a metadata token (calls, fields, function pointers).</summary>
    private static IEnumerable<MemberInfo> Members(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var opCode = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += opCode.Size;
            var operand = opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
            if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                if (member is not null)
                {
                    yield return member;
                }
            }

            i += operand;
        }
    }
}
