using System;
using System.Text.RegularExpressions;

namespace Timelines.PostgreSql.Storage;

/// <summary>
/// The PostgreSQL schema that holds the store's tables, and the qualified names of those tables.
/// </summary>
/// <remarks>
/// An identifier cannot be a command parameter, so this is the one name that is written into command text. It is
/// checked against a strict pattern (lower-case letters, digits and underscores, at most 63 characters) and always
/// quoted, so nothing a caller passes can change a command's meaning; every value goes in as a parameter.
/// </remarks>
internal sealed partial class SchemaName
{
    private SchemaName(string name)
    {
        Name = name;
        Quoted = "\"" + name + "\"";
        Timeline = Quoted + ".timeline";
        Event = Quoted + ".event";
        Migration = Quoted + ".schema_migration";
    }

    public string Name { get; }

    public string Quoted { get; }

    public string Timeline { get; }

    public string Event { get; }

    public string Migration { get; }

    public static SchemaName Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Pattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"The schema name '{name}' is not a plain PostgreSQL identifier: use 1 to 63 lower-case letters, digits and underscores, starting with a letter or underscore.",
                nameof(name));
        }

        return new SchemaName(name);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
