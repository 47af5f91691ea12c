using System;
using System.Collections.Generic;
using System.Linq;

namespace Timelines.Tool.Formats;

/// <summary>
/// The formats of one kind (timelines, or pictures), keyed by name and by file extension. A new format is one
/// <see cref="Add"/> in <see cref="BuiltInFormats"/>; every command that reads or writes that kind then takes it.
/// </summary>
/// <typeparam name="TFormat">The kind of format.</typeparam>
internal sealed class FormatRegistry<TFormat>
    where TFormat : class, IFileFormat
{
    private readonly List<TFormat> formats = [];

    /// <summary>Gets the formats, in the order they were added.</summary>
    public IReadOnlyList<TFormat> All => formats;

    /// <summary>Adds a format.</summary>
    /// <param name="format">The format; its name and extensions must be new.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name or an extension is already taken.</exception>
    public FormatRegistry<TFormat> Add(TFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (formats.Any(f => string.Equals(f.Name, format.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A format named '{format.Name}' is already registered.", nameof(format));
        }

        foreach (var extension in format.Extensions)
        {
            if (formats.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) is { } taken)
            {
                throw new ArgumentException($"The extension '{extension}' already chooses the format '{taken.Name}'.", nameof(format));
            }
        }

        formats.Add(format);
        return this;
    }

    /// <summary>Finds a format by name.</summary>
    /// <param name="name">The name, any case.</param>
    /// <returns>The format, or <see langword="null"/>.</returns>
    public TFormat? Named(string name) =>
        formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the format of a file: by name when one is given, else by the longest extension the file's name ends with.</summary>
    /// <param name="file">The file's name.</param>
    /// <param name="name">The name given with <c>--from</c> or <c>--to</c>, or <see langword="null"/>.</param>
    /// <param name="option">The option that names a format for this file, for the message.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ToolException">No format has that name, or none that extension.</exception>
    public TFormat For(string file, string? name, string option)
    {
        if (name is not null)
        {
            return Named(name) ?? throw new ToolException($"{option} {name}: no such format; known: {Names()}.");
        }

        var match = formats
            .SelectMany(f => f.Extensions, (f, extension) => (Format: f, Extension: extension))
            .Where(x => file.EndsWith(x.Extension, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(x => x.Extension.Length)
            .Select(x => x.Format)
            .FirstOrDefault();
        return match ?? throw new ToolException(
            $"{file}: cannot tell the format from the file's name; name it with {option} ({Names()}), or use one of the extensions {Extensions()}.");
    }

    /// <summary>Gets the names, for messages and help.</summary>
    /// <returns>Text such as <c>json, jsonl</c>.</returns>
    public string Names() => string.Join(", ", formats.Select(f => f.Name));

    private string Extensions() => string.Join(", ", formats.SelectMany(f => f.Extensions));
}
