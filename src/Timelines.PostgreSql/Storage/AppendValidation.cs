using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace Timelines.PostgreSql.Storage;

/// <summary>
/// Checks events to append by the core's own rules: a <see cref="TimelineBuilder"/> holding the new events and a
/// stand-in for each stored event they relate to validates them, and ids already stored are reported beside.
/// </summary>
internal static class AppendValidation
{
    public static async Task ThrowIfInvalidAsync(
        NpgsqlConnection connection, SchemaName schema, TimelineRow row, string timelineId, List<TimelineEvent> added, CancellationToken cancellationToken)
    {
        var newIds = new HashSet<string>(added.Select(e => e.Id), System.StringComparer.Ordinal);
        var targets = added.SelectMany(e => e.Relations.Select(r => r.TargetId).Concat(e.Constraints.Select(c => c.TargetId).OfType<string>()))
            .Where(t => !newIds.Contains(t) && !StoredText.HasNul(t));
        var wanted = newIds.Concat(targets).Distinct(System.StringComparer.Ordinal).ToArray();

        var stored = new HashSet<string>(System.StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand($"SELECT id FROM {schema.Event} WHERE timeline_key = $1 AND id = ANY($2)", connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = row.Key });
            command.Parameters.Add(new NpgsqlParameter { Value = wanted, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored.Add(reader.GetString(0));
            }
        }

        var problems = new List<TimelineProblem>();
        foreach (var item in added.Where(e => stored.Contains(e.Id)))
        {
            problems.Add(new TimelineProblem(item.Id, "id", $"An event with this id is already stored in the timeline '{timelineId}'; remove it first to replace it."));
        }

        var builder = new TimelineBuilder(timelineId, "append") { TimeZone = row.Zone }.AddRange(added);
        foreach (var target in stored.Where(id => !newIds.Contains(id)))
        {
            builder.Add(new TimelineEvent(target, "stored event", EdtfValue.Parse("2000")));
        }

        problems.AddRange(builder.Validate());
        if (problems.Count > 0)
        {
            throw new TimelineValidationException(problems);
        }
    }
}
