using System;
using System.IO;
using System.Text;

namespace Timelines.Formats.Writing;

/// <summary>Gives the JSON writers, which write UTF-8 bytes, a text writer's overload.</summary>
internal static class Utf8Output
{
    public static void ToText(TextWriter writer, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        write(buffer);
        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
