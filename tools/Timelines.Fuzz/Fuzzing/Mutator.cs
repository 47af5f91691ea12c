using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Timelines.Fuzzing;

/// <summary>
/// Makes a new document from a seed by a few random edits: byte flips and replacements, deletions, insertions of
/// JSON tokens and of text the rules care about, repeats of a span or of an array's first item (which find work
/// that grows faster than the input), truncations and splices with another seed. Deterministic for a given
/// generator state.
/// </summary>
internal static class Mutator
{
    /// <summary>The largest document made; the contract's time limit applies below 1 MB.</summary>
    public const int MaxLength = 1024 * 1024 - 1;

    private static readonly byte[] InterestingBytes =
    [
        0x00, 0x01, 0x08, 0x1B, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
        (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)' ', (byte)'\n',
        (byte)'\r', (byte)'0', (byte)'9', (byte)'-', (byte)'.', (byte)'e', (byte)'u', (byte)'/', (byte)'?', (byte)'~',
        (byte)'%', (byte)'X', (byte)'T', (byte)'Z',
    ];

    private static readonly byte[][] Tokens = CreateTokens();

    /// <summary>Makes one document.</summary>
    /// <param name="random">The generator; the document depends only on its state.</param>
    /// <param name="seeds">The seeds to start from and splice with.</param>
    /// <param name="description">What was done, to report with a failure.</param>
    /// <returns>The document, at most <see cref="MaxLength"/> bytes.</returns>
    public static byte[] Make(Random random, IReadOnlyList<Seed> seeds, out string description)
    {
        var seed = seeds[random.Next(seeds.Count)];
        var document = new List<byte>(seed.Bytes);
        var steps = new List<string> { seed.Name };

        // One edit in two documents, two in four, and so on; a few are left as they are.
        var edits = random.Next(16) == 0 ? 0 : 1;
        while (edits < 8 && random.Next(2) == 0)
        {
            edits++;
        }

        for (var i = 0; i < edits; i++)
        {
            steps.Add(Edit(random, document, seeds));
        }

        description = string.Join(" > ", steps);
        return [.. document.Take(MaxLength)];
    }

    private static string Edit(Random random, List<byte> document, IReadOnlyList<Seed> seeds)
    {
        var at = random.Next(document.Count + 1);
        switch (random.Next(10))
        {
            case 0 when document.Count > 0:
                at = random.Next(document.Count);
                var bit = random.Next(8);
                document[at] ^= (byte)(1 << bit);
                return $"flip bit {bit} at {at}";
            case 1 when document.Count > 0:
                at = random.Next(document.Count);
                document[at] = InterestingBytes[random.Next(InterestingBytes.Length)];
                return $"set byte {at} to 0x{document[at]:X2}";
            case 2 when document.Count > 0:
                at = random.Next(document.Count);
                var length = Math.Min(document.Count - at, random.Next(4) == 0 ? random.Next(1, 1 + (document.Count / 4)) : random.Next(1, 17));
                document.RemoveRange(at, length);
                return $"delete {length} at {at}";
            case 3 or 4:
                at = random.Next(2) == 0 ? NearStructure(random, document, at) : at;
                var token = Tokens[random.Next(Tokens.Length)];
                document.InsertRange(at, token);
                return $"insert {Show(token)} at {at}";
            case 5 when document.Count > 0:
                return Repeat(random, document);
            case 6:
                return RepeatFirstItem(random, document);
            case 7 when document.Count > 0:
                at = random.Next(document.Count);
                document.RemoveRange(at, document.Count - at);
                return $"truncate at {at}";
            case 8:
                var other = seeds[random.Next(seeds.Count)];
                var from = random.Next(other.Bytes.Length + 1);
                document.RemoveRange(at, document.Count - at);
                document.AddRange(other.Bytes.AsSpan(from).ToArray());
                return $"splice at {at} with {other.Name} from {from}";
            default:
                return ReplaceString(random, document);
        }
    }

    /// <summary>
    /// Decides whether a repeat makes a large document (up to 1 MB), which finds work that grows faster than the
    /// input: rarely, as such a document takes as long as hundreds of small ones.
    /// </summary>
    private static bool Large(Random random) => random.Next(50) == 0;

    /// <summary>Moves a position to just after the next comma, colon, bracket or brace, where a token fits.</summary>
    private static int NearStructure(Random random, List<byte> document, int at)
    {
        for (var i = at; i < document.Count; i++)
        {
            if (document[i] is (byte)',' or (byte)':' or (byte)'{' or (byte)'[' && random.Next(3) != 0)
            {
                return i + 1;
            }
        }

        return at;
    }

    /// <summary>Repeats a short span many times, as a document with many copies of one part would.</summary>
    private static string Repeat(Random random, List<byte> document)
    {
        var at = random.Next(document.Count);
        var length = Math.Min(document.Count - at, random.Next(1, 65));
        var times = Math.Min(Large(random) ? 20_000 : random.Next(2, 50), (MaxLength - document.Count) / Math.Max(1, length));
        var span = document.GetRange(at, length);
        var copies = new List<byte>(span.Count * Math.Max(0, times));
        for (var i = 0; i < times; i++)
        {
            copies.AddRange(span);
        }

        document.InsertRange(at, copies);
        return $"repeat {length} bytes at {at} {times} times";
    }

    /// <summary>
    /// Repeats the first item of an array many times (many tags, places, events), keeping the document well
    /// formed, so that the rules are checked on many items and not only the syntax.
    /// </summary>
    private static string RepeatFirstItem(Random random, List<byte> document)
    {
        var opens = Enumerable.Range(0, document.Count).Where(i => document[i] == (byte)'[').ToList();
        if (opens.Count == 0)
        {
            return "no array to grow";
        }

        var start = opens[random.Next(opens.Count)] + 1;
        var end = ItemEnd(document, start);
        if (end <= start)
        {
            return "no item to repeat";
        }

        var item = document.GetRange(start, end - start);
        item.Add((byte)',');
        var times = Math.Min(Large(random) ? random.Next(1000, 30_000) : random.Next(2, 50), (MaxLength - document.Count) / item.Count);
        var copies = new List<byte>(item.Count * Math.Max(0, times));
        for (var i = 0; i < times; i++)
        {
            copies.AddRange(item);
        }

        document.InsertRange(start, copies);
        return $"repeat the item at {start} ({item.Count} bytes) {times} times";
    }

    /// <summary>Finds where the item that starts at a position ends: at the first comma or close at its own depth.</summary>
    private static int ItemEnd(List<byte> document, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < document.Count; i++)
        {
            var b = document[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                if (depth-- == 0)
                {
                    return i;
                }
            }
            else if (b == (byte)',' && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Replaces the contents of a string in the document with text from the dictionary.</summary>
    private static string ReplaceString(Random random, List<byte> document)
    {
        var quotes = Enumerable.Range(0, document.Count).Where(i => document[i] == (byte)'"').ToList();
        if (quotes.Count < 2)
        {
            return "no string to replace";
        }

        var k = random.Next(quotes.Count - 1);
        var (open, close) = (quotes[k], quotes[k + 1]);
        var text = Tokens[random.Next(Tokens.Length)];
        var inner = text.Length >= 2 && text[0] == (byte)'"' && text[^1] == (byte)'"' ? text[1..^1] : text;
        document.RemoveRange(open + 1, close - open - 1);
        document.InsertRange(open + 1, inner);
        return $"replace the string at {open} with {Show(inner)}";
    }

    private static string Show(byte[] token) => token.Length <= 40 ? Encoding.Latin1.GetString(token) : $"({token.Length} bytes)";

    private static byte[][] CreateTokens()
    {
        string[] texts =
        [
            "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false", "0", "-0", "1e999", "-1e-999", "1.5", "95", "-181",
            "123456789012345678901234567890", "NaN", "Infinity", "\"\"", "\" \"", "\"\\u0000\"", "\"\\u0007\"", "\"\\u001b\"",
            "\"\\u202e\"", "\"\\u200b\"", "\"\\u3000\"", "\"\\ud800\"", "\"\\udfff\"", "\"\\ud800\\udc00\"", "\"\\ud83d\\ude00\"",
            "\"\\ud800x\"", "\"cafe\\u0301\"", "\"café\"", "\"e\\u0301\"", "\"\u2028\"", "\"\t\"", "\" a\"", "\"a \"", "\"2022-13\"",
            "\"2022-02/..\"", "\"/2022\"", "\"..\"", "\"1984?\"", "\"199X\"", "\"2022-02-24T04:00:00Z\"", "\"2022-02-30\"",
            "\"unknown\"", "\"open\"", "\"2022-21\"", "\"by\"", "\"BY\"", "\"https://example.org/a\"", "\"relative/url\"",
            "\"id\":\"a\"", "\"id\":\"b\"", "\"title\":\"T\"", "\"when\":\"2022\"", "\"summary\":\"line\\nline\"", "\"tags\":[\"a\",\"a\"]",
            "\"tags\":[\"\"]", "\"actors\":[{}]", "\"actors\":[{\"name\":\"n\",\"name\":\"m\"}]", "\"places\":[{\"name\":\"p\",\"latitude\":95}]",
            "\"places\":[{\"name\":\"p\",\"latitude\":1}]", "\"sources\":[{\"url\":\"x\"}]", "\"sources\":[{}]",
            "\"relations\":[{\"kind\":\"causes\",\"targetId\":\"a\"}]", "\"relations\":[{\"targetId\":\"zz\"}]", "\"events\":[]",
            "\"events\":null", "\"format\":\"timeline/1\"", "\"timeZone\":\"Europe/Minsk\"", "\"asOf\":\"2022-03-01\"",
            "\"x-ext\":{\"a\":[1,{\"b\":null}]}", "\"x-ext\":\"\\udfff\"", "\"\\u0069d\":\"z\"", "\"\\ud800\":1", "\"\":1",
            "\"status\":\" \"", "\"bounds\":{}", "{\"id\":\"e\",\"title\":\"E\",\"when\":\"2022\"}", "[[[[[[[[[[[[[[[[[[[[",
            "]]]]]]]]]]]]]]]]]]]]", "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{}}}}}}}}", "/* c */", "//", "'a'",
        ];
        var tokens = texts.Select(Encoding.UTF8.GetBytes).ToList();

        // Bytes no text can hold: not UTF-8, an overlong form, an encoded surrogate, a byte order mark.
        tokens.Add([(byte)'"', 0xFF, (byte)'"']);
        tokens.Add([(byte)'"', 0xC0, 0x80, (byte)'"']);
        tokens.Add([(byte)'"', 0xED, 0xA0, 0x80, (byte)'"']);
        tokens.Add([0xEF, 0xBB, 0xBF]);
        tokens.Add([(byte)'"', 0xFF, (byte)'"', (byte)':', (byte)'1']);
        return [.. tokens];
    }
}
