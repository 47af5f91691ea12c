using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Timelines.Formats.Reading;

/// <summary>
/// A JSON value that knows where it was read: its path, line and byte. System.Text.Json's document model does not
/// keep positions, and a reader must name the line of every bad value, so the JSON readers read into this instead.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode(JsonValueKind kind, string path, long line, long column)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
    }

    public JsonValueKind Kind { get; }

    public string Path { get; }

    public long Line { get; }

    public long Column { get; }

    /// <summary>Gets the text of a string, or the raw text of a number.</summary>
    public string? Text { get; private set; }

    public List<KeyValuePair<string, JsonNode>>? Properties { get; private set; }

    public List<JsonNode>? Items { get; private set; }

    public SourceLocation At => new(Line, Column, Path);

    public JsonNode? this[string name]
    {
        get
        {
            if (Properties is null)
            {
                return null;
            }

            foreach (var pair in Properties)
            {
                if (pair.Key == name)
                {
                    return pair.Value;
                }
            }

            return null;
        }
    }

    /// <summary>Parses UTF-8 JSON into nodes; on malformed JSON, reports it (with its line) and returns null.</summary>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8, ErrorCollector errors)
    {
        var lines = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                errors.Add(SourceLocation.File, FormatMessages.Empty);
                return null;
            }

            var root = ReadValue(ref reader, "$", lines);
            if (reader.Read())
            {
                var (line, column) = Position(lines, reader.TokenStartIndex);
                errors.Add(line, column, "$", FormatMessages.NotJson("there is more text after the end of the document."));
                return null;
            }

            return root;
        }
        catch (InvalidOperationException e) when (e.InnerException is System.Text.DecoderFallbackException)
        {
            // A string with bytes that are not UTF-8: the reader says so only when the string is read.
            var (line, column) = Position(lines, reader.TokenStartIndex);
            errors.Add(line, column, "$", FormatMessages.InvalidUtf8);
            return null;
        }
        catch (JsonException e)
        {
            errors.Add((e.LineNumber ?? -1) + 1, (e.BytePositionInLine ?? -1) + 1, e.Path ?? "$", FormatMessages.NotJson(e.Message));
            return null;
        }
    }

    /// <summary>Gets a property's location even when it is absent: the object's own, with the property's path.</summary>
    public SourceLocation AtProperty(string name) => this[name]?.At ?? new SourceLocation(Line, Column, $"{Path}.{name}");

    private static JsonNode ReadValue(ref Utf8JsonReader reader, string path, List<long> lines)
    {
        var (line, column) = Position(lines, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonNode(JsonValueKind.Object, path, line, column) { Properties = [] };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    node.Properties.Add(new(name, ReadValue(ref reader, $"{path}.{name}", lines)));
                }

                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new JsonNode(JsonValueKind.Array, path, line, column) { Items = [] };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, string.Create(CultureInfo.InvariantCulture, $"{path}[{node.Items.Count}]"), lines));
                }

                return node;
            }

            case JsonTokenType.String:
                return new JsonNode(JsonValueKind.String, path, line, column) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonNode(JsonValueKind.Number, path, line, column)
                {
                    Text = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
                };
            case JsonTokenType.True:
                return new JsonNode(JsonValueKind.True, path, line, column);
            case JsonTokenType.False:
                return new JsonNode(JsonValueKind.False, path, line, column);
            default:
                return new JsonNode(JsonValueKind.Null, path, line, column);
        }
    }

    private static List<long> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (long Line, long Column) Position(List<long> lines, long offset)
    {
        var index = lines.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lines[index] + 1);
    }
}
