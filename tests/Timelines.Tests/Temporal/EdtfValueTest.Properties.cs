using System;
using System.Linq;
using CsCheck;
using NodaTime;
using Timelines.Text;

namespace Timelines.Tests.Temporal;

public partial class EdtfValueTest
{
    private const int Iterations = 4000;

    private static readonly AllenRelation[] AllRelations = Enum.GetValues<AllenRelation>();

    private static readonly DateTimeZone[] Zones =
    [
        DateTimeZone.Utc,
        DateTimeZoneProviders.Tzdb["Europe/London"],
        DateTimeZoneProviders.Tzdb["America/Santiago"],
        DateTimeZoneProviders.Tzdb["Etc/GMT-14"],
        DateTimeZoneProviders.Tzdb["Etc/GMT+12"],
    ];

    [Test]
    public void Format_Property_ParseOfFormatGivesTheValue()
    {
        Assert.That(
            () => EdtfGenerators.AnyValue.Sample(
                value =>
                {
                    // The lenient pattern: generated values include date-times at an interval's ends, its extension.
                    var text = value.ToString();
                    var parsed = EdtfPattern.Lenient.Parse(text);
                    Require(parsed.Success, $"'{text}' does not parse: {(parsed.Success ? null : parsed.Exception.Message)}");
                    Require(parsed.Value.Equals(value), $"'{text}' parses to another value");
                    Require(parsed.Value.GetHashCode() == value.GetHashCode(), $"'{text}' parses to a value with another hash code");
                    Require(parsed.Value.ToString() == text, $"'{text}' formats again as '{parsed.Value}'");
                    Require(parsed.Value.Bounds == value.Bounds, $"'{text}' parses to other bounds");
                },
                iter: Iterations),
            Throws.Nothing);
    }

    [Test]
    public void Bounds_Property_Invariants()
    {
        Assert.That(
            () => EdtfGenerators.AnyValue.Select(Gen.Int[0, Zones.Length - 1]).Sample(
                (value, zoneIndex) =>
                {
                    var bounds = value.Bounds;
                    Require(NotAfter(bounds.EarliestStart, bounds.LatestStart), $"{value}: earliest start after latest start, {bounds}");
                    Require(NotAfter(bounds.EarliestEnd, bounds.LatestEnd), $"{value}: earliest end after latest end, {bounds}");
                    Require(NotAfter(bounds.EarliestStart, bounds.EarliestEnd), $"{value}: earliest start after earliest end, {bounds}");
                    Require(NotAfter(bounds.LatestStart, bounds.LatestEnd), $"{value}: latest start after latest end, {bounds}");

                    var zone = EdtfGenerators.MixesOffsets(value) ? DateTimeZone.Utc : Zones[zoneIndex];
                    var axis = value.Axis(zone);
                    Require(axis.EarliestStart <= axis.LatestStart && axis.EarliestEnd <= axis.LatestEnd, $"{value} in {zone}: {axis}");
                    Require(axis.LatestStart < axis.LatestEnd && axis.EarliestStart < axis.EarliestEnd, $"{value} in {zone}: {axis}");

                    var possible = value.ToInterval(zone);
                    if (value.ToCertainInterval(zone) is { } certain)
                    {
                        Require(TestHelper.Encloses(possible, certain), $"{value} in {zone}: possible {possible} does not contain certain {certain}");
                    }

                    Require(value.Is(AllenRelation.Equals, value, zone) != TruthValue.No, $"{value} in {zone} is certainly not equal to itself");
                    Require(value.Overlaps(value, zone) != TruthValue.No, $"{value} in {zone} certainly does not overlap itself");
                },
                iter: Iterations),
            Throws.Nothing);
    }

    [Test]
    public void Is_Property_ConversesAgree()
    {
        Assert.That(
            () => EdtfGenerators.NearValue.Select(EdtfGenerators.AnyValue, EdtfGenerators.NearValue).Sample(
                (a, far, b) =>
                {
                    foreach (var other in new[] { b, far })
                    {
                        foreach (var relation in AllRelations)
                        {
                            var forward = a.Is(relation, other, DateTimeZone.Utc);
                            var backward = other.Is(AllenAlgebra.Converse(relation), a, DateTimeZone.Utc);
                            Require(forward == backward, $"{a} {relation} {other} is {forward}, but {other} {AllenAlgebra.Converse(relation)} {a} is {backward}");
                        }

                        Require(a.Overlaps(other, DateTimeZone.Utc) == other.Overlaps(a, DateTimeZone.Utc), $"Overlaps of {a} and {other} is not symmetric");
                    }
                },
                iter: Iterations),
            Throws.Nothing);
    }

    [Test]
    public void Is_Property_PreciseValuesHaveExactlyOneRelation()
    {
        Assert.That(
            () => EdtfGenerators.PreciseValue.Select(EdtfGenerators.PreciseValue).Sample(
                (a, b) =>
                {
                    var answers = a.RelationsTo(b, DateTimeZone.Utc);
                    var yes = answers.Where(pair => pair.Value == TruthValue.Yes).Select(pair => pair.Key).ToArray();
                    Require(yes.Length == 1, $"{a} and {b}: Yes for [{string.Join(", ", yes)}]");
                    Require(answers.Values.Count(answer => answer == TruthValue.No) == 12, $"{a} and {b}: some answer is Maybe");

                    var relation = yes[0];
                    var overlaps = relation is not (AllenRelation.Before or AllenRelation.Meets or AllenRelation.MetBy or AllenRelation.After);
                    Require(a.Overlaps(b, DateTimeZone.Utc) == (overlaps ? TruthValue.Yes : TruthValue.No), $"{a} {relation} {b}, but Overlaps is {a.Overlaps(b, DateTimeZone.Utc)}");
                    var contains = relation is AllenRelation.Equals or AllenRelation.StartedBy or AllenRelation.Contains or AllenRelation.FinishedBy;
                    Require(a.Contains(b, DateTimeZone.Utc) == (contains ? TruthValue.Yes : TruthValue.No), $"{a} {relation} {b}, but Contains is {a.Contains(b, DateTimeZone.Utc)}");
                },
                iter: Iterations),
            Throws.Nothing);
    }

    [Test]
    public void Is_Property_PreciseGeneratorProducesTies()
    {
        // Guards the generator itself: without ties, the property above would miss Meets, Starts, Finishes and Equals.
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<AllenRelation, bool>();
        EdtfGenerators.PreciseValue.Select(EdtfGenerators.PreciseValue).Sample(
            (a, b) =>
            {
                foreach (var pair in a.RelationsTo(b, DateTimeZone.Utc).Where(pair => pair.Value == TruthValue.Yes))
                {
                    seen[pair.Key] = true;
                }
            },
            iter: Iterations);

        Assert.That(seen.Keys.Order().ToArray(), Is.EqualTo(AllRelations));
    }

    [Test]
    public void Is_Property_RefinementNeverContradictsAnAnswer()
    {
        Assert.That(
            () => EdtfGenerators.Refinement.Select(EdtfGenerators.NearValue).Sample(
                (pair, other) =>
                {
                    var (vague, refined) = pair;
                    foreach (var relation in AllRelations)
                    {
                        Consistent(vague.Is(relation, other, DateTimeZone.Utc), refined.Is(relation, other, DateTimeZone.Utc), $"{vague} {relation} {other}, refined {refined}");
                        Consistent(other.Is(relation, vague, DateTimeZone.Utc), other.Is(relation, refined, DateTimeZone.Utc), $"{other} {relation} {vague}, refined {refined}");
                    }

                    Consistent(vague.Overlaps(other, DateTimeZone.Utc), refined.Overlaps(other, DateTimeZone.Utc), $"{vague} overlaps {other}, refined {refined}");
                    Consistent(vague.Contains(other, DateTimeZone.Utc), refined.Contains(other, DateTimeZone.Utc), $"{vague} contains {other}, refined {refined}");
                    Consistent(other.Contains(vague, DateTimeZone.Utc), other.Contains(refined, DateTimeZone.Utc), $"{other} contains {vague}, refined {refined}");
                    Require(vague.Is(AllenRelation.Equals, refined, DateTimeZone.Utc) != TruthValue.No, $"{vague} cannot equal its refinement {refined}");
                    Require(vague.Overlaps(refined, DateTimeZone.Utc) != TruthValue.No, $"{vague} cannot overlap its refinement {refined}");
                },
                iter: Iterations),
            Throws.Nothing);
    }

    [Test]
    public void Is_Property_RefinementGeneratorRefines()
    {
        // Guards the generator: the refined value really lies within the vague one, and is often more precise.
        var refinedCount = 0;
        EdtfGenerators.Refinement.Sample(
            pair =>
            {
                var (vague, refined) = pair;
                var outer = vague.Axis(NodaTime.DateTimeZone.Utc);
                var inner = refined.Axis(NodaTime.DateTimeZone.Utc);
                Require(outer.EarliestStart <= inner.EarliestStart && inner.LatestStart <= outer.LatestStart, $"{refined} starts outside {vague}");
                Require(outer.EarliestEnd <= inner.EarliestEnd && inner.LatestEnd <= outer.LatestEnd, $"{refined} ends outside {vague}");
                if (!refined.Equals(vague))
                {
                    System.Threading.Interlocked.Increment(ref refinedCount);
                }
            },
            iter: Iterations);

        Assert.That(refinedCount, Is.GreaterThan(Iterations / 2));
    }

    private static void Consistent(TruthValue vague, TruthValue refined, string what) =>
        Require(vague == TruthValue.Maybe || vague == refined, $"{what}: {vague} for the vague value but {refined} for the refined one");

    private static bool NotAfter(EdtfBound x, EdtfBound y) =>
        x.Kind != y.Kind || x.Kind switch
        {
            EdtfBoundKind.Date => x.Date <= y.Date,
            EdtfBoundKind.LocalDateTime => x.LocalDateTime <= y.LocalDateTime,
            EdtfBoundKind.Instant => x.Instant <= y.Instant,
            _ => true,
        };

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
