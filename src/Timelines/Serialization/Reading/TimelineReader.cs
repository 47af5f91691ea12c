using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Timelines.Serialization.Internal;
using static Timelines.Serialization.Reading.ValueReader;

namespace Timelines.Serialization.Reading;

/// <summary>
/// Reads the timeline format with <see cref="Utf8JsonReader"/>: no reflection, one pass, EDTF parsed once per
/// value. Errors are collected in a <see cref="ReadContext"/> and reading goes on, so that one pass reports them all.
/// </summary>
/// <remarks>
/// This reader reads the document and the timeline's own properties; each event is read by <see cref="EventReader"/>,
/// its parts by one reader each (<see cref="ActorReader"/>, <see cref="PlaceReader"/>, <see cref="SourceReader"/>,
/// <see cref="RelationReader"/>, <see cref="ConstraintReader"/>) over the shared <see cref="ValueReader"/>. The rules
/// between events are checked by <see cref="CheckAcrossEvents"/> where there is a timeline. Text is decoded and
/// judged by <see cref="Utf8Text"/> and <see cref="TextRules"/>, the same rules the constructors apply.
/// </remarks>
internal static class TimelineReader
{
    internal const string FormatVersion = "timeline/1";

    /// <summary>Reads a whole document from UTF-8 bytes, checks every rule and returns the timeline or throws.</summary>
    public static Timeline ReadTimeline(ReadOnlySpan<byte> json, TimelineJsonOptions options) =>
        ReadTimeline(json, new ReadContext(options, shareValues: true));

    /// <summary>Reads a whole document with a context of the caller's, which tests look into.</summary>
    internal static Timeline ReadTimeline(ReadOnlySpan<byte> json, ReadContext context)
    {
        var options = context.Options;
        if (json.Length > options.MaxDocumentBytes)
        {
            context.ErrorAt("$", 0, 0, ReadMessages.DocumentTooLarge(json.Length, options.MaxDocumentBytes));
            throw context.ToException(default);
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        var header = new TimelineHeader();
        var events = new List<TimelineEvent>();
        var starts = new List<long>();
        var complete = false;
        try
        {
            if (reader.Read())
            {
                complete = ReadDocument(ref reader, context, header, events, starts);
                if (!context.Stopped)
                {
                    context.CurrentEvent = -1;

                    // Throws on anything but white space after the document.
                    reader.Read();
                }
            }
            else
            {
                context.ErrorAt("$", 1, 1, ReadMessages.EmptyDocument);
            }
        }
        catch (JsonException exception) when (exception is not TimelineJsonException)
        {
            complete = false;
            context.SyntaxError(exception);
        }

        var indexById = complete ? CheckAcrossEvents(events, context, starts) : null;
        if (context.Count > 0)
        {
            throw context.ToException(json);
        }

        return header.Build(events, indexById);
    }

    /// <summary>Reads a document whose first token is current; used by <see cref="ReadTimeline(ReadOnlySpan{byte}, ReadContext)"/> and the converter.</summary>
    /// <returns>Whether every event was read (though some may break their own rules), so that the rules between events can be checked.</returns>
    public static bool ReadDocument(ref Utf8JsonReader reader, ReadContext context, TimelineHeader header, List<TimelineEvent> events, List<long> starts)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Error(-1, default, reader.TokenStartIndex, ReadMessages.NotAnObject("A timeline document", reader.TokenType));
            SkipValue(ref reader);
            return false;
        }

        header.Start = reader.TokenStartIndex;
        var complete = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var name = HeaderName(ref reader, context);
            reader.Read();
            if (name != PropertyNames.Timeline.Events)
            {
                ReadHeaderValue(ref reader, context, header, name, nameOffset);
                continue;
            }

            header.Mark(PropertyNames.Timeline.Events, nameOffset, context);
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                context.Error(-1, PropertyNames.Timeline.Events, reader.TokenStartIndex, ReadMessages.Expected("an array of events", reader.TokenType));
                SkipValue(ref reader);
                continue;
            }

            var index = events.Count;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                context.CurrentEvent = index;
                var start = reader.TokenStartIndex;
                var item = EventReader.Read(ref reader, context, index);
                if (item is not null)
                {
                    events.Add(item);
                    starts.Add(start);
                }
                else
                {
                    complete = false;
                }

                if (context.Stopped)
                {
                    context.Stop();
                    return false;
                }

                index++;
            }

            context.CurrentEvent = -1;
        }

        header.Finish(context);
        return complete;
    }

    /// <summary>
    /// Names a timeline-level property (the property name is current): its known name, the text of an unknown one,
    /// or <see langword="null"/> when the name cannot be read, which is reported.
    /// </summary>
    public static string? HeaderName(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var known = PropertyNames.Timeline.All.IndexOf(reader.ValueSpan);
            if (known >= 0)
            {
                return PropertyNames.Timeline.All[known];
            }
        }

        var name = Utf8Text.TryGetString(ref reader, out var problem);
        if (name is null)
        {
            context.Error(-1, default, reader.TokenStartIndex, ReadMessages.UnreadableName(problem!));
            return null;
        }

        var index = PropertyNames.Timeline.All.IndexOf(name);
        return index >= 0 ? PropertyNames.Timeline.All[index] : name;
    }

    /// <summary>Reads the value of a timeline-level property other than <c>events</c>; the value's first token is current.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="header">The header read so far.</param>
    /// <param name="name">The property's name, or <see langword="null"/> if it could not be read (the value is skipped).</param>
    /// <param name="nameOffset">The reader offset of the property's name.</param>
    public static void ReadHeaderValue(ref Utf8JsonReader reader, ReadContext context, TimelineHeader header, string? name, long nameOffset)
    {
        switch (name)
        {
            case null:
                SkipValue(ref reader);
                break;
            case PropertyNames.Timeline.Format:
                header.Mark(name, nameOffset, context);
                var format = ReadString(ref reader, context, -1, PropertyNames.Timeline.Format, required: true, kind: null);
                if (format is not null && !string.Equals(format, FormatVersion, StringComparison.Ordinal))
                {
                    context.Error(-1, PropertyNames.Timeline.Format, reader.TokenStartIndex, ReadMessages.UnsupportedFormat(format, FormatVersion));
                }

                header.Format = format;
                break;
            case PropertyNames.Timeline.Id:
                header.Mark(name, nameOffset, context);
                header.Id = Judged(ref reader, context, PropertyNames.Timeline.Id, ReadString(ref reader, context, -1, PropertyNames.Timeline.Id, required: true, kind: null), TimelineValidator.TimelineIdProblem);
                break;
            case PropertyNames.Timeline.Title:
                header.Mark(name, nameOffset, context);
                header.Title = Judged(ref reader, context, PropertyNames.Timeline.Title, ReadString(ref reader, context, -1, PropertyNames.Timeline.Title, required: true, kind: null), TimelineValidator.TimelineTitleProblem);
                break;
            case PropertyNames.Timeline.Description:
                header.Mark(name, nameOffset, context);
                header.Description = ReadString(ref reader, context, -1, PropertyNames.Timeline.Description, required: false, TextKind.Prose);
                break;
            case PropertyNames.Timeline.TimeZone:
                header.Mark(name, nameOffset, context);
                var zoneId = ReadString(ref reader, context, -1, PropertyNames.Timeline.TimeZone, required: false, kind: null);
                if (zoneId is not null)
                {
                    header.TimeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
                    if (header.TimeZone is null)
                    {
                        context.Error(-1, PropertyNames.Timeline.TimeZone, reader.TokenStartIndex, ReadMessages.NotATimeZone(zoneId));
                    }
                }

                break;
            case PropertyNames.Timeline.AsOf:
                header.Mark(name, nameOffset, context);
                header.AsOf = ReadLocalDate(ref reader, context, -1, PropertyNames.Timeline.AsOf);
                break;
            default:
                var before = context.Reported;
                if (TextRules.IsBlank(name))
                {
                    context.Error(-1, name, nameOffset, RuleMessages.ExtensionKeyEmpty(name));
                }
                else if (TextRules.Check(name, TextKind.Line) is { } rule)
                {
                    context.Error(-1, name, nameOffset, rule);
                }

                var value = ReadExtensionValue(ref reader, context, -1, name);
                header.Extensions ??= ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
                if (!header.Extensions.TryAdd(name, value))
                {
                    context.Error(-1, name, nameOffset, ReadMessages.GivenTwice(name));
                }
                else if (context.Reported != before)
                {
                    header.Extensions.Remove(name);
                }

                break;
        }

        static string? Judged(ref Utf8JsonReader reader, ReadContext context, string field, string? text, Func<string, string?> rule)
        {
            if (text is not null && rule(text) is { } problem)
            {
                context.Error(-1, field, reader.TokenStartIndex, problem);
                return null;
            }

            return text;
        }
    }

    /// <summary>
    /// Checks the rules between the events of a timeline (ids used twice, relations to events that do not exist),
    /// each problem located in its event, and returns the index of each id's first event, which is the timeline's
    /// own id index when nothing was reported (so it is not built twice).
    /// </summary>
    /// <param name="events">The events, every one read.</param>
    /// <param name="context">The context.</param>
    /// <param name="starts">The reader offset of each event.</param>
    public static Dictionary<string, int> CheckAcrossEvents(List<TimelineEvent> events, ReadContext context, List<long> starts)
    {
        var firstIndexById = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        for (var i = 0; i < events.Count && !context.Stopped; i++)
        {
            if (TimelineValidator.AddId(firstIndexById, events[i].Id, i) is { } duplicate)
            {
                context.ErrorAtField(i, duplicate.Field, starts[i], duplicate.Message);
            }
        }

        var problems = context.ProblemList();
        for (var i = 0; i < events.Count; i++)
        {
            if (context.Stopped)
            {
                context.Stop();
                break;
            }

            problems.Clear();
            TimelineValidator.ValidateTargets(events[i], firstIndexById.ContainsKey, problems);
            context.ReportProblems(i, problems, starts[i]);
        }

        return firstIndexById;
    }

    /// <summary>
    /// Makes the exception of a converter, with positions within its value (which is read again, whole, to find
    /// them), and puts the reader back on the value's first token, so that the serializer says where it starts.
    /// </summary>
    /// <param name="reader">The caller's reader.</param>
    /// <param name="start">A copy of the reader on the value's first token.</param>
    /// <param name="context">The errors.</param>
    /// <returns>The exception to throw.</returns>
    /// <exception cref="JsonException">
    /// The value is not well formed after the point where reading stopped at the error limit: the serializer's
    /// exception for malformed JSON, as for malformed JSON anywhere else.
    /// </exception>
    public static TimelineJsonException ValueException(ref Utf8JsonReader reader, Utf8JsonReader start, ReadContext context)
    {
        var first = start;
        using var document = JsonDocument.ParseValue(ref start);
#if NET9_0_OR_GREATER
        var bytes = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement);
#else
        // Exact unless the value holds bytes that are not UTF-8, which then shift the positions after them.
        var bytes = System.Text.Encoding.UTF8.GetBytes(document.RootElement.GetRawText());
#endif
        var exception = context.ToValueException(bytes, first.TokenStartIndex);
        reader = first;
        return exception;
    }
}
