using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace Timelines.PostgreSql.Storage;

/// <summary>Refuses to remove events that kept events relate to, listing every such relation, as <see cref="Timeline.WithoutEvent"/> does.</summary>
internal static class RemoveValidation
{
    public static async Task ThrowIfReferencedAsync(
        NpgsqlConnection connection, SchemaName schema, long timelineKey, string[] removed, CancellationToken cancellationToken)
    {
        var sql = $"SELECT id, related_to FROM {schema.Event} WHERE timeline_key = $1 AND related_to && $2 AND NOT (id = ANY($2)) ORDER BY id";
        await using var command = LongCommand.Create(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = timelineKey });
        command.Parameters.Add(new NpgsqlParameter { Value = removed, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var gone = new HashSet<string>(removed, StringComparer.Ordinal);
        var problems = new List<TimelineProblem>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                var targets = reader.GetFieldValue<string[]>(1);
                for (var i = 0; i < targets.Length; i++)
                {
                    if (gone.Contains(targets[i]))
                    {
                        problems.Add(new TimelineProblem(
                            id,
                            string.Create(CultureInfo.InvariantCulture, $"relations[{i}].targetId"),
                            $"The event relates to '{targets[i]}', which is being removed; remove the relation first (TimelineEvent.WithoutRelationsTo), or remove both events."));
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
