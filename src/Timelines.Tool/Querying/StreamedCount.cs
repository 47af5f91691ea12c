using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Timelines.Querying;
using Timelines.Tool.Commands;

namespace Timelines.Tool.Querying;

/// <summary>
/// <c>timeline query FILE --count</c> on a format that streams its events (JSON Lines): each event is tested alone
/// with the library's <see cref="TimelineQuery.Matches"/>, against the query made on the empty timeline the file's
/// events would be made into (same id, zone and as-of day), so counting costs a streaming read and not a timeline
/// in memory. The count is the one <see cref="TimelineQuery.Count"/> gives on the whole file.
/// </summary>
internal static class StreamedCount
{
    /// <summary>
    /// Counts the results while reading, or returns <see langword="null"/> when the file must be read whole: the
    /// format does not stream, the question depends on other events, or the events break a rule between events
    /// (an id used twice, a relation to a missing event). Then reading the whole timeline reports that problem
    /// exactly as the library does; this pass only notices it, and says nothing of its own.
    /// </summary>
    /// <param name="context">The shared context.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="options">The query options.</param>
    /// <param name="file">The input file.</param>
    /// <param name="from">The format named with <c>--from</c>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The count, Skip and Take applied, or <see langword="null"/>.</returns>
    public static async Task<int?> TryCountAsync(
        ToolContext context, ParseResult parse, QueryOptions options, string file, string? from, CancellationToken cancellationToken)
    {
        var format = context.InputFormat(file, from);
        var settings = new Formats.ReadSettings(file);
        if (!options.IsDecidedPerEvent(parse) || format.EmptyTimeline(settings) is not { } empty)
        {
            return null;
        }

        var query = options.Build(parse, options.Prepare(parse, empty));
        var matches = await context.WithProgressAsync(
            parse, $"Reading {file}", meter => CountMatches(query, format.ReadEvents(file, settings, meter, cancellationToken)), cancellationToken).ConfigureAwait(false);
        if (matches is not { } all)
        {
            return null;
        }

        var remaining = Math.Max(0, all - query.SkipCount);
        return query.TakeCount is { } take ? Math.Min(take, remaining) : remaining;
    }

    private static int? CountMatches(TimelineQuery query, IEnumerable<TimelineEvent> events)
    {
        // What Timeline.Create checks between events, noticed (not judged) here: ids compare ordinally there too.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<string>();
        var count = 0;
        foreach (var item in events)
        {
            if (!ids.Add(item.Id))
            {
                return null;
            }

            foreach (var relation in item.Relations)
            {
                targets.Add(relation.TargetId);
            }

            foreach (var constraint in item.Constraints)
            {
                if (constraint.TargetId is { } target)
                {
                    targets.Add(target);
                }
            }

            count += query.Matches(item) ? 1 : 0;
        }

        return targets.TrueForAll(ids.Contains) ? count : null;
    }
}
