using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Timelines.Text;

namespace Timelines.Svg.Layout;

/// <summary>
/// Works out an event's <see cref="EventShape"/> from its extents in the picture's zone, as the core gives them
/// (<see cref="EdtfValue.ToInterval"/>, <see cref="EdtfValue.ToCertainInterval"/>): where its bars, mark, arrows and qualifier
/// badges go on the scale, and its label (the whole title and the date in words) wrapped to the room right of its
/// start.
/// </summary>
internal sealed class EventShaper
{
    private readonly TimeScale scale;
    private readonly ChartMetrics metrics;
    private readonly int maxLineLength;
    private readonly long? asOf;
    private readonly DateTimeZone zone;

    /// <param name="scale">The plot's scale.</param>
    /// <param name="metrics">The picture's sizes.</param>
    /// <param name="maxLineLength">The longest line of a label, in characters.</param>
    /// <param name="asOf">The end of the as-of day, in ticks: where ongoing events and unknown ends stop.</param>
    /// <param name="zone">The picture's zone, in which days begin and end.</param>
    public EventShaper(TimeScale scale, ChartMetrics metrics, int maxLineLength, long? asOf, DateTimeZone zone)
    {
        this.zone = zone;
        this.scale = scale;
        this.metrics = metrics;
        this.maxLineLength = maxLineLength;
        this.asOf = asOf;
    }

    public EventShape Shape(TimelineEvent item)
    {
        var when = item.When;
        var possible = when.ToInterval(zone);
        var startTicks = possible.HasStart ? possible.Start.ToUnixTimeTicks() : long.MinValue;
        var endTicks = possible.HasEnd ? possible.End.ToUnixTimeTicks() : long.MaxValue;
        var ongoing = when.HasOpenEnd;
        var openStart = when.Start.Kind == EdtfEndKind.Open;

        // An end the dates leave open (ongoing, or unknown) is drawn up to the as-of day, the last day the
        // timeline speaks for, or to the plot's edge when there is no as-of day or it lies beyond the plot.
        var drawnEnd = possible.HasEnd ? endTicks : asOf is { } day && day > startTicks ? day : long.MaxValue;
        var left = scale.X(startTicks);
        var right = Math.Max(scale.X(drawnEnd), left);
        if (ongoing)
        {
            // The arrow that says it goes on must fit in the plot, even when it ends at the plot's left edge.
            right = Math.Max(right, Math.Min(scale.Left + metrics.ArrowLength, scale.Right));
        }

        double? certainLeft = null;
        double? certainRight = null;
        if (when.ToCertainInterval(zone) is { } certain)
        {
            var from = certain.HasStart ? certain.Start.ToUnixTimeTicks() : long.MinValue;
            var to = certain.HasEnd ? certain.End.ToUnixTimeTicks() : drawnEnd;
            if (from < scale.End && to > scale.Start && from < to)
            {
                // At least a pixel, so that a certain day in a long plot still shows.
                var x0 = scale.X(from);
                var x1 = Math.Max(scale.X(to), Math.Min(x0 + 1, scale.Right));
                (certainLeft, certainRight) = (Math.Min(x0, x1 - 1), x1);
            }
        }

        var isMark = right - left < metrics.MarkThreshold && !ongoing && !openStart && possible.HasStart && possible.HasEnd;
        var markCenter = Math.Clamp((left + right) / 2, scale.Left + metrics.MarkHalfSize, scale.Right - metrics.MarkHalfSize);
        var shapeLeft = isMark ? markCenter - metrics.MarkHalfSize : left;
        var shapeRight = isMark ? markCenter + metrics.MarkHalfSize : right;

        if (ongoing)
        {
            shapeLeft = Math.Min(shapeLeft, right - metrics.ArrowLength);
        }

        if (openStart)
        {
            shapeRight = Math.Max(shapeRight, left + metrics.ArrowLength);
        }

        var badges = Badges(when, left, right, isMark, markCenter);
        foreach (var badge in badges)
        {
            shapeLeft = Math.Min(shapeLeft, badge.X - metrics.BadgeRadius);
            shapeRight = Math.Max(shapeRight, badge.X + metrics.BadgeRadius);
        }

        var date = EdtfDisplayFormatter.Format(when);
        // A renderer draws a glyph's ink a little beyond its advance (Chromium with DejaVu Sans, the fonts of a bare
        // Debian machine, puts the "T" of a label set at the plot's left edge a pixel outside it), so labels keep
        // an eighth of an em inside the plot on either side.
        var overhang = metrics.FontSize / 8;
        var room = scale.Right - overhang - Math.Max(shapeLeft, scale.Left + overhang);
        var lineWidth = room >= metrics.MinLabelRoom ? room : Math.Min(scale.Width - (2 * overhang), metrics.MinLabelRoom);
        var lines = LabelWrapper.Wrap(Flatten(item.Title), date, maxLineLength, lineWidth, metrics.FontSize);
        var labelWidth = lines.Max(line => TextMetrics.Width(line.Text, metrics.FontSize));
        var labelLeft = Math.Max(scale.Left + overhang, Math.Min(shapeLeft, scale.Right - overhang - labelWidth));

        return new EventShape
        {
            Event = item,
            StartTicks = startTicks,
            EndTicks = endTicks,
            PossibleLeft = left,
            PossibleRight = right,
            CertainLeft = certainLeft,
            CertainRight = certainRight,
            IsMark = isMark,
            MarkCenter = markCenter,
            HasOpenEnd = ongoing,
            HasOpenStart = openStart,
            IsVague = !isMark && right - left > scale.Width / 4 && (certainRight - certainLeft ?? 0) < (right - left) / 2,
            ClippedAtStart = startTicks < scale.Start,
            ClippedAtEnd = drawnEnd > scale.End,
            Badges = badges,
            DateText = date,
            Lines = lines,
            LabelLeft = labelLeft,
            BoxLeft = Math.Min(shapeLeft, labelLeft),
            BoxRight = Math.Max(shapeRight, labelLeft + labelWidth),
            Height = metrics.SlotHeight(lines.Length),
        };
    }

    /// <summary>Joins a title's lines: a label wraps where it must, not where the title happened to break.</summary>
    public static string Flatten(string text) => string.Join(' ', text.Split(['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A badge for each qualified date: at the start and the end of an interval, or after the one date of an
    /// event that is not one (at the right end of its bar, or right of its mark).
    /// </summary>
    private ImmutableArray<QualifierBadge> Badges(EdtfValue when, double left, double right, bool isMark, double markCenter)
    {
        var badges = ImmutableArray.CreateBuilder<QualifierBadge>();
        var radius = metrics.BadgeRadius;
        double Inside(double x) => Math.Clamp(x, scale.Left + radius, scale.Right - radius);
        if (!when.IsInterval)
        {
            if (when.Start.Date.Qualifier != EdtfQualifier.None)
            {
                var x = isMark ? markCenter + metrics.MarkHalfSize + radius + 1 : right;
                badges.Add(new QualifierBadge("date", when.Start.Date.Qualifier, Inside(x)));
            }

            return badges.ToImmutable();
        }

        if (when.Start.Kind == EdtfEndKind.Date && when.Start.Date.Qualifier != EdtfQualifier.None)
        {
            badges.Add(new QualifierBadge("start", when.Start.Date.Qualifier, Inside(isMark ? markCenter - metrics.MarkHalfSize - radius - 1 : left)));
        }

        if (when.End.Kind == EdtfEndKind.Date && when.End.Date.Qualifier != EdtfQualifier.None)
        {
            badges.Add(new QualifierBadge("end", when.End.Date.Qualifier, Inside(isMark ? markCenter + metrics.MarkHalfSize + radius + 1 : right)));
        }

        return badges.ToImmutable();
    }
}
