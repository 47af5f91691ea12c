using System.Text.Json;
using Timelines.Serialization.Internal;
using static Timelines.Serialization.Reading.ValueReader;

namespace Timelines.Serialization.Reading;

/// <summary>
/// The properties of one part, one at a time: each name matched against the part's names, a name given twice or
/// unknown or unreadable reported (and its value skipped), the reader left on the value of a known one.
/// </summary>
internal struct PartProperties(ReadContext context, int eventIndex, FieldPath part, string what, PropertyTable names)
{
    private int seen;

    /// <summary>Moves to the next known property's value.</summary>
    /// <param name="reader">The reader, inside the part.</param>
    /// <param name="property">The property's index in the part's names.</param>
    /// <param name="field">The property's path, for errors.</param>
    /// <returns><see langword="false"/> at the end of the part.</returns>
    public bool Next(ref Utf8JsonReader reader, out int property, out FieldPath field)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            property = Match(ref reader, nameOffset);
            if (property < 0)
            {
                reader.Read();
                SkipValue(ref reader);
                continue;
            }

            Seen(ref seen, property, names[property], context, eventIndex, part, nameOffset);
            reader.Read();
            field = part with { Member = names[property] };
            return true;
        }

        (property, field) = (-1, default);
        return false;
    }

    private readonly int Match(ref Utf8JsonReader reader, long nameOffset)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var matched = names.IndexOf(reader.ValueSpan);
            if (matched >= 0)
            {
                return matched;
            }
        }

        var name = Utf8Text.TryGetString(ref reader, out var problem);
        if (name is null)
        {
            context.Error(eventIndex, part, nameOffset, ReadMessages.UnreadableName(problem!));
            return -1;
        }

        var known = names.IndexOf(name);
        if (known < 0)
        {
            context.Error(
                eventIndex,
                part with { Member = name },
                nameOffset,
                ReadMessages.NotAPropertyOf(name, what));
        }

        return known;
    }
}
