using System.Collections.Generic;

namespace Timelines.PostgreSql.Storage;

/// <summary>
/// The schema's versions, each a step from the one before: applied in order, each once, all that are missing in
/// one transaction, and recorded in <c>schema_migration</c>. A released step is never edited; a change is a new step.
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>The newest version: the number of steps.</summary>
    public const int Latest = 2;

    /// <summary>Gets the steps, by version: the first is 1.</summary>
    public static IReadOnlyList<(int Version, string Description, string Sql)> Steps(SchemaName s) =>
    [
        (1, "timelines and events", $"""
            CREATE TABLE {s.Timeline} (
                key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                version bigint NOT NULL CHECK (version > 0),
                title text NOT NULL,
                time_zone text NOT NULL,
                as_of date,
                event_count integer NOT NULL,
                next_position bigint NOT NULL,
                extents_fingerprint text NOT NULL,
                header json NOT NULL
            );
            CREATE TABLE {s.Event} (
                timeline_key bigint NOT NULL REFERENCES {s.Timeline} (key) ON DELETE CASCADE,
                id text NOT NULL,
                position bigint NOT NULL,
                title text NOT NULL,
                edtf text NOT NULL,
                earliest_start text NOT NULL,
                latest_start text NOT NULL,
                earliest_end text NOT NULL,
                latest_end text NOT NULL,
                start_key bigint NOT NULL,
                possible int8range NOT NULL,
                certain int8range,
                ongoing boolean NOT NULL,
                status text,
                tags text[] NOT NULL,
                actors text[] NOT NULL,
                places text[] NOT NULL,
                related_to text[] NOT NULL,
                exact_text boolean NOT NULL,
                document json NOT NULL,
                PRIMARY KEY (timeline_key, id)
            );
            COMMENT ON COLUMN {s.Event}.start_key IS 'Order key: the earliest start in Unix ticks (100 ns) in the timeline''s zone, or the smallest bigint when the start is open, unknown or at the edge of the instant range.';
            COMMENT ON COLUMN {s.Event}.possible IS 'Possible extent [earliest start, latest end) in Unix ticks; unbounded where open, unknown or beyond the instant range.';
            COMMENT ON COLUMN {s.Event}.certain IS 'Certain extent [latest start, earliest end) in Unix ticks, or null when no moment is certainly covered.';
            COMMENT ON COLUMN {s.Event}.exact_text IS 'False when a text column had U+0000 replaced by U+FFFD; the document is always exact.';
            COMMENT ON COLUMN {s.Event}.document IS 'The whole event in the timeline/1 JSON format: the exact, lossless record.';
            """),
        (2, "indexes: GiST on the extents, B-tree on the order key, GIN on tags", $"""
            CREATE EXTENSION IF NOT EXISTS btree_gist;
            CREATE INDEX event_possible ON {s.Event} USING gist (timeline_key, possible);
            CREATE INDEX event_certain ON {s.Event} USING gist (timeline_key, certain);
            CREATE INDEX event_start ON {s.Event} (timeline_key, start_key);
            CREATE INDEX event_tags ON {s.Event} USING gin (tags);
            """),
    ];
}
