using System.Text.Json;

namespace Timelines.Serialization.Internal;

/// <summary>
/// The property names of the format, one table per part, each name written once. The reader matches and reports
/// with them, the writer writes them, the extension rules reserve them, and a test holds them equal to the schema's
/// (<c>timeline.schema.json</c>): a field added here and not to the reader, the writer or the schema fails that test
/// rather than quietly becoming an extension.
/// </summary>
/// <remarks>
/// Each part has its names as constants (for <c>switch</c> and messages), as encoded text for the writer, and a
/// <see cref="PropertyTable"/> in the order the reader numbers its fields.
/// </remarks>
internal static class PropertyNames
{
    /// <summary>The properties of the document, the timeline itself.</summary>
    public static class Timeline
    {
        public const string Format = "format";
        public const string Id = "id";
        public const string Title = "title";
        public const string Description = "description";
        public const string TimeZone = "timeZone";
        public const string AsOf = "asOf";
        public const string Events = "events";

        public static readonly PropertyTable All = new(Format, Id, Title, Description, TimeZone, AsOf, Events);

        public static readonly JsonEncodedText FormatEncoded = All.Encoded(0);
        public static readonly JsonEncodedText IdEncoded = All.Encoded(1);
        public static readonly JsonEncodedText TitleEncoded = All.Encoded(2);
        public static readonly JsonEncodedText DescriptionEncoded = All.Encoded(3);
        public static readonly JsonEncodedText TimeZoneEncoded = All.Encoded(4);
        public static readonly JsonEncodedText AsOfEncoded = All.Encoded(5);
        public static readonly JsonEncodedText EventsEncoded = All.Encoded(6);
    }

    /// <summary>The properties of an event, in the order of the reader's fields (<c>EventReader.EventField</c>).</summary>
    public static class Event
    {
        public const string Id = "id";
        public const string Title = "title";
        public const string When = "when";
        public const string Bounds = "bounds";
        public const string Summary = "summary";
        public const string Status = "status";
        public const string Tags = "tags";
        public const string Actors = "actors";
        public const string Places = "places";
        public const string Sources = "sources";
        public const string Relations = "relations";
        public const string Constraints = "constraints";

        public static readonly PropertyTable All = new(Id, Title, When, Bounds, Summary, Status, Tags, Actors, Places, Sources, Relations, Constraints);

        public static readonly JsonEncodedText IdEncoded = All.Encoded(0);
        public static readonly JsonEncodedText TitleEncoded = All.Encoded(1);
        public static readonly JsonEncodedText WhenEncoded = All.Encoded(2);
        public static readonly JsonEncodedText BoundsEncoded = All.Encoded(3);
        public static readonly JsonEncodedText SummaryEncoded = All.Encoded(4);
        public static readonly JsonEncodedText StatusEncoded = All.Encoded(5);
        public static readonly JsonEncodedText TagsEncoded = All.Encoded(6);
        public static readonly JsonEncodedText ActorsEncoded = All.Encoded(7);
        public static readonly JsonEncodedText PlacesEncoded = All.Encoded(8);
        public static readonly JsonEncodedText SourcesEncoded = All.Encoded(9);
        public static readonly JsonEncodedText RelationsEncoded = All.Encoded(10);
        public static readonly JsonEncodedText ConstraintsEncoded = All.Encoded(11);
    }

    /// <summary>The properties of an event's computed bounds, written on request and ignored on input.</summary>
    public static class Bounds
    {
        public static readonly PropertyTable All = new("earliestStart", "latestStart", "earliestEnd", "latestEnd");

        public static readonly JsonEncodedText EarliestStartEncoded = All.Encoded(0);
        public static readonly JsonEncodedText LatestStartEncoded = All.Encoded(1);
        public static readonly JsonEncodedText EarliestEndEncoded = All.Encoded(2);
        public static readonly JsonEncodedText LatestEndEncoded = All.Encoded(3);
    }

    /// <summary>The properties of an actor, in the order its reader numbers them.</summary>
    public static class Actor
    {
        public const string Name = "name";

        public static readonly PropertyTable All = new(Name, "countryCode", "role");

        public static readonly JsonEncodedText NameEncoded = All.Encoded(0);
        public static readonly JsonEncodedText CountryCodeEncoded = All.Encoded(1);
        public static readonly JsonEncodedText RoleEncoded = All.Encoded(2);
    }

    /// <summary>The properties of a place, in the order its reader numbers them.</summary>
    public static class Place
    {
        public const string Name = "name";

        public static readonly PropertyTable All = new(Name, "countryCode", "latitude", "longitude");

        public static readonly JsonEncodedText NameEncoded = All.Encoded(0);
        public static readonly JsonEncodedText CountryCodeEncoded = All.Encoded(1);
        public static readonly JsonEncodedText LatitudeEncoded = All.Encoded(2);
        public static readonly JsonEncodedText LongitudeEncoded = All.Encoded(3);
    }

    /// <summary>The properties of a source, in the order its reader numbers them.</summary>
    public static class Source
    {
        public static readonly PropertyTable All = new("title", "url", "publisher", "published", "accessed");

        public static readonly JsonEncodedText TitleEncoded = All.Encoded(0);
        public static readonly JsonEncodedText UrlEncoded = All.Encoded(1);
        public static readonly JsonEncodedText PublisherEncoded = All.Encoded(2);
        public static readonly JsonEncodedText PublishedEncoded = All.Encoded(3);
        public static readonly JsonEncodedText AccessedEncoded = All.Encoded(4);
    }

    /// <summary>The properties of a relation, in the order its reader numbers them.</summary>
    public static class Relation
    {
        public const string Kind = "kind";
        public const string TargetId = "targetId";

        public static readonly PropertyTable All = new(Kind, TargetId);

        public static readonly JsonEncodedText KindEncoded = All.Encoded(0);
        public static readonly JsonEncodedText TargetIdEncoded = All.Encoded(1);
    }

    /// <summary>The properties of a constraint, in the order its reader numbers them.</summary>
    public static class Constraint
    {
        public const string Point = "point";
        public const string TargetPoint = "targetPoint";

        public static readonly PropertyTable All = new(Point, "targetId", TargetPoint, "minimumGap", "maximumGap");

        public static readonly JsonEncodedText PointEncoded = All.Encoded(0);
        public static readonly JsonEncodedText TargetIdEncoded = All.Encoded(1);
        public static readonly JsonEncodedText TargetPointEncoded = All.Encoded(2);
        public static readonly JsonEncodedText MinimumGapEncoded = All.Encoded(3);
        public static readonly JsonEncodedText MaximumGapEncoded = All.Encoded(4);
    }
}
