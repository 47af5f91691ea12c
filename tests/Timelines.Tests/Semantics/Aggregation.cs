using System;

namespace Timelines.Tests.Semantics;

/// <summary>An aggregation of a query: its name, what the oracle says it gives, and what the library gives, as comparable text.</summary>
internal sealed record Aggregation(string Name, Func<Timeline, QuerySpec, string> Expected, Func<Timeline, QuerySpec, string> Actual);
