using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timelines.Serialization.Internal;

namespace Timelines.Serialization.Reading;

/// <summary>
/// The small shared base of the readers of the format: the values inside events and timelines (text, names, EDTF,
/// days, coordinates, arrays, extensions), and what every reader of an object does the same way (a property given
/// twice, a required one missing, a value of the wrong kind). Each failure is reported in the <see cref="ReadContext"/>,
/// located, and reading goes on.
/// </summary>
internal static class ValueReader
{
    internal delegate T? ItemReader<T>(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index)
        where T : class;

    /// <summary>Reads a string, checking that it can be decoded and, for text the model holds, the rules of its kind.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="context">The context.</param>
    /// <param name="eventIndex">The event, or -1.</param>
    /// <param name="field">The field, for errors.</param>
    /// <param name="required">Whether <c>null</c> is an error.</param>
    /// <param name="kind">The kind of text, or <see langword="null"/> for text that is parsed (a day, EDTF, a zone id) rather than held.</param>
    internal static string? ReadString(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field, bool required, TextKind? kind)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = Utf8Text.TryGetString(ref reader, out var problem);
            if (text is not null && kind is { } rules)
            {
                problem = TextRules.Check(text, rules);
            }

            if (problem is null)
            {
                return text;
            }

            context.Error(eventIndex, field, reader.TokenStartIndex, problem);
            return null;
        }

        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        context.Error(eventIndex, field, reader.TokenStartIndex, ReadMessages.Expected("a string", reader.TokenType));
        SkipValue(ref reader);
        return null;
    }

    /// <summary>
    /// Reads one-line text that a document is likely to repeat (a tag, a name, a code), sharing one instance
    /// between its repeats when the context shares values. Only text that kept the rules is shared.
    /// </summary>
    internal static string? ReadSharedString(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field, bool required)
    {
        if (reader.TokenType != JsonTokenType.String || context.Strings is not { } strings || reader.ValueIsEscaped
            || reader.HasValueSequence || reader.ValueSpan.Length > Utf8Cache<string>.MaxKeyLength)
        {
            return ReadString(ref reader, context, eventIndex, field, required, TextKind.Line);
        }

        var bytes = reader.ValueSpan;
        var shared = strings.Get(bytes, out var slot);
        if (shared is null)
        {
            shared = ReadString(ref reader, context, eventIndex, field, required, TextKind.Line);
            if (shared is not null)
            {
                strings.Set(slot, bytes, shared);
            }
        }

        return shared;
    }

    /// <summary>Reads the name of a status or a kind of relation, which may not be blank.</summary>
    internal static string? ReadName(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field, bool required)
    {
        var name = ReadSharedString(ref reader, context, eventIndex, field, required);
        if (name is not null && TextRules.IsBlank(name))
        {
            context.Error(eventIndex, field, reader.TokenStartIndex, RuleMessages.BlankName);
            return null;
        }

        return name;
    }

    internal static EdtfValue? ReadEdtf(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field, bool required)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            // The common case: parsed from the reader's bytes, without a string, and shared with its repeats.
            var bytes = reader.ValueSpan;
            var slot = -1;
            var shared = context.Values is { } values && bytes.Length <= Utf8Cache<EdtfValue>.MaxKeyLength
                ? values.Get(bytes, out slot)
                : null;
            if (shared is not null)
            {
                return shared;
            }

            var parsed = Text.EdtfParser.TryParseValue(bytes, lenient: true);
            if (parsed is not null)
            {
                if (context.Dates is { } dates)
                {
                    parsed = dates.Share(parsed);
                }

                if (slot >= 0)
                {
                    context.Values!.Set(slot, bytes, parsed);
                }

                return parsed;
            }

            // Bad text: the string parser below says why.
        }

        var text = ReadString(ref reader, context, eventIndex, field, required, kind: null);
        if (text is null)
        {
            return null;
        }

        var result = Text.EdtfPattern.Lenient.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        // An EdtfParseException's message names the text, the reason and the character.
        context.Error(eventIndex, field, reader.TokenStartIndex, result.Exception.Message);
        return null;
    }

    internal static LocalDate? ReadLocalDate(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field)
    {
        var text = ReadString(ref reader, context, eventIndex, field, required: false, kind: null);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        context.Error(eventIndex, field, reader.TokenStartIndex, ReadMessages.NotADay(text));
        return null;
    }

    internal static double? ReadCoordinate(ref Utf8JsonReader reader, ReadContext context, int eventIndex, FieldPath field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            context.Error(eventIndex, field, reader.TokenStartIndex, ReadMessages.Expected("a number", reader.TokenType));
            SkipValue(ref reader);
            return null;
        }

        if (!reader.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            context.Error(eventIndex, field, reader.TokenStartIndex, ReadMessages.NumberOutOfRange);
            return null;
        }

        return value;
    }

    /// <summary>
    /// Reads an extension value as JSON, first checking that every string and name in it can be decoded, so that
    /// it can be written back exactly; the value is kept as given otherwise.
    /// </summary>
    /// <returns>The value; undefined if it could not be kept (the problem is reported).</returns>
    internal static JsonElement ReadExtensionValue(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string key)
    {
        if (CheckExtensionValue(reader, context.Names, out var offset) is { } problem)
        {
            context.Error(eventIndex, key, offset, problem);
            SkipValue(ref reader);
            return default;
        }

        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>
    /// Finds the first thing in the current value that an extension may not hold (<see cref="ExtensionRules"/>): a
    /// string or name that cannot be decoded, or a name given twice in one object. The reader is a copy, and the
    /// caller's is left where it was.
    /// </summary>
    /// <param name="reader">A copy of the reader, on the value's first token.</param>
    /// <param name="names">The checker of repeated names, reused.</param>
    /// <param name="offset">The reader offset of the token at fault.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    private static string? CheckExtensionValue(Utf8JsonReader reader, NameChecker names, out long offset)
    {
        var depth = reader.CurrentDepth;
        var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        names.Clear();
        do
        {
            offset = reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    names.Open();
                    break;
                case JsonTokenType.EndObject:
                    names.Close();
                    break;
                case JsonTokenType.String or JsonTokenType.PropertyName when Utf8Text.Check(ref reader) is { } text:
                    return text;
                case JsonTokenType.PropertyName when !names.Add(ref reader):
                    return RuleMessages.ExtensionNameRepeated(reader.GetString()!);
            }
        }
        while (isContainer && reader.Read() && reader.CurrentDepth > depth);

        offset = -1;
        return null;
    }

    internal static ImmutableArray<T> ReadArray<T>(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string name, ItemReader<T> readItem)
        where T : class
    {
        var items = context.Scratch<T>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            context.Error(eventIndex, name, reader.TokenStartIndex, ReadMessages.Expected("an array", reader.TokenType));
            SkipValue(ref reader);
            return default;
        }

        items.Clear();
        var index = 0;
        var failed = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = readItem(ref reader, context, eventIndex, name, index++);
            if (item is null)
            {
                failed = true;
            }
            else if (!failed)
            {
                items.Add(item);
            }
        }

        return failed ? default : items.ToImmutable();
    }

    internal static string? ReadTag(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index) =>
        ReadSharedString(ref reader, context, eventIndex, new FieldPath(array, index), required: true);

    /// <summary>
    /// Skips the current value. <c>TrySkip</c> rather than <c>Skip</c>, because a converter may be handed a reader
    /// that is not final (when the serializer reads a stream) though it holds the whole value.
    /// </summary>
    internal static void SkipValue(ref Utf8JsonReader reader) => _ = reader.TrySkip();

    /// <summary>Notes that a property of an object was read, reporting it if it was read before.</summary>
    internal static void Seen(ref int seen, int bit, string name, ReadContext context, int eventIndex, FieldPath where, long nameOffset)
    {
        if ((seen & (1 << bit)) != 0)
        {
            var path = where.IsEmpty ? new FieldPath(name) : where with { Member = name };
            context.Error(eventIndex, path, nameOffset, ReadMessages.GivenTwice(name));
        }

        seen |= 1 << bit;
    }

    internal static bool StartObject(ref Utf8JsonReader reader, ReadContext context, int eventIndex, string array, int index, string what)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        context.Error(eventIndex, new FieldPath(array, index), reader.TokenStartIndex, ReadMessages.NotAnObject(what, reader.TokenType));
        SkipValue(ref reader);
        return false;
    }

    internal static void Missing(ReadContext context, int eventIndex, string array, int index, long start, string name)
    {
        context.Error(eventIndex, new FieldPath(array, index), start, ReadMessages.MissingRequired(name));
    }
}
