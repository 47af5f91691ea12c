using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Timelines.Tool.Output;

/// <summary>Writes small JSON values to a text writer one at a time through a reused buffer, so that a long stream of them takes constant memory.</summary>
internal sealed class JsonText
{
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
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>Writes raw text, such as a bracket or a comma between values.</summary>
    /// <param name="text">The text.</param>
    public void Raw(string text) => output.Write(text);
}
