using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Timelines.Formats.Reading;

namespace Timelines.Formats.TimelineJs3.Internal;

/// <summary>Reads TimelineJS3 JSON into slides, checking every value's kind and range, then into a timeline.</summary>
internal static class TimelineJs3JsonReader
{
    private static readonly string[] DateFields = ["year", "month", "day", "hour", "minute", "second", "millisecond"];

    public static Timeline Read(ReadOnlySpan<byte> utf8, TimelineReaderOptions options)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var errors = new ErrorCollector(TimelineJs3Json.FormatName, options);
        var root = JsonNode.Parse(utf8, errors);
        if (root is null)
        {
            throw errors.Exception();
        }

        if (root.Kind != JsonValueKind.Object)
        {
            errors.Add(root.At, FormatMessages.NotA("an object with an 'events' array"));
            throw errors.Exception();
        }

        var slides = new SlideReader();
        string? title = null;
        string? description = null;
        string? id = null;
        if (root["title"] is { } titleNode && ReadSlide(titleNode, isEra: false, isTitle: true, errors) is { } titleSlide)
        {
            title = titleSlide.Headline is { } headline ? SlideText.ToText(headline) : null;
            description = titleSlide.Text is { } text ? SlideText.ToText(text) : null;
            id = titleSlide.UniqueId;
        }

        switch (root["events"])
        {
            case null:
                errors.Add(root.AtProperty("events"), FormatMessages.NotA("an array of slides ('events' is missing)"));
                break;
            case { Kind: JsonValueKind.Array } events:
                foreach (var node in events.Items!)
                {
                    if (ReadSlide(node, isEra: false, isTitle: false, errors) is { } slide)
                    {
                        slides.Add(slide, field => Locate(node, field));
                    }
                }

                break;
            case { } other:
                errors.Add(other.At, FormatMessages.NotA("an array of slides"));
                break;
        }

        if (root["eras"] is { } eras)
        {
            if (eras.Kind != JsonValueKind.Array)
            {
                errors.Add(eras.At, FormatMessages.NotA("an array of eras"));
            }
            else
            {
                foreach (var node in eras.Items!)
                {
                    if (ReadSlide(node, isEra: true, isTitle: false, errors) is { } era)
                    {
                        slides.Add(era, field => Locate(node, field));
                    }
                }
            }
        }

        if (root["scale"] is { } scale && (scale.Kind != JsonValueKind.String || scale.Text is not ("human" or "cosmological")))
        {
            errors.Add(scale.At, FormatMessages.NotA("\"human\" or \"cosmological\""));
        }

        var assembler = new TimelineAssembler();
        slides.AddEventsTo(assembler, errors);
        var titleAt = root["title"] is { } t ? Locate(t, "headline") : root.AtProperty("title");
        return assembler.Build(new FileHeader(id, title, description, null, slides.AsOf, titleAt), options, errors);
    }

    private static SourceLocation Locate(JsonNode slide, string field) => field switch
    {
        "headline" or "text" => slide["text"] is { Kind: JsonValueKind.Object } text ? text.AtProperty(field) : slide.AtProperty("text"),
        "slide" => slide.At,
        _ => slide.AtProperty(field),
    };

    private static Slide? ReadSlide(JsonNode node, bool isEra, bool isTitle, ErrorCollector errors)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            errors.Add(node.At, FormatMessages.NotA(isTitle ? "a slide object" : isEra ? "an era object" : "a slide object"));
            return null;
        }

        var slide = new Slide { IsEra = isEra };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in node.Properties!)
        {
            if (!seen.Add(name))
            {
                errors.Add(value.At, FormatMessages.Twice(name));
                continue;
            }

            switch (name)
            {
                case "unique_id":
                    slide.UniqueId = String(value, errors);
                    break;
                case "start_date":
                    slide.Start = Date(value, slide, errors);
                    slide.StartBroken = slide.Start is null;
                    break;
                case "end_date" when value.Kind != JsonValueKind.Null:
                    slide.End = Date(value, slide, errors);
                    slide.EndBroken = slide.End is null;
                    break;
                case "display_date":
                    slide.DisplayDate = String(value, errors);
                    break;
                case "text":
                    slide.HeadlineBroken = !ReadText(value, slide, errors);
                    break;
                case "media":
                    ReadMedia(value, slide, errors);
                    break;
                case "group":
                    slide.Group = String(value, errors);
                    break;
                default:
                    slide.Leftovers[name] = ToElement(value);
                    break;
            }
        }

        return slide;
    }

    /// <summary>Reads a slide's text object; false when it or its headline is of the wrong kind (reported).</summary>
    private static bool ReadText(JsonNode node, Slide slide, ErrorCollector errors)
    {
        var ok = true;
        return ReadObject(node, "an object with a 'headline' and a 'text'", "text", slide, errors, (name, value) =>
        {
            switch (name)
            {
                case "headline":
                    slide.Headline = String(value, errors);
                    ok &= slide.Headline is not null || value.Kind == JsonValueKind.Null;
                    return true;
                case "text":
                    slide.Text = String(value, errors);
                    return true;
                default:
                    return false;
            }
        }) && ok;
    }

    private static void ReadMedia(JsonNode node, Slide slide, ErrorCollector errors) =>
        ReadObject(node, "a media object", "media", slide, errors, (name, value) =>
        {
            switch (name)
            {
                case "url":
                    slide.MediaUrl = String(value, errors);
                    return true;
                case "credit":
                    slide.MediaCredit = String(value, errors);
                    return true;
                case "caption":
                    slide.MediaCaption = String(value, errors);
                    return true;
                default:
                    return false;
            }
        });

    /// <summary>
    /// Reads an object of a slide through <paramref name="read"/>, which takes the members it knows; the others are
    /// kept among the slide's leftovers under <paramref name="leftoverName"/>. False when the value is not an object.
    /// </summary>
    private static bool ReadObject(JsonNode node, string what, string leftoverName, Slide slide, ErrorCollector errors, Func<string, JsonNode, bool> read)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            errors.Add(node.At, FormatMessages.NotA(what));
            return false;
        }

        var others = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in node.Properties!)
        {
            if (!read(name, value))
            {
                others[name] = ToElement(value);
            }
        }

        if (others.Count > 0)
        {
            SlideReader.MergeInto(slide.Leftovers, leftoverName, others);
        }

        return true;
    }

    private static SlideDate? Date(JsonNode node, Slide slide, ErrorCollector errors)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            errors.Add(node.At, FormatMessages.NotA("a date object with a 'year'"));
            return null;
        }

        var parts = new int?[DateFields.Length];
        var ok = true;
        var others = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in node.Properties!)
        {
            var index = Array.IndexOf(DateFields, name);
            if (index < 0)
            {
                others[name] = ToElement(value);
                continue;
            }

            var text = value.Kind switch
            {
                JsonValueKind.Number or JsonValueKind.String => value.Text!.Replace(",", string.Empty, StringComparison.Ordinal).Trim(),
                JsonValueKind.Null => string.Empty,
                _ => null,
            };
            if (text is null)
            {
                errors.Add(value.At, FormatMessages.NotA("a number or a string of digits"));
                ok = false;
            }
            else if (text.Length > 0)
            {
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    parts[index] = number;
                }
                else
                {
                    errors.Add(value.At, FormatMessages.NotNumber(name, value.Text!));
                    ok = false;
                }
            }
        }

        if (others.Count > 0)
        {
            SlideReader.MergeInto(slide.Leftovers, node.Path[(node.Path.LastIndexOf('.') + 1)..], others);
        }

        if (!ok)
        {
            return null;
        }

        if (parts[0] is not { } year)
        {
            errors.Add(node.AtProperty("year"), FormatMessages.NoYear);
            return null;
        }

        if (parts[6] is { } millisecond && millisecond is < 0 or > 999)
        {
            errors.Add(node.AtProperty("millisecond"), FormatMessages.OutOfRange("millisecond", millisecond.ToString(CultureInfo.InvariantCulture), "from 0 to 999"));
            return null;
        }

        var date = new SlideDate(year, parts[1], parts[2], parts[3], parts[4], parts[5]);
        if (date.Check() is var (field, message))
        {
            errors.Add(node.AtProperty(field), message);
            return null;
        }

        return date.Normalized();
    }

    private static string? String(JsonNode node, ErrorCollector errors)
    {
        switch (node.Kind)
        {
            case JsonValueKind.String:
                return node.Text;
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number:
                // TimelineJS3 coerces numbers in text fields; so does the reader.
                return node.Text;
            default:
                errors.Add(node.At, FormatMessages.NotA("a string"));
                return null;
        }
    }

    private static JsonElement ToElement(JsonNode node) => JsonValues.Build(writer => Write(writer, node));

    private static void Write(Utf8JsonWriter writer, JsonNode node)
    {
        switch (node.Kind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var (name, value) in node.Properties!)
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in node.Items!)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(node.Text);
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(node.Text!);
                break;
            case JsonValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
