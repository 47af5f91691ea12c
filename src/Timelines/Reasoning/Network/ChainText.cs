using System.Collections.Generic;

using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Timelines.Reasoning.Network;

/// <summary>The words of the reasoning: bounds as dates in the timeline's zone, and what each edge of the network says.</summary>
internal sealed class ChainText(Timeline timeline, ConstraintGraph graph)
{
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");

    private readonly DateTimeZone zone = timeline.TimeZone;

    /// <summary>Gets the words for a bound of a node: "starts no earlier than 2022-03-01", "ends by 2022-03-31".</summary>
    public string Bound(int node, bool lower, long value)
    {
        var isStart = (node & 1) == 0;
        return (isStart, lower) switch
        {
            (true, true) => $"starts no earlier than {StartText(value)}",
            (true, false) => $"starts no later than {StartText(value)}",
            (false, true) => $"ends no earlier than {EndText(value)}",
            _ => $"ends by {EndText(value)}",
        };
    }

    /// <summary>Gets the event id of a node, quoted.</summary>
    public string Name(int node) => Quote(timeline.Events[node >> 1].Id);

    /// <summary>Gets the step of a node's declared bound.</summary>
    public ChronologyStep Declared(int node, bool lower, long value)
    {
        var item = timeline.Events[node >> 1];
        return new ChronologyStep(item.Id, "when", null, null, $"{Quote(item.Id)} {Bound(node, lower, value)} (dated {item.When})");
    }

    /// <summary>Gets the step of an edge, and with <paramref name="then"/>, what it implies for the node it tightened.</summary>
    public ChronologyStep Edge(int edge, string? then)
    {
        var item = timeline.Events[graph.OriginEvent[edge]];
        var origin = graph.OriginItem[edge];
        EventRelation? relation = null;
        EventConstraint? constraint = null;
        string words;
        if (origin == ConstraintGraph.OrderOrigin)
        {
            words = $"{Quote(item.Id)} ends after it starts";
        }
        else if (origin >= 0)
        {
            relation = item.Relations[origin];
            words = $"{Quote(item.Id)} {RelationWords(relation.Kind)} {Quote(relation.TargetId)}";
        }
        else
        {
            constraint = item.Constraints[-2 - origin];
            words = ConstraintWords(item.Id, constraint);
        }

        var field = origin == ConstraintGraph.OrderOrigin ? "when" : origin >= 0 ? $"relations[{origin}]" : $"constraints[{-2 - origin}]";
        return new ChronologyStep(item.Id, field, relation, constraint, then is null ? words : $"{words}, so {then}");
    }

    public static string Quote(string id) => $"'{id}'";

    public static string Join(IEnumerable<ChronologyStep> steps)
    {
        var text = new StringBuilder();
        foreach (var step in steps)
        {
            text.Append(text.Length == 0 ? string.Empty : "; ").Append(step.Text);
        }

        return text.ToString();
    }

    private static string RelationWords(EventRelationKind kind) =>
        kind == EventRelationKind.PartOf ? "is part of"
        : kind == EventRelationKind.ResponseTo ? "is a response to"
        : kind.Name;

    private static string ConstraintWords(string id, EventConstraint constraint)
    {
        string point = PointWords(constraint.Point), target;
        if (constraint.TargetId is null && constraint.Point == EventPoint.End)
        {
            return $"{Quote(id)} lasts {GapWords(constraint, duration: true)}";
        }

        target = constraint.TargetId is null ? $"it {PointWords(constraint.TargetPoint)}" : $"{Quote(constraint.TargetId)} {PointWords(constraint.TargetPoint)}";
        return $"{Quote(id)} {point} {GapWords(constraint, duration: false)} {target}";
    }

    private static string PointWords(EventPoint point) => point == EventPoint.Start ? "starts" : "ends";

    private static string GapWords(EventConstraint constraint, bool duration)
    {
        var parts = new List<string>(2);
        if (constraint.MinimumGap is { } least)
        {
            parts.Add(duration ? $"at least {PeriodWords(least)}"
                : IsZero(least) ? "no earlier than"
                : GapTicks.IsNegative(least) ? $"at most {PeriodWords(Period.Zero - least)} before"
                : $"at least {PeriodWords(least)} after");
        }

        if (constraint.MaximumGap is { } most)
        {
            parts.Add(duration ? $"at most {PeriodWords(most)}"
                : IsZero(most) ? "no later than"
                : GapTicks.IsNegative(most) ? $"at least {PeriodWords(Period.Zero - most)} before"
                : $"at most {PeriodWords(most)} after");
        }

        return string.Join(" and ", parts);
    }

    private static bool IsZero(Period period) => period.Normalize().Equals(Period.Zero);

    private static string PeriodWords(Period period)
    {
        var parts = new List<string>();
        Add(parts, period.Years, "year");
        Add(parts, period.Months, "month");
        Add(parts, period.Weeks, "week");
        Add(parts, period.Days, "day");
        Add(parts, period.Hours, "hour");
        Add(parts, period.Minutes, "minute");
        Add(parts, period.Seconds, "second");
        Add(parts, period.Milliseconds, "millisecond");
        Add(parts, period.Ticks, "tick");
        Add(parts, period.Nanoseconds, "nanosecond");
        return parts.Count == 0 ? "0 days" : string.Join(" ", parts);
    }

    private static void Add(List<string> parts, long count, string unit)
    {
        if (count != 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}"));
        }
    }

    private string StartText(long ticks)
    {
        if (Sentinel(ticks) is { } words)
        {
            return words;
        }

        var local = Local(ticks);
        return AxisBounds.StartOfDay(local.Date, zone) == ticks ? LocalDatePattern.Iso.Format(local.Date) : DateTimePattern.Format(local);
    }

    private string EndText(long ticks)
    {
        if (Sentinel(ticks) is { } words)
        {
            return words;
        }

        // An end is exclusive: the end of 10 March is the start of the 11th, and is written as the 10th.
        var day = Local(ticks - 1).Date;
        return AxisBounds.EndOfDay(day, zone) == ticks ? LocalDatePattern.Iso.Format(day) : DateTimePattern.Format(Local(ticks));
    }

    private static string? Sentinel(long ticks) => ticks switch
    {
        AxisBounds.OpenStart => "the open start (..)",
        AxisBounds.UnknownStart or AxisBounds.UnknownEnd => "an unknown time",
        AxisBounds.OpenEnd => "the open end (..)",
        _ => null,
    };

    private LocalDateTime Local(long ticks) => Ticks.Clamp(ticks).InZone(zone).LocalDateTime;
}
