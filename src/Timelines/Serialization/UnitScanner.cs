using System;

namespace Timelines.Serialization;

/// <summary>The parts of a document that <see cref="EventStreamReader"/> reads in one step.</summary>
internal enum StreamUnit
{
    /// <summary>One token, such as the <c>{</c> that opens the document.</summary>
    Token,

    /// <summary>A timeline-level property, name and value; of <c>events</c>, only the <c>[</c> that opens the array. Or the <c>}</c> that ends the object.</summary>
    Property,

    /// <summary>One whole value, an event; or the <c>]</c> that ends the array.</summary>
    Value,
}

/// <summary>
/// Says when the bytes a stream has delivered hold the whole of the next unit (<see cref="StreamUnit"/>), looking at
/// each byte once however the bytes arrive, and keeping its place between calls.
/// </summary>
/// <remarks>
/// <see cref="System.Text.Json.Utf8JsonReader"/> can resume only between tokens, and a step of the stream reader
/// must see a whole event; asked too early, both start again from the beginning, which made reading a large
/// event from a stream that delivers a few bytes at a time quadratic. The scanner only follows strings, escapes
/// and nesting (the reader checks everything else, once the unit is complete), so it cannot be wrong about where
/// a well-formed unit ends, and on malformed input it merely says "complete" early or late: the reader then
/// reports the error.
/// </remarks>
internal struct UnitScanner
{
    private int scanned;
    private int depth;
    private int items;
    private int nameStart;
    private bool nameIsEvents;
    private State state;

    private enum State
    {
        Between,
        InString,
        InEscape,
        InScalar,
    }

    /// <summary>Forgets everything scanned: the data now starts with a new unit.</summary>
    public void Reset() => this = default;

    /// <summary>Scans the bytes not seen before.</summary>
    /// <param name="data">The unconsumed data; it starts where it started at the last call since <see cref="Reset"/>, and has only grown.</param>
    /// <param name="unit">What the next unit is.</param>
    /// <returns><see langword="true"/> if <paramref name="data"/> holds the whole unit.</returns>
    public bool Scan(ReadOnlySpan<byte> data, StreamUnit unit)
    {
        for (; scanned < data.Length; scanned++)
        {
            var b = data[scanned];
            switch (state)
            {
                case State.InString:
                    if (b == (byte)'\\')
                    {
                        state = State.InEscape;
                    }
                    else if (b == (byte)'"')
                    {
                        state = State.Between;
                        if (depth == 0 && ItemDone(data, unit))
                        {
                            scanned++;
                            return true;
                        }
                    }

                    continue;
                case State.InEscape:
                    state = State.InString;
                    continue;
                case State.InScalar:
                    if (!IsDelimiter(b))
                    {
                        continue;
                    }

                    state = State.Between;
                    if (ItemDone(data, unit))
                    {
                        return true;
                    }

                    break;
            }

            switch (b)
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)':':
                    break;
                case (byte)'"':
                    state = State.InString;
                    nameStart = scanned;
                    break;
                case (byte)'{' or (byte)'[':
                    if (depth == 0 && (unit == StreamUnit.Token || (unit == StreamUnit.Property && items == 1 && nameIsEvents)))
                    {
                        scanned++;
                        return true;
                    }

                    depth++;
                    break;
                case (byte)'}' or (byte)']':
                    if (depth == 0 || (--depth == 0 && ItemDone(data, unit)))
                    {
                        scanned++;
                        return true;
                    }

                    break;
                default:
                    if (depth == 0)
                    {
                        state = State.InScalar;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool IsDelimiter(byte b) =>
        b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)':' or (byte)'"' or (byte)'{' or (byte)'}' or (byte)'[' or (byte)']';

    /// <summary>Counts a value at the top level just ended; says whether the unit is complete.</summary>
    private bool ItemDone(ReadOnlySpan<byte> data, StreamUnit unit)
    {
        items++;
        if (unit == StreamUnit.Property && items == 1)
        {
            // A property name: the events array is read one event at a time, so its unit ends at its "[".
            nameIsEvents = data[nameStart..(scanned + 1)].SequenceEqual("\"events\""u8);
            return false;
        }

        return unit != StreamUnit.Property || items == 2;
    }
}
