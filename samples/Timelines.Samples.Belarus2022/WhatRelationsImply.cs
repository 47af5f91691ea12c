using System.Collections.Immutable;
using Timelines;
using Timelines.Reasoning;

namespace Belarus2022;

/// <summary>
/// What the timeline's relations imply for its dates: the contradictions found, the relations set aside to resolve
/// them, and each bound the remaining relations narrow, with its explanation.
/// </summary>
/// <param name="Contradictions">The contradictions of the timeline as recorded.</param>
/// <param name="SetAside">The relations set aside, one per contradiction: the first of its chain, as validation names it.</param>
/// <param name="Chronology">The chronology of the timeline without them.</param>
/// <param name="Narrowings">Every bound that chronology narrows, with its explanation.</param>
public sealed record WhatRelationsImply(
    ImmutableArray<ChronologyContradiction> Contradictions,
    ImmutableArray<(string EventId, EventRelation Relation)> SetAside,
    Chronology Chronology,
    ImmutableArray<ChronologyExplanation> Narrowings);
