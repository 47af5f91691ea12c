using System;

namespace Timelines.Tests.Semantics;

/// <summary>
/// Every query kind against the oracle of docs/semantics.md: the same results in the same order, the same
/// <c>Count()</c> and <c>Any()</c>, on random timelines and periods of every kind, both certainties and both
/// ways of ending ongoing events.
/// </summary>
public class QuerySemanticsPropertyTest
{
    private const int Cases = 10_000;

    private static readonly AllenRelation[] Relations = Enum.GetValues<AllenRelation>();

    private static readonly QueryKind[] Kinds = Enum.GetValues<QueryKind>();

    [Test]
    public void Overlapping_FollowsTheSemantics() => Check(QueryKind.Overlapping);

    [Test]
    public void At_FollowsTheSemantics() => Check(QueryKind.At);

    [Test]
    public void On_FollowsTheSemantics() => Check(QueryKind.On);

    [Test]
    public void Within_FollowsTheSemantics() => Check(QueryKind.Within);

    [Test]
    public void Containing_FollowsTheSemantics() => Check(QueryKind.Containing);

    [Test]
    public void Before_FollowsTheSemantics() => Check(QueryKind.Before);

    [Test]
    public void After_FollowsTheSemantics() => Check(QueryKind.After);

    [Test]
    public void StartingIn_FollowsTheSemantics() => Check(QueryKind.StartingIn);

    [TestCaseSource(nameof(Relations))]
    public void Related_FollowsTheSemantics(AllenRelation relation) => Check(QueryKind.Related, relation);

    [Test]
    public void Next_FollowsTheSemantics() => Check(QueryKind.Next);

    [Test]
    public void Previous_FollowsTheSemantics() => Check(QueryKind.Previous);

    /// <summary>Count and Any over every kind of query, filters only included (each kind above checks them too).</summary>
    [Test]
    public void CountAndAny_FollowTheSemantics() => SemanticsCheck.Run(Cases, random =>
    {
        var timeline = SemanticsGenerators.Timeline(random);
        return QueryDisagreement.Find(timeline, SemanticsGenerators.Query(random, timeline, Kinds[random.Next(Kinds.Length)]));
    });

    private static void Check(QueryKind kind, AllenRelation? relation = null) => SemanticsCheck.Run(Cases, random =>
    {
        var timeline = SemanticsGenerators.Timeline(random);
        return QueryDisagreement.Find(timeline, SemanticsGenerators.Query(random, timeline, kind, relation));
    });
}
