using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Timelines.Tool.Output;

/// <summary>Writes small JSON values to a text writer one at a time through a reused buffer, so that a long stream of them takes constant memory.</summary>
internal sealed class JsonText
{
    // Readable output for people and tools alike: only what JSON requires is escaped (the default also escapes
    // quotes and non-ASCII letters, for embedding in HTML, which this output is not).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private readonly TextWriter output;

    /// <summary>Initializes a writer.</summary>
    /// <param name="output">Where the JSON text goes.</param>
    public JsonText(TextWriter output) => this.output = output;

    /// <summary>Writes one value built by <paramref name="write"/>, compact, without a line end.</summary>
    /// <param name="write">Writes the value.</param>
    public void Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>Writes raw text, such as a bracket or a comma between values.</summary>
    /// <param name="text">The text.</param>
    public void Raw(string text) => output.Write(text);
}
