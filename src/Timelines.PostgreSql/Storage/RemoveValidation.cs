using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;
using Timelines.Serialization;

namespace Timelines.PostgreSql.Storage;

/// <summary>Refuses to remove events that kept events relate to, listing every such relation, as <see cref="Timeline.WithoutEvent"/> does.</summary>
internal static class RemoveValidation
{
    public static async Task ThrowIfReferencedAsync(
        NpgsqlConnection connection, SchemaName schema, long timelineKey, string[] removed, CancellationToken cancellationToken)
    {
        var sql = $"SELECT id, document FROM {schema.Event} WHERE timeline_key = $1 AND related_to && $2 AND NOT (id = ANY($2)) ORDER BY id";
        await using var command = LongCommand.Create(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = timelineKey });
        command.Parameters.Add(new NpgsqlParameter { Value = removed, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var gone = new HashSet<string>(removed, StringComparer.Ordinal);
        var problems = new List<TimelineProblem>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // The document is the exact record: it says which relation or constraint names a removed event.
                var item = TimelineJson.ParseEvent(reader.GetString(1));
                for (var i = 0; i < item.Relations.Length; i++)
                {
                    var target = item.Relations[i].TargetId;
                    if (gone.Contains(target))
                    {
                        problems.Add(new TimelineProblem(
                            item.Id,
                            string.Create(CultureInfo.InvariantCulture, $"relations[{i}].targetId"),
                            $"The event relates to '{target}', which is being removed; remove the relation first (TimelineEvent.WithoutRelationsTo), or remove both events."));
                    }
                }

                for (var i = 0; i < item.Constraints.Length; i++)
                {
                    if (item.Constraints[i].TargetId is { } target && gone.Contains(target))
                    {
                        problems.Add(new TimelineProblem(
                            item.Id,
                            string.Create(CultureInfo.InvariantCulture, $"constraints[{i}].targetId"),
                            $"The event has a constraint against '{target}', which is being removed; remove the constraint first (TimelineEvent.WithConstraints), or remove both events."));
                    }
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new TimelineValidationException(problems);
        }
    }
}
